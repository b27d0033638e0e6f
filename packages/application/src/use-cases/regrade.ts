import * as E from 'fp-ts/Either';
import {
  regradeCommands,
  StreamId,
  utcDateOf,
  type IsoDate,
  type RegradeState,
  type Verdict,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import { eligibility } from './eligibility';
import type { EligibilityReads } from './eligibility-reads';
import type { UseCaseError } from './errors';
import type { DataOf } from './issue';
import { loadRegrade, type Loaded } from './load';
import { checkOwnLine } from './own-line';
import type { RequestMeta } from './request';
import { run } from './run';

// The regrade workflow: a manager requests for someone in their line (eligibility is assessed
// at once, as of the request day), an approver approves or rejects — never their own request —
// then completion, after which the process manager changes the grade and fills the vacancy.

type OpenCase = Exclude<RegradeState, { readonly status: 'none' }>;
type Commands = typeof regradeCommands;
/** What people do to an open case; the assessment is the application's own step. */
export type RegradeDecision =
  'ApproveRegrade' | 'RejectRegrade' | 'CompleteRegrade' | 'WithdrawRegrade';

export interface Assessed {
  readonly written: Written;
  readonly verdict: Verdict;
}

/** One command of the regrade family on the case's stream. */
const onCase = <K extends keyof Commands>(
  store: EventStore,
  caseId: string,
  type: K,
  data: DataOf<Commands, K>,
  request: RequestMeta,
) => run(store, aggregates.regrade, regradeCommands, StreamId.regrade(caseId), type, data, request);

/** A case that exists, seen by a caller allowed to see it (managers: their own line). */
export const readRegradeCase = async (
  store: EventStore,
  request: Pick<RequestMeta, 'actor'>,
  caseId: string,
): Promise<E.Either<UseCaseError, Loaded<OpenCase>>> => {
  const loaded = await loadRegrade(store, caseId);
  if (E.isLeft(loaded)) return loaded;
  const { state, revision } = loaded.right;
  if (state.status === 'none')
    return E.left({ kind: 'not-found', stream: StreamId.regrade(caseId) });
  const inLine = await checkOwnLine(store, request.actor, state.staffId);
  return E.isLeft(inLine) ? inLine : E.right({ state, revision });
};

/** Evaluates eligibility as known now and records the verdict on the case. */
const assess = async (
  store: EventStore,
  reads: EligibilityReads,
  caseId: string,
  staffId: string,
  effectiveOn: IsoDate,
  request: RequestMeta,
  askedAt?: bigint,
): Promise<E.Either<UseCaseError, Assessed>> => {
  const verdict = await eligibility(store, reads, {
    staffId,
    effectiveOn,
    knownAt: request.at,
    regradeCaseId: caseId,
    ...(askedAt !== undefined ? { askedAt } : {}),
  });
  if (E.isLeft(verdict)) return verdict;
  const written = await onCase(
    store,
    caseId,
    'AssessEligibility',
    { verdict: verdict.right },
    request,
  );
  return E.isLeft(written) ? written : E.right({ written: written.right, verdict: verdict.right });
};

export interface Requested {
  readonly requested: Written;
  /** The assessment made at once; the request stands even if it could not be made. */
  readonly assessment: E.Either<UseCaseError, Assessed>;
}

/** Opens a case for someone in the caller's line and assesses it as of the request day. */
export const requestRegrade = async (
  store: EventStore,
  reads: EligibilityReads,
  asked: DataOf<Commands, 'RequestRegrade'>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Requested>> => {
  const { caseId, staffId } = asked;
  const inLine = await checkOwnLine(store, request.actor, staffId);
  if (E.isLeft(inLine)) return inLine;
  // What the store held when the manager asked: the assessment judges that, not the request.
  const askedAt = await store.headPosition();
  const requested = await onCase(store, caseId, 'RequestRegrade', asked, request);
  if (E.isLeft(requested)) return requested;
  // The caller's expectation was about the stream before the request; the assessment follows it.
  const { expectedRevision: _held, ...following } = request;
  const assessment = await assess(
    store,
    reads,
    caseId,
    staffId,
    utcDateOf(request.at),
    following,
    askedAt,
  );
  return E.right({ requested: requested.right, assessment });
};

/** Re-assesses a case as of a date (e.g. once missing evidence is recorded). */
export const assessRegrade = async (
  store: EventStore,
  reads: EligibilityReads,
  caseId: string,
  effectiveOn: IsoDate,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Assessed>> => {
  const found = await readRegradeCase(store, request, caseId);
  if (E.isLeft(found)) return found;
  return assess(store, reads, caseId, found.right.state.staffId, effectiveOn, request);
};

/** Approve, reject, complete or withdraw a case the caller may act on. */
export const actOnRegrade = async <K extends RegradeDecision>(
  store: EventStore,
  caseId: string,
  decision: K,
  data: DataOf<Commands, K>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> => {
  const found = await readRegradeCase(store, request, caseId);
  if (E.isLeft(found)) return found;
  return onCase(store, caseId, decision, data, request);
};
