import * as E from 'fp-ts/Either';
import {
  frameworkCommands,
  frameworkInForce,
  rulesKnownAt,
  type FrameworkDocument,
  type IsoDate,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { UseCaseError } from '../use-cases/errors';
import { issue } from '../use-cases/issue';
import { loadFramework } from '../use-cases/load';
import type { RequestMeta } from '../use-cases/request';
import { compareUnder } from './compare';
import { readPopulation } from './population';
import type { PreviewReport } from './report';
import { spanBreaches } from './span-breaches';

export interface FrameworkDraft {
  readonly document: FrameworkDocument;
  /** The date to judge on; omitted: the first day the draft would be the ladder. */
  readonly effectiveOn?: IsoDate;
}

/** Would publishing this draft be accepted? Asked of the framework decider; nothing appended. */
const checkDraft = async (
  store: EventStore,
  family: string,
  draft: FrameworkDraft,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, FrameworkDocument>> => {
  if (draft.document.family !== family)
    return E.left({
      kind: 'framework-for-another-family',
      family,
      documentFamily: draft.document.family,
    });
  const decider = aggregates.framework.deciderFor([]);
  const loaded = await loadFramework(store, family);
  if (E.isLeft(loaded) && loaded.left.kind !== 'not-found') return loaded;
  const state = E.isRight(loaded) ? loaded.right.state : decider.initialState;
  const command = issue(frameworkCommands, 'PublishCareerFramework', draft, request);
  const decided = decider.decide(command, state);
  return E.isLeft(decided)
    ? E.left({ kind: 'domain', error: decided.left })
    : E.right(draft.document);
};

/**
 * A draft career framework previewed before it is published: everyone of the family on the
 * staff on the date judged on the ladder in force and on the draft's (a grade dropped, a route
 * changed), and the managers who would hold more reports than a new span of control allows.
 */
export const previewFrameworkDraft = async (
  store: EventStore,
  family: string,
  draft: FrameworkDraft,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, PreviewReport>> => {
  const checked = await checkDraft(store, family, draft, request);
  if (E.isLeft(checked)) return checked;
  const document = checked.right;
  const knownAt = request.at;
  const effectiveOn = draft.effectiveOn ?? document.effectiveFrom;
  const population = await readPopulation(store);
  const current = rulesKnownAt(population.ruleFacts, knownAt);
  const published = current.frameworks.some(
    (f) => f.family === family && f.version === document.version,
  );
  const withDraft = published
    ? current
    : { ...current, frameworks: [...current.frameworks, document] };
  const question = { family, effectiveOn, knownAt };
  const comparison = await compareUnder(population, question, current, withDraft);
  return E.right({
    family,
    effectiveOn,
    knownAt,
    draft: {
      kind: 'framework',
      version: document.version,
      effectiveFrom: document.effectiveFrom,
      inForce:
        frameworkInForce(withDraft.frameworks, family, effectiveOn)?.version === document.version,
    },
    evaluated: comparison.evaluated.length,
    gain: comparison.gain,
    lose: comparison.lose,
    explanationOnly: comparison.explanationOnly,
    byTeam: [...comparison.byTeam],
    spanBreaches: spanBreaches(comparison.evaluated, question, current, withDraft),
  });
};
