import type { OutgoingCommand } from '@ladder/domain';
import {
  startFollower,
  type CheckpointStore,
  type EventStore,
  type RecordedEvent,
} from '@ladder/event-store';
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

/** What a process manager is started with. */
export interface ProcessDeps {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly onFailure?: (failure: ProcessFailure) => void;
}

/** Events read from the backlog per batch; live events are reacted to as they come. */
const BATCH = 500;

/**
 * What every process manager shares: follow the log from its checkpoint, react to the events
 * it cares about, keep failures, and answer `waitFor`. The subscription is unfiltered so
 * `waitFor` can be answered for any position; only the events `reactsTo` accepts cost work.
 * The checkpoint is saved after a batch that held a reaction and when caught up: reacting
 * again after a crash is harmless (command ids derive from the causing event), so it need not
 * be saved for every event.
 */
export const followLog = async (
  deps: ProcessDeps & {
    readonly name: string;
    /** Runs once before following, with the checkpoint (e.g. to fold what came before it). */
    readonly prepare?: (checkpoint: bigint, fail: Fail) => Promise<void>;
    readonly reactsTo: (event: RecordedEvent) => boolean;
    readonly react: (event: RecordedEvent, fail: Fail) => Promise<void>;
  },
): Promise<RunningProcess> => {
  const { name, checkpoints } = deps;
  const failures: ProcessFailure[] = [];
  const fail: Fail = (failure) => {
    failures.push(failure);
    deps.onFailure?.(failure);
  };
  const after = await checkpoints.load(name);
  await deps.prepare?.(after, fail);
  const follower = startFollower({
    store: deps.store,
    after,
    maxBatch: BATCH,
    lingerMs: 0,
    handle: async ({ events, caughtUpAt, end }) => {
      let reacted = false;
      for (const event of events)
        if (deps.reactsTo(event)) {
          await deps.react(event, fail);
          reacted = true;
        }
      if (reacted || caughtUpAt !== undefined) await checkpoints.save(name, end);
    },
  });
  return {
    failures,
    waitFor: (position) => follower.waitFor(position),
    close: () => follower.stop(),
  };
};
