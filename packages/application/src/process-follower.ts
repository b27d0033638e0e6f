import type { OutgoingCommand } from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import type { Checkpoints } from './checkpoints';
import type { CommandError } from './command-error';

/** A command the process could not apply: kept for operators, never silently dropped. */
export interface ProcessFailure {
  readonly causingEvent: Pick<RecordedEvent, 'eventId' | 'streamName' | 'position' | 'type'>;
  readonly command: OutgoingCommand | null;
  readonly error: CommandError | { readonly kind: 'undecodable'; readonly message: string };
}

/** A running process manager, as its owner sees it. */
export interface RunningProcess {
  /** Resolves once every event up to `position` has been reacted to. */
  waitFor(position: bigint): Promise<void>;
  readonly failures: readonly ProcessFailure[];
  close(): Promise<void>;
}

export type Fail = (failure: ProcessFailure) => void;

export const causingEventOf = (recorded: RecordedEvent): ProcessFailure['causingEvent'] => ({
  eventId: recorded.eventId,
  streamName: recorded.streamName,
  position: recorded.position,
  type: recorded.type,
});

/**
 * What every process manager shares: follow the log from its checkpoint, react to the events
 * it cares about, keep failures, and answer `waitFor`. The subscription is unfiltered so
 * `waitFor` can be answered for any position; only the events `reactsTo` accepts cost work.
 * The checkpoint is saved after each reaction and when caught up: reacting again after a
 * crash is harmless (command ids derive from the causing event), so it need not be saved
 * for every event.
 */
export const followLog = async (deps: {
  readonly name: string;
  readonly store: EventStore;
  readonly checkpoints: Checkpoints;
  readonly onFailure?: (failure: ProcessFailure) => void;
  /** Runs once before following, with the checkpoint (e.g. to fold what came before it). */
  readonly prepare?: (checkpoint: bigint, fail: Fail) => Promise<void>;
  readonly reactsTo: (event: RecordedEvent) => boolean;
  readonly react: (event: RecordedEvent, fail: Fail) => Promise<void>;
}): Promise<RunningProcess> => {
  const { name, store, checkpoints } = deps;
  let reached = await checkpoints.load(name);
  const failures: ProcessFailure[] = [];
  const waiters = new Set<{ position: bigint; resolve: () => void }>();
  const fail: Fail = (failure) => {
    failures.push(failure);
    deps.onFailure?.(failure);
  };
  const advance = (position: bigint): void => {
    reached = position;
    for (const w of waiters)
      if (w.position <= reached) {
        waiters.delete(w);
        w.resolve();
      }
  };

  await deps.prepare?.(reached, fail);
  const subscription = store.subscribeToAll({ after: reached });
  const loop = (async () => {
    for await (const message of subscription) {
      if (message.kind === 'event') {
        if (deps.reactsTo(message.event)) {
          await deps.react(message.event, fail);
          await checkpoints.save(name, message.event.position);
        }
        advance(message.event.position);
      } else {
        await checkpoints.save(name, reached);
      }
    }
  })();

  return {
    failures,
    waitFor: (position) =>
      position <= reached
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.add({ position, resolve })),
    close: async () => {
      await subscription.close();
      await loop;
    },
  };
};
