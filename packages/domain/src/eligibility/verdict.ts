import * as t from 'io-ts';
import { Grade, JobFamily } from '../frameworks/codes';
import { PolicyRef } from '../policies/document';
import { Importance } from '../policies/criterion';
import { IsoDate, IsoDateTime } from '../primitives/time';

export const CriterionStatus = t.keyof(
  { met: null, unmet: null, 'not-applicable': null },
  'CriterionStatus',
);
export type CriterionStatus = t.TypeOf<typeof CriterionStatus>;

/** One line of an explanation: one criterion, its status and the events it rested on. */
export const CriterionLine = t.intersection(
  [
    t.type({
      criterionId: t.string,
      label: t.string,
      importance: Importance,
      kind: t.string,
      status: CriterionStatus,
      /** Ids of the recorded events this line rests on. */
      restedOn: t.array(t.string),
      detail: t.string,
    }),
    /** For unmet lines: what is missing, in words a manager can act on. */
    t.partial({ missing: t.string }),
  ],
  'CriterionLine',
);
export type CriterionLine = t.TypeOf<typeof CriterionLine>;

export const VerdictOutcome = t.keyof(
  {
    eligible: null,
    'not-eligible': null,
    /** No staff record was known (or true) on the dates asked. */
    'not-on-staff': null,
    /** The person had left by the date asked. */
    'has-left': null,
    /** Already at the top of the family's ladder. */
    'no-next-grade': null,
    /** No policy for the family was in force (and known) on the dates asked. */
    'no-policy': null,
  },
  'VerdictOutcome',
);
export type VerdictOutcome = t.TypeOf<typeof VerdictOutcome>;

/** An explained eligibility verdict: "as known at R, was this person eligible on E, and why". */
export const Verdict = t.type(
  {
    staffId: t.string,
    jobFamily: t.union([JobFamily, t.null]),
    fromGrade: t.union([Grade, t.null]),
    toGrade: t.union([Grade, t.null]),
    effectiveOn: IsoDate,
    knownAt: IsoDateTime,
    policy: t.union([PolicyRef, t.null]),
    outcome: VerdictOutcome,
    eligible: t.boolean,
    /** Essential criteria decide; desirable ones only rank (higher is stronger). */
    rank: t.type({ desirableMet: t.number, desirableTotal: t.number }),
    summary: t.string,
    lines: t.array(CriterionLine),
  },
  'Verdict',
);
export type Verdict = t.TypeOf<typeof Verdict>;
