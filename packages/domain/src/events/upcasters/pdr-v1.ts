/** The role recorded for a PDR written before v2, which did not capture the reviewer's role. */
export const UNRECORDED_REVIEWER_ROLE = 'not-recorded (schema v1)';

/**
 * PdrRecorded v1 → v2: v1 had no `reviewerRole`. We do not guess one ("line manager" would
 * be an invented fact); we say plainly that it was not recorded.
 */
export const upcastPdrV1 = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { ...data, reviewerRole: UNRECORDED_REVIEWER_ROLE }
    : data;
