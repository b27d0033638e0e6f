import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import {
  caseloadPolicyOf,
  caseloadRuleOf,
  frameworkInForce,
  FrameworkDocument,
  isLibertyAffecting,
  LibertyFlag,
  type FrameworkCatalogue,
} from '@ladder/domain';
import { FRAMEWORK } from '../workforce/frameworks/projection';
import { SEGMENT } from '../workforce/placement/projection';
import { CASE, HOLDING, REALLOCATION } from './projection';

// What every caseload question reads as of a date: the cases held then, the people in post
// then (placement segments: grade, team, FTE) and the career frameworks (the rule).

export interface HeldCaseRow {
  readonly case_reference: string;
  readonly team: string;
  readonly complexity: number;
  readonly liberty_flags: string;
  readonly opened_on: string;
  readonly position: number;
  readonly staff_id: string;
  readonly job_family: string;
  readonly grade: string;
  readonly framework_version: number;
  readonly from_date: string;
  readonly emergency_reason: string | null;
  readonly starts_at: string | null;
  readonly expires_at: string | null;
}

/** Open cases and who held each on the date. */
export const heldCasesOn = (db: Database, asOf: string): HeldCaseRow[] =>
  db
    .prepare<{ asOf: string }, HeldCaseRow>(
      `SELECT c.case_reference, c.team, c.complexity, c.liberty_flags, c.opened_on, h.position,
         h.staff_id, h.job_family, h.grade, h.framework_version, h.from_date,
         h.emergency_reason, h.starts_at, h.expires_at
       FROM ${CASE} c JOIN ${HOLDING} h ON h.case_reference = c.case_reference
       WHERE c.opened_on <= @asOf AND (c.closed_on IS NULL OR c.closed_on > @asOf)
         AND h.from_date <= @asOf AND (h.to_date IS NULL OR h.to_date > @asOf)
       ORDER BY c.case_reference`,
    )
    .all({ asOf });

export interface OpenCaseRow {
  readonly case_reference: string;
  readonly team: string;
  readonly complexity: number;
  readonly liberty_flags: string;
  readonly opened_on: string;
}

/** Open cases nobody held on the date. */
export const unheldCasesOn = (db: Database, asOf: string): OpenCaseRow[] =>
  db
    .prepare<{ asOf: string }, OpenCaseRow>(
      `SELECT c.case_reference, c.team, c.complexity, c.liberty_flags, c.opened_on
       FROM ${CASE} c
       WHERE c.opened_on <= @asOf AND (c.closed_on IS NULL OR c.closed_on > @asOf)
         AND NOT EXISTS (SELECT 1 FROM ${HOLDING} h WHERE h.case_reference = c.case_reference
           AND h.from_date <= @asOf AND (h.to_date IS NULL OR h.to_date > @asOf))
       ORDER BY c.opened_on, c.case_reference`,
    )
    .all({ asOf });

export interface FlagRow {
  readonly case_reference: string;
  readonly position: number;
  readonly staff_id: string;
  readonly cause: string;
  readonly flagged_on: string;
}

/** Reallocation flags raised on or before the date, latest last. */
export const flagsOn = (db: Database, asOf: string): FlagRow[] =>
  db
    .prepare<{ asOf: string }, FlagRow>(
      `SELECT case_reference, position, staff_id, cause, flagged_on FROM ${REALLOCATION}
       WHERE flagged_on <= @asOf ORDER BY position`,
    )
    .all({ asOf });

export interface PersonOnDate {
  readonly staff_id: string;
  readonly job_family: string;
  readonly grade: string;
  readonly team: string;
  readonly fte: number;
}

/** Everyone in post on the date, from the placement segments. */
export const peopleOn = (db: Database, asOf: string): ReadonlyMap<string, PersonOnDate> =>
  new Map(
    db
      .prepare<{ asOf: string }, PersonOnDate>(
        `SELECT staff_id, job_family, grade, team, fte FROM ${SEGMENT}
         WHERE valid_from <= @asOf AND (valid_to IS NULL OR valid_to > @asOf)`,
      )
      .all({ asOf })
      .map((p) => [p.staff_id, p]),
  );

/** Every published career framework version the read model holds. */
export const frameworksIn = (db: Database): FrameworkCatalogue =>
  db
    .prepare<[], { document: string }>(`SELECT document FROM ${FRAMEWORK}`)
    .all()
    .flatMap((row) => {
      const decoded = FrameworkDocument.decode(JSON.parse(row.document));
      return E.isRight(decoded) ? [decoded.right] : [];
    });

export const libertyFlagsOf = (stored: string): LibertyFlag[] =>
  stored === '' ? [] : stored.split(',').filter((f): f is LibertyFlag => LibertyFlag.is(f));

/** Why a holder may not hold a case on the date, or null when the rule allows it. */
export const againstRule = (
  held: HeldCaseRow,
  person: PersonOnDate | undefined,
  frameworks: FrameworkCatalogue,
  at: string,
): { readonly reason: string; readonly rule: string } | null => {
  if (person === undefined)
    return { reason: 'holder-not-in-post', rule: 'Cases are held by people in post' };
  if (held.expires_at !== null && Date.parse(at) >= Date.parse(held.expires_at))
    return {
      reason: 'emergency-lapsed',
      rule: `The emergency allocation lapsed at ${held.expires_at}`,
    };
  const framework = frameworkInForce(frameworks, person.job_family, at.slice(0, 10));
  if (framework === undefined)
    return { reason: 'no-framework', rule: `No ${person.job_family} career framework in force` };
  const { rule } = caseloadRuleOf(framework, person.grade);
  const source = `${framework.title} v${framework.version}`;
  if (held.complexity > rule.highestComplexity)
    return {
      reason: 'complexity-above-grade',
      rule: `${source}: ${person.grade} holds cases up to complexity ${rule.highestComplexity}`,
    };
  const liberty = isLibertyAffecting(libertyFlagsOf(held.liberty_flags));
  const allowed =
    rule.libertyAffectingCases === 'hold' ||
    (held.expires_at !== null && rule.libertyAffectingCases === 'emergency-only');
  if (liberty && !allowed)
    return {
      reason: 'liberty-affecting',
      rule: `${source}: ${person.grade} ${rule.libertyAffectingCases === 'never' ? 'is not allocated' : 'holds only in an emergency'} a case likely to affect a client's liberty`,
    };
  return null;
};

/** The caseload limit for a person's FTE under their framework on the date (null: none). */
export const limitFor = (
  person: PersonOnDate,
  frameworks: FrameworkCatalogue,
  asOf: string,
): number | null => {
  const framework = frameworkInForce(frameworks, person.job_family, asOf);
  const perFte = framework === undefined ? null : caseloadPolicyOf(framework).limitPerFte;
  return perFte === null ? null : Math.round(perFte * person.fte * 100) / 100;
};

/** The census role of a person's grade on the date (`case-holder` counts for the DfE measure). */
export const censusRoleOf = (
  person: PersonOnDate,
  frameworks: FrameworkCatalogue,
  asOf: string,
): string | undefined =>
  frameworkInForce(frameworks, person.job_family, asOf)?.grades.find((g) => g.code === person.grade)
    ?.censusRole;
