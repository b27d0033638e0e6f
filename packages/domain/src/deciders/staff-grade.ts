import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { gradeOnDate } from '../frameworks/grade-on';
import { spanRule } from '../frameworks/refusals';
import type { JoinedStaff } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;

/**
 * A grade change moves to a grade of the framework in force on the day it takes effect, and
 * leaves nobody over that grade's span of control.
 */
export const decideGradeChange = (
  data: Extract<StaffCommand, { type: 'ChangeGrade' }>['data'],
  s: JoinedStaff,
  frameworks: FrameworkCatalogue,
): Result => {
  const target = gradeOnDate(frameworks, s.jobFamily, data.to, data.changedOn);
  if (E.isLeft(target)) return target;
  if (data.to === s.grade)
    return E.left(
      domainError(
        'GradeUnchanged',
        'A grade change changes the grade',
        `staff ${s.staffId} is already ${data.to}`,
      ),
    );
  const span = target.right.grade.spanOfControl;
  if (s.directReports.length > span)
    return E.left(
      domainError(
        'SpanOfControlExceeded',
        spanRule(target.right.framework, data.to),
        `staff ${s.staffId} manages ${s.directReports.length}; at ${data.to} the span of control is ${span}`,
      ),
    );
  return E.right([{ type: 'GradeChanged', data: { ...data, from: s.grade } }]);
};
