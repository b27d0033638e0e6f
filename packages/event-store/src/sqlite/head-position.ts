import type { Database } from 'better-sqlite3';

/** Position of the last event, 0n when empty: one b-tree descent on the rowid. */
export const prepareHeadPosition = (db: Database): (() => bigint) => {
  const statement = db
    .prepare<[], { position: bigint | null }>('SELECT max(position) AS position FROM events')
    .safeIntegers(true);
  return () => statement.get()?.position ?? 0n;
};
