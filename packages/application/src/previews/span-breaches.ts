import {
  frameworkInForce,
  gradeIn,
  knownFacts,
  type IsoDate,
  type IsoDateTime,
  type Rules,
} from '@ladder/domain';
import type { Evaluated } from './compare';
import type { SpanBreach } from './report';

/** The reports a manager holds on the date, as known then (recorded on the manager's stream). */
const reportsOn = (e: Evaluated, effectiveOn: IsoDate, knownAt: IsoDateTime): number => {
  const held = new Set<string>();
  for (const { event } of knownFacts(e.person.facts, { effectiveOn, knownAt }).facts)
    if (event.type === 'LineManagerAssigned') held.add(event.data.reportId);
    else if (event.type === 'LineManagementEnded') held.delete(event.data.reportId);
  return held.size;
};

const spanOf = (rules: Rules, family: string, grade: string, on: IsoDate): number | null =>
  gradeIn(frameworkInForce(rules.frameworks, family, on), grade)?.spanOfControl ?? null;

/**
 * The managers who would hold more reports than the draft allows at their grade, and do not
 * already hold more than the framework in force allows (those are not the draft's doing).
 */
export const spanBreaches = (
  evaluated: readonly Evaluated[],
  question: {
    readonly family: string;
    readonly effectiveOn: IsoDate;
    readonly knownAt: IsoDateTime;
  },
  current: Rules,
  draft: Rules,
): SpanBreach[] => {
  const { family, effectiveOn, knownAt } = question;
  const breaches: SpanBreach[] = [];
  for (const e of evaluated) {
    const grade = e.current.fromGrade;
    if (grade === null) continue;
    const reports = reportsOn(e, effectiveOn, knownAt);
    const currentSpan = spanOf(current, family, grade, effectiveOn);
    const draftSpan = spanOf(draft, family, grade, effectiveOn);
    const over = draftSpan !== null && reports > draftSpan;
    const already = currentSpan !== null && reports > currentSpan;
    if (over && !already)
      breaches.push({
        staffId: e.person.staffId,
        team: e.person.team,
        grade,
        reports,
        currentSpan,
        draftSpan,
      });
  }
  return breaches;
};
