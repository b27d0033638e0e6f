import { frameworkInForce } from '../frameworks/catalogue';
import type { Grade } from '../frameworks/codes';
import { gradeAbove, gradeIn } from '../frameworks/ladder';
import type { Criterion } from '../policies/criterion';
import { evaluateCriterion } from '../policies/criteria';
import type { PolicyDocument } from '../policies/document';
import { policyInForce } from '../policies/select';
import type { IsoDate, IsoDateTime } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import type { EvidenceContext } from './evidence';
import { decodeFacts, knownDecodedFacts, type DecodedFact } from './decoded-facts';
import type { Rules } from './rules';
import { staffIdIn, staffSituation, vacanciesIn } from './situation';
import type { CriterionLine, Verdict } from './verdict';

/** The same fields in the same order every time, so a verdict serialises byte for byte. */
const canonical = (v: Verdict): Verdict => ({
  staffId: v.staffId,
  jobFamily: v.jobFamily,
  fromGrade: v.fromGrade,
  toGrade: v.toGrade,
  effectiveOn: v.effectiveOn,
  knownAt: v.knownAt,
  policy: v.policy,
  outcome: v.outcome,
  eligible: v.eligible,
  rank: v.rank,
  summary: v.summary,
  lines: v.lines,
});

export interface EvaluateOptions {
  /** The business date eligibility is asked for: facts not yet true then do not count. */
  readonly effectiveOn: IsoDate;
  /** What the record held at this instant: events recorded later do not count. */
  readonly knownAt: IsoDateTime;
  /** Whose eligibility; defaults to the first person who joined in `history`. */
  readonly staffId?: string;
  /** The grade asked about; defaults to the next grade up the ladder in force that day. */
  readonly toGrade?: Grade;
  /** For vacancy-route progression: the vacant post a regrade would fill. */
  readonly vacancyId?: string;
}

const line = (criterion: Criterion, evidence: EvidenceContext): CriterionLine => {
  const base = {
    criterionId: criterion.id,
    label: criterion.label,
    importance: criterion.importance,
    kind: criterion.rule.kind,
  };
  if (criterion.appliesTo !== undefined && !criterion.appliesTo.includes(evidence.toGrade))
    return {
      ...base,
      status: 'not-applicable',
      restedOn: [],
      detail: `applies only to progression to ${criterion.appliesTo.join(', ')}`,
    };
  const result = evaluateCriterion(criterion.rule, evidence);
  return {
    ...base,
    status: result.status,
    restedOn: [...result.restedOn],
    detail: result.detail,
    ...(result.missing === undefined ? {} : { missing: result.missing }),
  };
};

const summarise = (
  toGrade: Grade,
  effectiveOn: string,
  policy: PolicyDocument,
  lines: readonly CriterionLine[],
): string => {
  const essentials = lines.filter(
    (l) => l.importance === 'essential' && l.status !== 'not-applicable',
  );
  const unmet = essentials.filter((l) => l.status === 'unmet');
  const desirable = lines.filter(
    (l) => l.importance === 'desirable' && l.status !== 'not-applicable',
  );
  const rank = `${desirable.filter((l) => l.status === 'met').length} of ${desirable.length} desirable met`;
  const under = `under ${policy.family} policy v${policy.version}`;
  return unmet.length === 0
    ? `Eligible for ${toGrade} on ${effectiveOn} ${under}: all ${essentials.length} essential criteria met; ${rank}.`
    : `Not eligible for ${toGrade} on ${effectiveOn} ${under}: ${unmet.length} of ${essentials.length} essential criteria unmet (${unmet
        .map((l) => `${l.label}: ${l.missing ?? l.detail}`)
        .join('; ')}); ${rank}.`;
};

/**
 * Is the person eligible to progress, as known at `knownAt`, on `effectiveOn`, up the ladder
 * of the career framework and under the policy in force that day? One line per criterion
 * says why. Pure and deterministic.
 */
export const evaluate = (
  history: readonly RecordedFact[],
  rules: Rules,
  options: EvaluateOptions,
): Verdict => evaluateDecoded(decodeFacts(history), rules, options);

