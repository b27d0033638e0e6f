import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { gradeOnDate } from '../frameworks/grade-on';
import { spanRule } from '../frameworks/refusals';
import type { JoinedStaff } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;
type Data<T extends StaffCommand['type']> = Extract<StaffCommand, { type: T }>['data'];

// Line management is recorded on the MANAGER's stream: span of control is their limit.

/** The span of control of the manager's grade in the framework in force on the day. */
export const decideAssignLineManager = (
  command: { readonly data: Data<'AssignLineManager'> },
  s: JoinedStaff,
  frameworks: FrameworkCatalogue,
): Result => {
  const { reportId, assignedOn } = command.data;
  if (reportId === s.staffId)
    return E.left(
      domainError(
        'SelfLineManagement',
        'Nobody line-manages themselves',
        `staff ${s.staffId} cannot manage themselves`,
      ),
    );
  if (s.directReports.includes(reportId))
    return E.left(
      domainError(
        'AlreadyLineManaged',
        'A report is assigned to a manager once',
        `${reportId} already reports to ${s.staffId}`,
      ),
    );
  const held = gradeOnDate(frameworks, s.jobFamily, s.grade, assignedOn);
  if (E.isLeft(held)) return held;
  const span = held.right.grade.spanOfControl;
  if (s.directReports.length + 1 > span)
    return E.left(
      domainError(
        'SpanOfControlExceeded',
        spanRule(held.right.framework, s.grade),
        `staff ${s.staffId} (${s.grade}) already manages ${s.directReports.length}; span of control is ${span}`,
      ),
    );
  return E.right([
    {
      type: 'LineManagerAssigned',
      data: { managerId: s.staffId, reportId, assignedOn },
    },
  ]);
};

export const decideEndLineManagement = (
  command: { readonly data: Data<'EndLineManagement'> },
  s: JoinedStaff,
): Result => {
  const { reportId, endedOn } = command.data;
  if (!s.directReports.includes(reportId))
    return E.left(
      domainError(
        'NotLineManaged',
        'Only a current report can be released',
        `${reportId} does not report to ${s.staffId}`,
      ),
    );
  return E.right([
    {
      type: 'LineManagementEnded',
      data: { managerId: s.staffId, reportId, endedOn },
    },
  ]);
};
