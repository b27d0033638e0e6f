/** A group of a count table: the value of each key it is grouped by. */
export type Group<K extends string = string> = { readonly [P in K]: string };

/** Items counted per group, with the group's own measures. */
export type Counted<K extends string, M> = { readonly group: Group<K>; readonly count: number } & M;

/** Counts items per combination of the chosen keys, in a stable order (by the group's keys). */
export const countBy = <T, K extends string, M extends Readonly<Record<string, unknown>>>(
  items: readonly T[],
  keysOf: (item: T) => Group<K>,
  measures: (group: readonly T[]) => M,
): Counted<K, M>[] => {
  const groups = new Map<string, { group: Group<K>; items: T[] }>();
  for (const item of items) {
    const group = keysOf(item);
    const key = JSON.stringify(group);
    const entry = groups.get(key) ?? { group, items: [] };
    entry.items.push(item);
    groups.set(key, entry);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({ group: g.group, count: g.items.length, ...measures(g.items) }));
};
