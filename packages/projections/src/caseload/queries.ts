import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { isLibertyAffecting } from '@ladder/domain';
import { checkDate, checkDateOrTime, type InvalidQuery } from '../query-error';
import {
  againstRule,
  censusRoleOf,
  flagsOn,
  frameworksIn,
  heldCasesOn,
  libertyFlagsOf,
  limitFor,
  peopleOn,
  unheldCasesOn,
} from './on-date';

type Answer<A> = E.Either<InvalidQuery, A>;

/**
 * Cases each worker held on the date, by staff id: the census's `Cases30` when asked for
 * 30 September. Only workers holding at least one case appear.
 */
export const casesHeldOn = (db: Database, date: string): Answer<ReadonlyMap<string, number>> => {
  const asOf = checkDate('date', date);
  if (E.isLeft(asOf)) return asOf;
  const counts = new Map<string, number>();
  for (const held of heldCasesOn(db, asOf.right))
    counts.set(held.staff_id, (counts.get(held.staff_id) ?? 0) + 1);
  return E.right(counts);
};

export interface WorkerCaseload {
  readonly staffId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly team: string;
  readonly fte: number;
  readonly cases: number;
  readonly libertyAffecting: number;
  readonly emergencies: number;
  /** The framework's limit per FTE × their FTE; null when it sets none. */
  readonly limit: number | null;
  readonly overLimit: boolean;
}

/**
 * Each worker's caseload on the date: everyone in post whose framework sets a caseload
 * limit, and anyone else holding a case.
 */
export const caseloadPerWorker = (
  db: Database,
  query: { readonly asOf: string },
): Answer<WorkerCaseload[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const frameworks = frameworksIn(db);
  const people = peopleOn(db, asOf.right);
  const held = heldCasesOn(db, asOf.right);
  const ids = new Set<string>(held.map((h) => h.staff_id));
  for (const p of people.values())
    if (limitFor(p, frameworks, asOf.right) !== null) ids.add(p.staff_id);
  return E.right(
    [...ids].sort().map((staffId): WorkerCaseload => {
      const person = people.get(staffId);
      const theirs = held.filter((h) => h.staff_id === staffId);
      const limit = person === undefined ? null : limitFor(person, frameworks, asOf.right);
      return {
        staffId,
        jobFamily: person?.job_family ?? theirs[0]?.job_family ?? '',
        grade: person?.grade ?? theirs[0]?.grade ?? '',
        team: person?.team ?? '',
        fte: Math.round((person?.fte ?? 0) * 10_000) / 10_000,
        cases: theirs.length,
        libertyAffecting: theirs.filter((h) => isLibertyAffecting(libertyFlagsOf(h.liberty_flags)))
          .length,
        emergencies: theirs.filter((h) => h.expires_at !== null).length,
        limit,
        overLimit: limit !== null && theirs.length > limit,
      };
    }),
  );
};

export interface TeamCaseload {
  readonly team: string;
  /** Headcount and FTE of the team's case holders (grades whose census role is case holder). */
  readonly caseHolders: number;
  readonly caseHolderFte: number;
  /** Open cases the team's case holders held. */
  readonly cases: number;
  /** Cases ÷ case-holder FTE: the DfE census's caseload measure; null when the FTE is 0. */
  readonly caseload: number | null;
}

/** The DfE measure by team on the date: cases held by case holders ÷ case-holder FTE. */
export const caseloadByTeam = (
  db: Database,
  query: { readonly asOf: string },
): Answer<TeamCaseload[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const frameworks = frameworksIn(db);
  const people = peopleOn(db, asOf.right);
  const held = casesHeldOn(db, asOf.right);
  if (E.isLeft(held)) return held;
  const teams = new Map<string, { heads: number; fte: number; cases: number }>();
  for (const p of people.values()) {
    if (censusRoleOf(p, frameworks, asOf.right) !== 'case-holder') continue;
    const team = teams.get(p.team) ?? { heads: 0, fte: 0, cases: 0 };
    teams.set(p.team, {
      heads: team.heads + 1,
      fte: team.fte + p.fte,
      cases: team.cases + (held.right.get(p.staff_id) ?? 0),
    });
  }
  return E.right(
    [...teams]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([team, t]) => ({
        team,
        caseHolders: t.heads,
        caseHolderFte: Math.round(t.fte * 100) / 100,
        cases: t.cases,
        caseload: t.fte === 0 ? null : Math.round((t.cases / t.fte) * 10) / 10,
      })),
  );
};

