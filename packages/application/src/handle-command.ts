import * as E from 'fp-ts/Either';
import {
  effectiveDateOf,
  encodeEvent,
  hydrate,
  isEventOfCommand,
  startOfDay,
  streamNameOf,
  type ActorRef,
  type DomainEvent,
  type StreamId,
} from '@ladder/domain';
import {
  checkExpectedRevision,
  ExpectedRevision,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type StreamRevision,
} from '@ladder/event-store';
import type { Aggregate } from './aggregates';
import type { CommandError } from './command-error';
import { eventIdsOf } from './event-ids';
import { knownFrameworks } from './frameworks/known-frameworks';

/** What a command needs besides its payload: where it comes from and why. */
export interface CommandMeta {
  /**
   * Stable id of this command (an Idempotency-Key, a Kafka message id, a process manager's
   * derived id). Event ids derive from it, so a retry finds its own events and returns the
   * first result instead of writing again. Omit for a one-off command.
   */
  readonly commandId?: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly reason?: string;
  /**
   * What the caller expects of the stream (an HTTP If-Match arrives as this, unchanged): held
   * against the stream as read, so a stale copy is refused as `stale`. A lost race is retried
   * either way; the re-read meets the same check.
   */
  readonly expectedRevision?: ExpectedRevision;
}

/** Where a command landed: the one answer every caller (HTTP, Kafka, processes) reads. */
export interface Written {
  readonly streamName: string;
  /** The stream's revision after the command ('no-stream' if a no-op on an empty stream). */
  readonly revision: StreamRevision;
  /** Global position of the last event written; null when nothing was written. */
  readonly position: bigint | null;
  readonly events: readonly RecordedEvent[];
  /** True when this was a retry of a command already applied: nothing new was written. */
  readonly replayed: boolean;
}

type CommandWithActor = { readonly actor: ActorRef };

const MAX_ATTEMPTS = 5;

/** A whole stream in memory: Ladder's streams are one person, post or case, so they stay small. */
export const readWholeStream = async (
  store: EventStore,
  streamName: string,
): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  return events;
};

const envelope = (
  event: DomainEvent,
  eventId: string,
  actor: ActorRef,
  meta: CommandMeta,
): NewEvent => ({
  ...encodeEvent(event),
  eventId,
  effectiveAt: startOfDay(effectiveDateOf(event)),
  actor: { id: actor.id, role: actor.role },
  ...(meta.reason === undefined ? {} : { reason: meta.reason }),
  correlationId: meta.correlationId,
  causationId: meta.causationId,
});

/** The events an earlier run of this command wrote: consecutive, with ids derived from it. */
const eventsOfCommand = (history: readonly RecordedEvent[], commandId: string): RecordedEvent[] => {
  const isFirst = isEventOfCommand(commandId, 0);
  const start = history.findIndex((e) => isFirst(e.eventId));
  if (start < 0) return [];
  const mine: RecordedEvent[] = [];
  for (const event of history.slice(start)) {
    if (!isEventOfCommand(commandId, mine.length)(event.eventId)) break;
    mine.push(event);
  }
  return mine;
};

const revisionOf = (events: readonly RecordedEvent[]): StreamRevision =>
  events.length === 0 ? 'no-stream' : (events[events.length - 1]?.revision ?? 'no-stream');

/**
 * Runs one command against one stream: load, fold, decide (against the career frameworks
 * the store holds), append with the expected
 * revision. Optimistic: a lost race re-reads and decides again; if the caller expected a
 * revision (If-Match) that the re-read no longer shows, the conflict is theirs to resolve.
 */
export const handleCommand = async <C extends CommandWithActor, Ev extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<C, Ev, S>,
  stream: StreamId,
  command: C,
  meta: CommandMeta,
): Promise<E.Either<CommandError, Written>> => {
  const streamName = streamNameOf(stream);
  const eventIdOf = eventIdsOf(meta.commandId);
  for (let attempt = 1; ; attempt++) {
    const history = await readWholeStream(store, streamName);
    const current = revisionOf(history);

    const earlier = meta.commandId === undefined ? [] : eventsOfCommand(history, meta.commandId);
    const last = earlier[earlier.length - 1];
    if (last !== undefined)
      return E.right({
        streamName,
        revision: last.revision,
        position: last.position,
        events: earlier,
        replayed: true,
      });
    if (meta.expectedRevision !== undefined) {
      const held = checkExpectedRevision(streamName, meta.expectedRevision, current);
      if (E.isLeft(held)) return E.left({ kind: 'stale', error: held.left });
    }

    const state = hydrate(aggregate.folds, aggregate.isEvent, history);
    if (E.isLeft(state))
      return E.left({ kind: 'unreadable-stream', streamName, error: state.left });
    // Grades, spans and routes are judged against the frameworks the store holds now.
    const decider = aggregate.deciderFor(await knownFrameworks(store));
    const decided = decider.decide(command, state.right);
    if (E.isLeft(decided)) return E.left({ kind: 'domain', error: decided.left });
    if (decided.right.length === 0)
      return E.right({
        streamName,
        revision: current,
        position: null,
        events: [],
        replayed: false,
      });

    const newEvents = decided.right.map((event, i) =>
      envelope(event, eventIdOf(i), command.actor, meta),
    );
    const appended = await store.append(streamName, newEvents, {
      expectedRevision:
        current === 'no-stream' ? ExpectedRevision.noStream : ExpectedRevision.exact(current),
    });
    if (E.isRight(appended)) {
      const written: RecordedEvent[] = [];
      const from = appended.right.nextExpectedRevision - BigInt(newEvents.length) + 1n;
      for await (const event of store.readStream(streamName, { fromRevision: from }))
        written.push(event);
      return E.right({
        streamName,
        revision: appended.right.nextExpectedRevision,
        position: appended.right.position,
        events: written,
        replayed: false,
      });
    }
    // Another writer got in between the read and the append: read again and decide again.
    const raced = appended.left.code === 'WrongExpectedRevision';
    if (!raced || attempt >= MAX_ATTEMPTS) return E.left({ kind: 'store', error: appended.left });
  }
};
