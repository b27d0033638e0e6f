// Concurrency-test child: waits for "go" on stdin, then plays `rounds` rounds against the
// other writers on one stream. In round r every writer waits until the stream has reached
// revision r-1 and then appends with exactly that expected revision (no-stream in round 0).
// Prints "win <round>" or "lose <round> <actual revision>" per attempt.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import * as E from 'fp-ts/Either';
import { ExpectedRevision, type StreamRevision } from '../../src/port/expected-revision';
import { getSqliteEventStore } from '../../src/sqlite/sqlite-event-store';

const [path = '', stream = '', writer = '', rounds = '0'] = process.argv.slice(2);
const store = getSqliteEventStore({ path });
process.stdout.write('ready\n');
await once(process.stdin, 'data');

const reached = (revision: StreamRevision, round: number): boolean =>
  round === 0 || (revision !== 'no-stream' && revision >= BigInt(round - 1));

for (let round = 0; round < Number(rounds); round += 1) {
  while (!reached(await store.streamRevision(stream), round)) await sleep(0);
  const expected =
    round === 0 ? ExpectedRevision.noStream : ExpectedRevision.exact(BigInt(round - 1));
  const result = await store.append(
    stream,
    [
      {
        eventId: randomUUID(),
        type: 'RaceProbe',
        schemaVersion: 1,
        effectiveAt: '2024-04-01T00:00:00.000Z',
        actor: { id: writer, role: 'test' },
        correlationId: writer,
        causationId: null,
        data: { writer, round },
      },
    ],
    { expectedRevision: expected },
  );
  if (E.isRight(result)) process.stdout.write(`win ${round}\n`);
  else if (result.left.code === 'WrongExpectedRevision')
    process.stdout.write(`lose ${round} ${String(result.left.actual)}\n`);
  else {
    process.stderr.write(`unexpected: ${JSON.stringify(result.left)}\n`);
    process.exit(1);
  }
}
await store.close();
process.exit(0);