export interface UnallocatedCase {
  readonly caseReference: string;
  readonly team: string;
  readonly complexity: number;
  readonly libertyFlags: readonly string[];
  readonly openedOn: string;
}

/** Open cases nobody held on the date, oldest first. */
export const unallocatedCases = (
  db: Database,
  query: { readonly asOf: string },
): Answer<UnallocatedCase[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  return E.right(
    unheldCasesOn(db, asOf.right).map((c) => ({
      caseReference: c.case_reference,
      team: c.team,
      complexity: c.complexity,
      libertyFlags: libertyFlagsOf(c.liberty_flags),
      openedOn: c.opened_on,
    })),
  );
};

export interface CaseNeedingReallocation {
  readonly caseReference: string;
  readonly team: string;
  readonly staffId: string;
  readonly cause: string;
  readonly flaggedOn: string;
}

/** Cases flagged by the caseload process and not yet reallocated, on the date. */
export const casesNeedingReallocation = (
  db: Database,
  query: { readonly asOf: string },
): Answer<CaseNeedingReallocation[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const held = new Map(heldCasesOn(db, asOf.right).map((h) => [h.case_reference, h]));
  const latest = new Map(flagsOn(db, asOf.right).map((f) => [f.case_reference, f]));
  return E.right(
    [...latest.values()].flatMap((f) => {
      const h = held.get(f.case_reference);
      // Still held by the person flagged, by the allocation the flag was raised on.
      return h !== undefined && h.staff_id === f.staff_id && h.position < f.position
        ? [
            {
              caseReference: f.case_reference,
              team: h.team,
              staffId: f.staff_id,
              cause: f.cause,
              flaggedOn: f.flagged_on,
            },
          ]
        : [];
    }),
  );
};

export interface CaseAgainstRule {
  readonly caseReference: string;
  readonly team: string;
  readonly staffId: string;
  readonly grade: string;
  readonly reason: string;
  readonly rule: string;
}

/** The end of a date, when a date is asked: an emergency lapsed "on" a day counts that day. */
const instantOf = (asked: string): string =>
  asked.length === 10 ? `${asked}T23:59:59.999Z` : new Date(Date.parse(asked)).toISOString();

/**
 * Cases held against the rule at `asOf` (a date, or an instant): by someone whose grade then
 * may not hold them, under an emergency allocation that has lapsed, or by someone not in post.
 */
export const casesHeldAgainstRule = (
  db: Database,
  query: { readonly asOf: string },
): Answer<CaseAgainstRule[]> => {
  const at = checkDateOrTime('asOf', query.asOf);
  if (E.isLeft(at)) return at;
  const instant = instantOf(at.right);
  const date = instant.slice(0, 10);
  const frameworks = frameworksIn(db);
  const people = peopleOn(db, date);
  return E.right(
    heldCasesOn(db, date).flatMap((h) => {
      const person = people.get(h.staff_id);
      const broken = againstRule(h, person, frameworks, instant);
      return broken === null
        ? []
        : [
            {
              caseReference: h.case_reference,
              team: h.team,
              staffId: h.staff_id,
              grade: person?.grade ?? h.grade,
              ...broken,
            },
          ];
    }),
  );
};

export interface EmergencyAllocation {
  readonly caseReference: string;
  readonly team: string;
  readonly staffId: string;
  readonly grade: string;
  readonly reason: string;
  readonly startsAt: string;
  readonly expiresAt: string;
  /** `in-force` (due for review before it expires) or `lapsed` (the case is held against the rule). */
  readonly status: 'in-force' | 'lapsed';
}

/** Emergency allocations standing at `asOf` (a date or an instant), soonest expiry first. */
export const emergencyAllocations = (
  db: Database,
  query: { readonly asOf: string },
): Answer<EmergencyAllocation[]> => {
  const at = checkDateOrTime('asOf', query.asOf);
  if (E.isLeft(at)) return at;
  const instant = instantOf(at.right);
  return E.right(
    heldCasesOn(db, instant.slice(0, 10))
      .flatMap((h) =>
        h.expires_at === null || h.starts_at === null
          ? []
          : [
              {
                caseReference: h.case_reference,
                team: h.team,
                staffId: h.staff_id,
                grade: h.grade,
                reason: h.emergency_reason ?? '',
                startsAt: h.starts_at,
                expiresAt: h.expires_at,
                status:
                  Date.parse(instant) >= Date.parse(h.expires_at)
                    ? ('lapsed' as const)
                    : ('in-force' as const),
              },
            ],
      )
      .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt)),
  );
};
