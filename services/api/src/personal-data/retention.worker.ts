import { parentPort, workerData } from 'node:worker_threads';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { openLadderStore, retentionDryRun, runRetention } from '@ladder/application';
import { ActorRef, IsoDate, IsoDateTime, RetentionSchedule } from '@ladder/domain';
import type { RetentionMessage } from './retention-messages';

// The retention job off the API's event loop: its own store connection and key file, a scan
// of the log (progress at most every 100 ms), then the list (dry run) or the erasures (run).

const post = (message: RetentionMessage): void => parentPort?.postMessage(message);

const Input = t.type({
  mode: t.keyof({ 'dry-run': null, run: null }),
  eventStore: t.string,
  keys: t.string,
  schedule: RetentionSchedule,
  today: IsoDate,
  actor: ActorRef,
  at: IsoDateTime,
  correlationId: t.string,
});

const work = async (): Promise<void> => {
  const input = Input.decode(workerData);
  if (E.isLeft(input)) return post({ kind: 'failed', message: 'bad worker input' });
  const { mode, schedule, today, actor, at, correlationId } = input.right;
  const ladder = openLadderStore(input.right.eventStore, input.right.keys);
  let last = 0;
  const onEvent = (eventsScanned: number) => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    post({ kind: 'progress', eventsScanned });
  };
  try {
    if (mode === 'dry-run')
      post({ kind: 'dry-run', due: await retentionDryRun(ladder.store, schedule, today, onEvent) });
    else {
      const request = { actor, at, correlationId, causationId: null };
      const erased = await runRetention(ladder, schedule, today, request, onEvent);
      post(
        E.isLeft(erased)
          ? { kind: 'failed', message: JSON.stringify(erased.left) }
          : { kind: 'run', erased: erased.right },
      );
    }
  } catch (e) {
    post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  } finally {
    await ladder.store.close();
  }
};

void work();
