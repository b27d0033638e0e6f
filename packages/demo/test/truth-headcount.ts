import type { CouncilTruth } from '../src/truth';

// The test oracle: counts read straight from the generator's record, never from events, so a
// read model that miscounts cannot agree with it by sharing the mistake.

export type TruthDimension = 'jobFamily' | 'grade' | 'team' | 'zone';

/** Headcount on a date by the chosen dimensions, keyed `a|b|c` in the order given. */
export const truthHeadcount = (
  truth: CouncilTruth,
  date: string,
  groupBy: readonly TruthDimension[],
): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const p of truth.placements) {
    if (p.from > date || (p.to !== null && p.to <= date)) continue;
    const key = groupBy.map((d) => p[d]).join('|');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};
