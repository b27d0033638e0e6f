import * as E from 'fp-ts/Either';
import { StreamId, streamNameOf } from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from './errors';
import { readRegradeCase } from './regrade';
import type { RequestMeta } from './request';

// A case's own record for the people who follow it: requested, assessed, approved or
// rejected, completed or withdrawn — who recorded each step, when, and why where they said.

export interface CaseHistory {
  readonly caseId: string;
  /** Every event on the case's stream, in stream order. */
  readonly events: readonly RecordedEvent[];
  /** The stream's revision (the ETag). */
  readonly revision: bigint;
}

/** A case's recorded steps, for a caller allowed to see the case (managers: their own line). */
export const regradeCaseHistory = async (
  store: EventStore,
  request: Pick<RequestMeta, 'actor'>,
  caseId: string,
): Promise<E.Either<UseCaseError, CaseHistory>> => {
  const seen = await readRegradeCase(store, request, caseId);
  if (E.isLeft(seen)) return seen;
  const events = await readWholeStream(store, streamNameOf(StreamId.regrade(caseId)));
  // Read after the check: a step recorded in between is shown, and the revision is the newest.
  const revision = events[events.length - 1]?.revision ?? seen.right.revision;
  return E.right({ caseId, events, revision });
};