/**
 * `evaluate` over a history decoded beforehand with `decodeFacts`: the same verdict, byte
 * for byte, without decoding the facts again (for callers asking about many dates).
 */
export const evaluateDecoded = (
  decoded: readonly DecodedFact[],
  rules: Rules,
  options: EvaluateOptions,
): Verdict => canonical(judge(decoded, rules, options));

/** Why there is no next grade: the top of the ladder, or a grade the ladder no longer has. */
const noNextGrade = (
  rules: Rules,
  jobFamily: string,
  grade: string,
  effectiveOn: IsoDate,
): string => {
  const framework = frameworkInForce(rules.frameworks, jobFamily, effectiveOn);
  if (framework === undefined)
    return `No ${jobFamily} career framework was in force on ${effectiveOn}.`;
  return gradeIn(framework, grade) === undefined
    ? `${grade} is not a grade of the ${framework.title} framework (v${framework.version}) in force on ${effectiveOn}.`
    : `${grade} is the top of the ${framework.title} grades.`;
};

const judge = (
  decoded: readonly DecodedFact[],
  rules: Rules,
  options: EvaluateOptions,
): Verdict => {
  const { effectiveOn, knownAt } = options;
  const { facts } = knownDecodedFacts(decoded, { effectiveOn, knownAt });
  const staffId = options.staffId ?? staffIdIn(facts) ?? '';
  const situation = staffSituation(facts, staffId);
  const empty = {
    staffId,
    effectiveOn,
    knownAt,
    eligible: false,
    rank: { desirableMet: 0, desirableTotal: 0 },
    lines: [],
  };
  if (situation.kind === 'not-on-staff')
    return {
      ...empty,
      jobFamily: null,
      fromGrade: null,
      toGrade: options.toGrade ?? null,
      policy: null,
      outcome: 'not-on-staff',
      summary: `No staff record for ${staffId || 'this person'} was known at ${knownAt} for ${effectiveOn}.`,
    };
  const { jobFamily, grade } = situation;
  const toGrade =
    options.toGrade ??
    gradeAbove(frameworkInForce(rules.frameworks, jobFamily, effectiveOn), grade)?.code;
  const placed = { ...empty, jobFamily, fromGrade: grade, toGrade: toGrade ?? null };
  if (situation.kind === 'left')
    return {
      ...placed,
      policy: null,
      outcome: 'has-left',
      summary: `${staffId} had left by ${effectiveOn}.`,
    };
  if (toGrade === undefined)
    return {
      ...placed,
      policy: null,
      outcome: 'no-next-grade',
      summary: noNextGrade(rules, jobFamily, grade, effectiveOn),
    };
  const policy = policyInForce(rules.policies, jobFamily, effectiveOn);
  if (policy === undefined)
    return {
      ...placed,
      policy: null,
      outcome: 'no-policy',
      summary: `No ${jobFamily} policy was in force on ${effectiveOn}.`,
    };
  const evidence: EvidenceContext = {
    effectiveOn,
    staffId,
    jobFamily,
    grade,
    toGrade,
    gradeSince: situation.gradeSince,
    facts: situation.facts,
    vacancies: vacanciesIn(facts),
    ...(options.vacancyId === undefined ? {} : { vacancyId: options.vacancyId }),
  };
  const lines = policy.criteria.map((c) => line(c, evidence));
  const eligible = lines.every((l) => l.importance !== 'essential' || l.status !== 'unmet');
  const desirable = lines.filter(
    (l) => l.importance === 'desirable' && l.status !== 'not-applicable',
  );
  return {
    ...placed,
    policy: { family: policy.family, version: policy.version, effectiveFrom: policy.effectiveFrom },
    outcome: eligible ? 'eligible' : 'not-eligible',
    eligible,
    rank: {
      desirableMet: desirable.filter((l) => l.status === 'met').length,
      desirableTotal: desirable.length,
    },
    summary: summarise(toGrade, effectiveOn, policy, lines),
    lines,
  };
};
