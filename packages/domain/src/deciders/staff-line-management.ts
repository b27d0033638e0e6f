import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import { gradeInfo } from '../job-families';
import { spanRule } from './staff-refusals';
import type { JoinedStaff } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;
type Data<T extends StaffCommand['type']> = Extract<StaffCommand, { type: T }>['data'];

// Line management is recorded on the MANAGER's stream: span of control is their limit.

/** Family Worker Level 1: no reports; Level 2/3: at most 5. */
export const decideAssignLineManager = (
  command: { readonly data: Data<'AssignLineManager'> },
  s: JoinedStaff,
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
  const span = gradeInfo(s.jobFamily, s.grade)?.spanOfControl ?? 0;
  if (s.directReports.length + 1 > span)
    return E.left(
      domainError(
        'SpanOfControlExceeded',
        spanRule(s.jobFamily, s.grade),
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
