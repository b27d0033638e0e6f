// A person's placement over time: the segments of their time on staff, folded from the
// changes that place them (joining, grade changes, leaving) in effective order.

/** The standard full-time week in English local government (NJC): FTE = hours / 37. */
export const FULL_TIME_HOURS = 37;

/** One change of placement, as the placement table keeps it. */
export interface ChangeRow {
  kind: 'joined' | 'grade' | 'left';
  on_date: string;
  job_family: string | null;
  grade: string | null;
  team: string | null;
  zone: string | null;
  contracted_hours: number | null;
}

/** Where a person was, from `valid_from` (inclusive) to `valid_to` (exclusive, null = open). */
export interface Segment {
  staff_id: string;
  valid_from: string;
  valid_to: string | null;
  job_family: string;
  grade: string;
  grade_since: string;
  team: string;
  zone: string;
  fte: number;
}

/** Folds one person's changes (in effective order) into the segments of their time on staff. */
export const segmentsOf = (staffId: string, changes: readonly ChangeRow[]): Segment[] => {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const close = (on: string) => {
    if (current === null) return;
    if (on > current.valid_from) segments.push({ ...current, valid_to: on });
    current = null;
  };
  for (const c of changes) {
    if (c.kind === 'joined') {
      close(c.on_date);
      current = {
        staff_id: staffId,
        valid_from: c.on_date,
        valid_to: null,
        job_family: c.job_family ?? '',
        grade: c.grade ?? '',
        grade_since: c.on_date,
        team: c.team ?? '',
        zone: c.zone ?? '',
        fte: (c.contracted_hours ?? 0) / FULL_TIME_HOURS,
      };
    } else if (c.kind === 'grade' && current !== null) {
      const next: Segment = { ...current, valid_from: c.on_date, grade: c.grade ?? current.grade };
      if (next.grade !== current.grade) next.grade_since = c.on_date;
      close(c.on_date);
      current = next;
    } else if (c.kind === 'left') close(c.on_date);
  }
  if (current !== null) segments.push(current);
  return segments;
};
