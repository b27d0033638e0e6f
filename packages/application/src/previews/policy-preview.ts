import * as E from 'fp-ts/Either';
import {
  policyCommands,
  policyInForce,
  rulesKnownAt,
  type FrameworkCatalogue,
  type IsoDate,
  type PolicyDocument,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { UseCaseError } from '../use-cases/errors';
import { issue } from '../use-cases/issue';
import { loadPolicy } from '../use-cases/load';
import type { RequestMeta } from '../use-cases/request';
import { compareUnder } from './compare';
import { readPopulation } from './population';
import type { PreviewReport } from './report';

export interface PolicyDraft {
  readonly document: PolicyDocument;
  /** The date to judge on; omitted: the first day the draft would decide. */
  readonly effectiveOn?: IsoDate;
}

/**
 * Would publishing this draft be accepted? The policy decider is asked as publishing asks it,
 * on the family's stream as it stands and against the frameworks known — nothing is appended.
 */
const checkDraft = async (
  store: EventStore,
  family: string,
  draft: PolicyDraft,
  request: RequestMeta,
  frameworks: FrameworkCatalogue,
): Promise<E.Either<UseCaseError, PolicyDocument>> => {
  if (draft.document.family !== family)
    return E.left({
      kind: 'policy-for-another-family',
      family,
      documentFamily: draft.document.family,
    });
  const decider = aggregates.policy.deciderFor(frameworks);
  const loaded = await loadPolicy(store, family);
  if (E.isLeft(loaded) && loaded.left.kind !== 'not-found') return loaded;
  const state = E.isRight(loaded) ? loaded.right.state : decider.initialState;
  const command = issue(
    policyCommands,
    'PublishPolicyVersion',
    { document: draft.document },
    request,
  );
  const decided = decider.decide(command, state);
  return E.isLeft(decided)
    ? E.left({ kind: 'domain', error: decided.left })
    : E.right(draft.document);
};

/**
 * A draft policy version previewed before it is published: every person of the family on the
 * staff on the date, judged under the rules in force and under the draft, as known now. Reads
 * only; the report says who would gain and who would lose eligibility, by team, and why.
 */
export const previewPolicyDraft = async (
  store: EventStore,
  family: string,
  draft: PolicyDraft,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, PreviewReport>> => {
  const knownAt = request.at;
  const population = await readPopulation(store);
  const current = rulesKnownAt(population.ruleFacts, knownAt);
  const checked = await checkDraft(store, family, draft, request, current.frameworks);
  if (E.isLeft(checked)) return checked;
  const document = checked.right;
  const effectiveOn = draft.effectiveOn ?? document.effectiveFrom;
  const published = current.policies.some(
    (p) => p.family === family && p.version === document.version,
  );
  const withDraft = published ? current : { ...current, policies: [...current.policies, document] };
  const comparison = await compareUnder(
    population,
    { family, effectiveOn, knownAt },
    current,
    withDraft,
  );
  return E.right({
    family,
    effectiveOn,
    knownAt,
    draft: {
      kind: 'policy',
      version: document.version,
      effectiveFrom: document.effectiveFrom,
      inForce: policyInForce(withDraft.policies, family, effectiveOn)?.version === document.version,
    },
    evaluated: comparison.evaluated.length,
    gain: comparison.gain,
    lose: comparison.lose,
    explanationOnly: comparison.explanationOnly,
    byTeam: [...comparison.byTeam],
    spanBreaches: [],
  });
};
