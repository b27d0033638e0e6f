import * as t from 'io-ts';
import { CriterionStatus, Importance, IsoDate, IsoDateTime, VerdictOutcome } from '@ladder/domain';

// What a preview answers: who would gain and who would lose eligibility, by team, with the
// criteria responsible. The API's response codec and the OpenAPI document are these.

const Status = t.union([CriterionStatus, t.literal('absent')]);
const Weight = t.union([Importance, t.literal('absent')]);

/** One criterion that turned a verdict: its status under the current rules and the draft. */
export const ResponsibleCriterion = t.type(
  {
    criterionId: t.string,
    label: t.string,
    /** `absent`: the criterion is not in that version (the draft added or dropped it). */
    current: Status,
    draft: Status,
    /** A criterion made essential (or only desirable) by the draft turns a verdict too. */
    currentImportance: Weight,
    draftImportance: Weight,
    /** What the draft's line says (or, for a dropped criterion, what the current one said). */
    detail: t.string,
  },
  'ResponsibleCriterion',
);
export type ResponsibleCriterion = t.TypeOf<typeof ResponsibleCriterion>;

const Standing = t.type({
  outcome: VerdictOutcome,
  eligible: t.boolean,
  toGrade: t.union([t.string, t.null]),
  summary: t.string,
});

/** One person whose eligibility the draft would change. */
export const PersonChange = t.type(
  {
    staffId: t.string,
    fromGrade: t.union([t.string, t.null]),
    current: Standing,
    draft: Standing,
    /** The essential criteria that make the difference (empty when the ladder itself does). */
    responsible: t.array(ResponsibleCriterion),
  },
  'PersonChange',
);
export type PersonChange = t.TypeOf<typeof PersonChange>;

export const TeamChanges = t.type(
  { team: t.string, gain: t.array(PersonChange), lose: t.array(PersonChange) },
  'TeamChanges',
);
export type TeamChanges = t.TypeOf<typeof TeamChanges>;

/** A manager who would hold more reports than the draft framework allows at their grade. */
export const SpanBreach = t.type(
  {
    staffId: t.string,
    team: t.string,
    grade: t.string,
    reports: t.number,
    currentSpan: t.union([t.number, t.null]),
    draftSpan: t.union([t.number, t.null]),
  },
  'SpanBreach',
);
export type SpanBreach = t.TypeOf<typeof SpanBreach>;

export const PreviewReport = t.type(
  {
    family: t.string,
    effectiveOn: IsoDate,
    knownAt: IsoDateTime,
    draft: t.type({
      kind: t.keyof({ policy: null, framework: null }),
      version: t.number,
      effectiveFrom: IsoDate,
      /** False when the date asked is before the draft takes effect: nothing would change. */
      inForce: t.boolean,
    }),
    /** People of the family on the staff on the date, each evaluated under both. */
    evaluated: t.number,
    gain: t.number,
    lose: t.number,
    /** Eligibility unchanged but the explanation differs (another criterion, another reason). */
    explanationOnly: t.number,
    byTeam: t.array(TeamChanges),
    spanBreaches: t.array(SpanBreach),
  },
  'PreviewReport',
);
export type PreviewReport = t.TypeOf<typeof PreviewReport>;
