import type * as t from 'io-ts';
import { PositiveInteger, WeeklyHours } from './numbers';
import { NonEmptyString } from './strings';
import { GRADE_PATTERN, Grade, JOB_FAMILY_PATTERN, JobFamily } from '../frameworks/codes';
import { CASE_REFERENCE_PATTERN, CaseReference } from '../caseload/reference';
import { CaseloadLimit, Complexity, EmergencyHours } from '../frameworks/caseload-rules';
import { SERVICE_AREA_MAX_LENGTH, SERVICE_AREA_PATTERN, ServiceArea } from '../service-area';

/** JSON Schema keywords: plain data, so this package stays free of any schema library. */
export type Bounds = Readonly<Record<string, string | number>>;

/**
 * What each primitive's refinement accepts, said as JSON Schema keywords, so an edge can
 * publish exactly what is enforced (`bounds.test.ts` holds the two together).
 */
export const primitiveBounds: ReadonlyMap<t.Mixed, Bounds> = new Map<t.Mixed, Bounds>([
  // `trim()` and `\s` strip the same characters: some non-space character is required.
  [NonEmptyString, { minLength: 1, pattern: '\\S' }],
  [PositiveInteger, { type: 'integer', minimum: 1 }],
  [WeeklyHours, { exclusiveMinimum: 0, maximum: 168 }],
  // Families and grades are named in frameworks (data): a pattern, never an enum.
  [JobFamily, { pattern: JOB_FAMILY_PATTERN.source }],
  [Grade, { pattern: GRADE_PATTERN.source }],
  [ServiceArea, { pattern: SERVICE_AREA_PATTERN, maxLength: SERVICE_AREA_MAX_LENGTH }],
  // Caseload allocation (issue 15): a reference, never a name; the rule's numbers.
  [CaseReference, { pattern: CASE_REFERENCE_PATTERN.source }],
  [Complexity, { type: 'integer', minimum: 1, maximum: 4 }],
  [CaseloadLimit, { exclusiveMinimum: 0, maximum: 100 }],
  [EmergencyHours, { type: 'integer', minimum: 1, maximum: 720 }],
]);
