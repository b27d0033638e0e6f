import type { Database } from 'better-sqlite3';
import { addDays } from '../dates';

// The stored verdict is each person's "as of now" — the latest date the log holds about them —
// and holds until time alone changes it; a date past that (the dashboard's today, once a PDR
// has aged) is evaluated on demand. Those verdicts are kept here for the date and for what was
// known when they were evaluated, so the next ask of the same date reads instead of evaluating.
// A new fact about the person (or their vacancies and policies) moves what is known, and the
// kept verdict no longer answers. Not a projection's table: nothing replays into it, and a
// rebuild leaves it valid (the same log gives the same verdicts).

const TABLE = 'eligibility_verdict_on_date';

/** Dates further back than this below the date asked are let go (the cache stays small). */
const KEEP_DAYS = 31;

export interface VerdictsOnDate {
  /** The verdict's JSON kept for the person on the date, if it was evaluated on what is known now. */
  get(staffId: string, asOf: string, knownAt: string): string | undefined;
  keep(staffId: string, asOf: string, knownAt: string, verdict: string): void;
  /** Lets go of the dates more than a month before `asOf`. */
  prune(asOf: string): void;
}

const none: VerdictsOnDate = {
  get: () => undefined,
  keep: () => undefined,
  prune: () => undefined,
};

/** The kept verdicts of a read-model database; a read-only connection keeps none. */
export const verdictsOnDate = (db: Database, version: number): VerdictsOnDate => {
  if (db.readonly) return none;
  db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (
    staff_id TEXT NOT NULL, as_of TEXT NOT NULL, known_at TEXT NOT NULL,
    version INTEGER NOT NULL, verdict TEXT NOT NULL,
    PRIMARY KEY (staff_id, as_of)) WITHOUT ROWID`);
  const get = db
    .prepare<[string, string, string, number], string>(
      `SELECT verdict FROM ${TABLE} WHERE staff_id = ? AND as_of = ? AND known_at = ? AND version = ?`,
    )
    .pluck();
  const put = db.prepare(
    `INSERT OR REPLACE INTO ${TABLE} (staff_id, as_of, known_at, version, verdict) VALUES (?, ?, ?, ?, ?)`,
  );
  const drop = db.prepare(`DELETE FROM ${TABLE} WHERE as_of < ?`);
  return {
    get: (staffId, asOf, knownAt) => get.get(staffId, asOf, knownAt, version),
    keep: (staffId, asOf, knownAt, verdict) => {
      put.run(staffId, asOf, knownAt, version, verdict);
    },
    prune: (asOf) => {
      drop.run(addDays(asOf, -KEEP_DAYS));
    },
  };
};
