import { createHash } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { encodeEvent, hydrate, streamNameOf, type Decider, type DomainEvent } from '@ladder/domain';
import { ExpectedRevision, type EventStore, type NewEvent } from '@ladder/event-store';
import type { RunCommand } from '../commands/command-port';
import { fromRefusal, fromStoreError } from '../http/from-domain';
import { apiError } from '../http/problem';
import { readWhole } from './load-stream';

// Interim: load, fold, decide, append — to be replaced by `@ladder/application`'s handleCommand.

const NAMESPACE = Buffer.from('6f1d2c3b4a5948377261504f3e2d1c0b', 'hex');

/** RFC 4122 v5 id, so a retry under the same Idempotency-Key appends the same event ids. */
const uuidV5 = (name: string): string => {
  const h = createHash('sha1').update(NAMESPACE).update(name).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
};

// The business date an event is true from: the first of these its payload names.
const dateKeys = [
  'joinedOn',
  'awardedOn',
  'completedOn',
  'reviewedOn',
  'registeredOn',
  'lapsedOn',
  'checkedOn',
  'assessedOn',
  'evidencedOn',
  'assignedOn',
  'endedOn',
  'changedOn',
  'leftOn',
  'openedOn',
  'filledOn',
  'withdrawnOn',
  'requestedOn',
  'approvedOn',
  'rejectedOn',
  'publishedOn',
];
const effectiveAtOf = (data: unknown, at: string): string => {
  if (typeof data !== 'object' || data === null) return at;
  for (const key of dateKeys) {
    const v: unknown = (data as Record<string, unknown>)[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T00:00:00.000Z`;
  }
  return at;
};

export const makeRunCommand =
  <C extends { readonly type: string; readonly at: string }, Ev extends DomainEvent, S>(
    store: EventStore,
    decider: Decider<C, Ev, S>,
    isEvent: (event: DomainEvent) => event is Ev,
  ): RunCommand<C> =>
  async (stream, command, ctx) => {
    const streamName = streamNameOf(stream);
    const events = await readWhole(store, streamName);
    const last = events[events.length - 1];
    const current = last?.revision ?? 'no-stream';
    const ifMatch = ctx.expectedRevision;
    if (ifMatch !== undefined) {
      const stale =
        (ifMatch.kind === 'exact' && current !== ifMatch.revision) ||
        (ifMatch.kind === 'exists' && current === 'no-stream');
      if (stale)
        return E.left(
          fromStoreError(
            { code: 'WrongExpectedRevision', streamName, expected: ifMatch, actual: current },
            ifMatch,
          ),
        );
    }
    const state = hydrate(decider, isEvent, events);
    if (E.isLeft(state))
      return E.left(apiError('internal', `${streamName} cannot be read: ${state.left.message}`));
    const decided = decider.decide(command, state.right);
    if (E.isLeft(decided)) return E.left(fromRefusal(decided.left));
    if (decided.right.length === 0)
      return E.right({
        streamName,
        revision: current === 'no-stream' ? -1n : current,
        position: 0n,
        eventIds: [],
      });
    const commandId =
      ctx.idempotencyKey !== undefined
        ? uuidV5(`idempotency:${ctx.principal.id}:${ctx.idempotencyKey}`)
        : ctx.requestId;
    const reasonOf = (data: unknown): string | undefined => {
      const r: unknown =
        typeof data === 'object' && data !== null
          ? (data as Record<string, unknown>)['reason']
          : undefined;
      return typeof r === 'string' ? r : undefined;
    };
    const newEvents: NewEvent[] = decided.right.map((event, i) => {
      const encoded = encodeEvent(event);
      const reason = reasonOf(encoded.data);
      return {
        // One request may run several commands (request, then assess): each gets its own ids.
        eventId: uuidV5(`event:${commandId}:${streamName}:${command.type}:${i}`),
        type: encoded.type,
        schemaVersion: encoded.schemaVersion,
        data: encoded.data,
        effectiveAt: effectiveAtOf(encoded.data, command.at),
        actor: { id: ctx.principal.id, role: ctx.principal.role },
        ...(reason !== undefined ? { reason } : {}),
        correlationId: ctx.correlationId,
        causationId: ctx.requestId,
      };
    });
    const appended = await store.append(streamName, newEvents, {
      // The decision was made on `current`; a racing writer makes this append fail, not overwrite.
      expectedRevision:
        current === 'no-stream' ? ExpectedRevision.noStream : ExpectedRevision.exact(current),
    });
    if (E.isLeft(appended)) return E.left(fromStoreError(appended.left, ifMatch));
    return E.right({
      streamName,
      revision: appended.right.nextExpectedRevision,
      position: appended.right.position,
      eventIds: newEvents.map((e) => e.eventId),
    });
  };
