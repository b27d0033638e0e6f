import type { CountedRow } from './small-numbers';

/** Counts items per combination of the chosen keys, in a stable order. */
export const countBy = <T, M extends Readonly<Record<string, unknown>>>(
  items: readonly T[],
  keysOf: (item: T) => Readonly<Record<string, string>>,
  measures: (group: readonly T[]) => M,
): (CountedRow & M)[] => {
  const groups = new Map<string, { group: Readonly<Record<string, string>>; items: T[] }>();
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

export const pick = <K extends string>(
  record: Readonly<Record<K, string>>,
  keys: readonly K[],
): Record<string, string> => Object.fromEntries(keys.map((k) => [k, record[k]]));
