// Crash-test child: appends batches forever and prints one line per acknowledged batch:
// "<batchId> <size> <position>". stdout to a pipe is synchronous on Linux, so a printed line
// means the append had returned (committed and fsynced) before the process was killed.
// With `lanes` > 1, that many appenders run at once, each on streams of its own, so their
// appends reach the writer thread together and are group-committed.
import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { ExpectedRevision } from '../../src/port/expected-revision';
import { getSqliteEventStore } from '../../src/sqlite/sqlite-event-store';

const [path = '', trial = '0', lanes = '1'] = process.argv.slice(2);
const store = getSqliteEventStore({ path });
const sizes = [1, 3, 20, 150];
const padding = 'p'.repeat(300);

const appendForever = async (lane: number): Promise<never> => {
  for (let k = 0; ; k += 1) {
    const batchId = `${trial}-${lane}-${k}`;
    const size = sizes[(k + lane) % sizes.length] ?? 1;
    const stream = `crash-staff-${lane}-${k % 5}`;
    const revision = await store.streamRevision(stream);
    const events = Array.from({ length: size }, (_, index) => ({
      eventId: randomUUID(),
      type: 'CrashProbe',
      schemaVersion: 1,
      effectiveAt: '2024-04-01T00:00:00.000Z',
      actor: { id: 'crash-writer', role: 'test' },
      correlationId: batchId,
      causationId: null,
      data: { batch: batchId, index, size, padding },
    }));
    const result = await store.append(stream, events, {
      expectedRevision:
        revision === 'no-stream' ? ExpectedRevision.noStream : ExpectedRevision.exact(revision),
    });
    if (E.isLeft(result)) {
      process.stderr.write(`append failed: ${JSON.stringify(result.left)}\n`);
      process.exit(1);
    }
    process.stdout.write(`${batchId} ${size} ${result.right.position}\n`);
  }
};

await Promise.all(Array.from({ length: Number(lanes) }, (_, lane) => appendForever(lane)));
