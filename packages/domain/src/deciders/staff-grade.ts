import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import { gradeInfo, isGradeInFamily } from '../job-families';
import { gradeOutsideFamily, spanRule } from './staff-refusals';
import type { JoinedStaff } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;

/** A grade change stays in the family and leaves nobody over their span of control. */
export const decideGradeChange = (
  data: Extract<StaffCommand, { type: 'ChangeGrade' }>['data'],
  s: JoinedStaff,
): Result => {
  if (!isGradeInFamily(s.jobFamily, data.to))
    return E.left(gradeOutsideFamily(s.jobFamily, data.to));
  if (data.to === s.grade)
    return E.left(
      domainError(
        'GradeUnchanged',
        'A grade change changes the grade',
        `staff ${s.staffId} is already ${data.to}`,
      ),
    );
  const span = gradeInfo(s.jobFamily, data.to)?.spanOfControl ?? 0;
  if (s.directReports.length > span)
    return E.left(
      domainError(
        'SpanOfControlExceeded',
        spanRule(s.jobFamily, data.to),
        `staff ${s.staffId} manages ${s.directReports.length}; at ${data.to} the span of control is ${span}`,
      ),
    );
  return E.right([{ type: 'GradeChanged', data: { ...data, from: s.grade } }]);
};
