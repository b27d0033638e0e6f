import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import {
  caseloadByTeam,
  caseloadPerWorker,
  casesHeldAgainstRule,
  casesNeedingReallocation,
  emergencyAllocations,
  unallocatedCases,
  type CaseAgainstRule,
  type CaseNeedingReallocation,
  type EmergencyAllocation,
  type InvalidQuery,
  type UnallocatedCase,
  type WorkerCaseload,
} from '@ladder/projections';
import { apiError, type ApiError } from '../http/problem';
import { isSmall, type ShownCount } from './small-numbers';

// Caseload reads (issue 15): what a manager works from, and the DfE measure by team that a
// planner may see with the small-number rule applied.

/** Everything about cases on a date; the route narrows it to a manager's own team. */
export interface CaseloadPicture {
  readonly asOf: string;
  readonly workers: readonly WorkerCaseload[];
  readonly unallocated: readonly UnallocatedCase[];
  readonly emergencies: readonly EmergencyAllocation[];
  readonly againstRule: readonly CaseAgainstRule[];
  readonly needingReallocation: readonly CaseNeedingReallocation[];
}

/** One team's row of the DfE measure; a planner's has small counts of people withheld. */
export interface TeamCaseloadRow {
  readonly team: string;
  readonly caseHolders: ShownCount;
  readonly caseHolderFte: number | null;
  readonly cases: number | null;
  readonly caseload: number | null;
  /** Cases nobody holds: no person to single out, so shown exactly. */
  readonly unallocated: number;
  readonly suppressed?: true;
}

type Answer<A> = Promise<E.Either<ApiError, A>>;

const invalid = (e: InvalidQuery): ApiError =>
  apiError('validation', `${e.field} ${e.message}`, {
    field: e.field,
    errors: [{ in: 'query', field: e.field, message: e.message }],
  });

/** `at` for lapsing: the instant asked (now, for today), else the end of the date. */
export const caseloadReadSide = (db: Database) => ({
  caseload: (asOf: string, at: string): Answer<CaseloadPicture> => {
    const workers = caseloadPerWorker(db, { asOf });
    const unallocated = unallocatedCases(db, { asOf });
    const emergencies = emergencyAllocations(db, { asOf: at });
    const againstRule = casesHeldAgainstRule(db, { asOf: at });
    const needing = casesNeedingReallocation(db, { asOf });
    for (const r of [workers, unallocated, emergencies, againstRule, needing])
      if (E.isLeft(r)) return Promise.resolve(E.left(invalid(r.left)));
    return Promise.resolve(
      E.right({
        asOf,
        workers: E.isRight(workers) ? workers.right : [],
        unallocated: E.isRight(unallocated) ? unallocated.right : [],
        emergencies: E.isRight(emergencies) ? emergencies.right : [],
        againstRule: E.isRight(againstRule) ? againstRule.right : [],
        needingReallocation: E.isRight(needing) ? needing.right : [],
      }),
    );
  },
  caseloadByTeam: (asOf: string, suppress: boolean): Answer<readonly TeamCaseloadRow[]> => {
    const teams = caseloadByTeam(db, { asOf });
    if (E.isLeft(teams)) return Promise.resolve(E.left(invalid(teams.left)));
    const unallocated = unallocatedCases(db, { asOf });
    const open = E.isRight(unallocated) ? unallocated.right : [];
    const names = [...new Set([...teams.right.map((t) => t.team), ...open.map((c) => c.team)])];
    return Promise.resolve(
      E.right(
        names.sort().map((team): TeamCaseloadRow => {
          const row = teams.right.find((t) => t.team === team);
          const waiting = open.filter((c) => c.team === team).length;
          const heads = row?.caseHolders ?? 0;
          // The figures of 1–4 case holders describe those few people: all withheld.
          if (suppress && isSmall(heads))
            return {
              team,
              caseHolders: null,
              caseHolderFte: null,
              cases: null,
              caseload: null,
              unallocated: waiting,
              suppressed: true,
            };
          return {
            team,
            caseHolders: heads,
            caseHolderFte: row?.caseHolderFte ?? 0,
            cases: row?.cases ?? 0,
            caseload: row?.caseload ?? null,
            unallocated: waiting,
          };
        }),
      ),
    );
  },
});
