// Test child: appends `count` single-event appends to `stream`, a few ms apart, then exits.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as E from 'fp-ts/Either';
import { getSqliteEventStore } from '../../src/sqlite/sqlite-event-store';

const [path = '', stream = '', count = '0'] = process.argv.slice(2);
const store = getSqliteEventStore({ path });
for (let n = 0; n < Number(count); n += 1) {
  const result = await store.append(stream, [
    {
      eventId: randomUUID(),
      type: 'StaffJoined',
      schemaVersion: 1,
      effectiveAt: '2024-04-01T00:00:00.000Z',
      actor: { id: 'other-process', role: 'test' },
      correlationId: 'c',
      causationId: null,
      data: { n },
    },
  ]);
  if (E.isLeft(result)) process.exit(1);
  await sleep(3);
}
await store.close();
