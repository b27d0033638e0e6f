// Small-number suppression: the one rule for every planner figure that counts people, in the
// API and in any export built on this read side.
//
// The rule. A count of 1 to 4 people is withheld (answered as null). 0 and 5 or more are shown.
// A withheld row withholds every measure it carries (FTE, eligible, overdue …), since each of
// them describes the same few people. Within a shown row, a sub-count of 1 to 4 is withheld,
// and so is its complement when the two add up to the shown count. When a table shows its total
// and exactly one row is withheld, the next smallest row is withheld too, so the withheld one
// cannot be found by subtraction. A total of 1 to 4 is withheld.
//
// Open vacancies are counted exactly: they are posts nobody holds, so there is no person to
// single out, and a planner matching people to vacant posts needs the one vacant L3 post.
//
// Why 5: official statistics withhold small cells for the same reason (a count of one or two
// in a team at a grade names a person to anyone who knows the team); the threshold differs
// between publishers and releases, under 5 being a common one. We chose 5 as the smallest that
// keeps a team-by-grade table useful to a planner; it is one constant, here, if a council's
// information governance asks for more.

export const smallestShownCount = 5;

/** A count of people as published: null when it is too small to show. */
export type ShownCount = number | null;

export const isSmall = (n: number): boolean => n > 0 && n < smallestShownCount;

export const shownCount = (n: number): ShownCount => (isSmall(n) ? null : n);

/** Two counts that add up to a shown one: if either is small, both are withheld. */
export const shownPair = (a: number, b: number): readonly [ShownCount, ShownCount] =>
  isSmall(a) || isSmall(b) ? [null, null] : [a, b];

/**
 * Which rows of a table to withhold, by index: each small row, and — when exactly one row is
 * small and `withTotal` — the next smallest non-zero row as well.
 */
export const withheldRows = (
  counts: readonly number[],
  withTotal: boolean,
): ReadonlySet<number> => {
  const withheld = new Set(counts.flatMap((n, i) => (isSmall(n) ? [i] : [])));
  if (withTotal && withheld.size === 1) {
    const next = counts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => n > 0 && !withheld.has(i))
      .sort((a, b) => a.n - b.n || a.i - b.i)[0];
    if (next !== undefined) withheld.add(next.i);
  }
  return withheld;
};

/** A row of counts as the read models give it, before the rule is applied. */
export interface CountedRow {
  readonly group: Readonly<Record<string, string>>;
  readonly count: number;
  readonly [measure: string]: unknown;
}

/** A row as published: a withheld one keeps its group and says so; its figures are gone. */
export interface ShownRow {
  readonly group: Readonly<Record<string, string>>;
  readonly count: ShownCount;
  readonly suppressed?: true;
  readonly [measure: string]: unknown;
}

/** Every measure of a withheld row goes, including ones added after this rule was written. */
const withheld = (row: CountedRow): ShownRow => ({
  ...Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? [] : null] as const),
  ),
  group: row.group,
  count: null,
  suppressed: true,
});

/**
 * Applies the rule to a table: small rows (and a secondary one when `withTotal`) withheld,
 * the rest passed through `subCounts` to withhold small figures inside them.
 */
export const suppressRows = <R extends CountedRow>(
  rows: readonly R[],
  options: { readonly withTotal: boolean; readonly subCounts?: (row: R) => ShownRow },
): ShownRow[] => {
  const hide = withheldRows(
    rows.map((r) => r.count),
    options.withTotal,
  );
  return rows.map((r, i) => (hide.has(i) ? withheld(r) : (options.subCounts?.(r) ?? r)));
};
