// The eligibility read model's tables (base names; each generation's are `<name>_g<n>`).

/** Everyone judged: family, the grade they would move to next, and their own "now". */
export const STAFF = 'eligibility_staff';
/** Each person's facts, as stored envelopes. */
export const FACT = 'eligibility_fact';
/** Vacancy, policy and career framework facts, as stored envelopes, with the family (and grade) they concern. */
export const SHARED = 'eligibility_shared';
/** When each vacancy opened and closed (effective dates, and when those were recorded). */
export const VACANCY = 'eligibility_vacancy';
/** The latest date and recording among a family's (and grade's) vacancy and policy facts. */
export const SCOPE = 'eligibility_scope';
/** People due for re-evaluation at the end of the batch. */
export const DIRTY = 'eligibility_dirty';
/** Families (and grades) a vacancy or policy event touched in the batch. */
export const DIRTY_SCOPE = 'eligibility_dirty_scope';
/** Each person's verdict "as of now", and until when time alone leaves it as it is. */
export const VERDICT = 'eligibility_verdict';

/** A scope row for policy events: they concern every grade of the family. */
export const ALL_GRADES = '*';

export interface StaffRow {
  staff_id: string;
  job_family: string;
  grade: string;
  next_grade: string | null;
  joined_on: string;
  left_on: string | null;
  clock_effective: string;
  clock_known: string;
}
