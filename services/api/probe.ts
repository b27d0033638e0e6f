import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { getSqliteEventStore } from '@ladder/event-store';
import { createApp } from './src/app';
import { createVerifier } from './src/auth/verifier';
import { issueToken } from './src/auth/tokens';
import { openIdempotencyStore } from './src/http/idempotency';
import { listen } from './src/http/listen';
import { unavailableReadSide } from './src/read-side/unavailable';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const store = getSqliteEventStore({ path: join(dir, 'e.sqlite') });
const secret = 'x'.repeat(40);
const { app } = createApp({
  store,
  read: unavailableReadSide(),
  verifier: createVerifier({ kind: 'hs256', secret }),
  idempotency: openIdempotencyStore(join(dir, 'a.sqlite')),
  logger: pino({ level: 'silent' }),
  projectionLag: () => Promise.resolve(0),
});
const srv = await listen(app);
const hr = await issueToken(secret, { id: 'h', role: 'hr-admin' });
const headers = { authorization: `Bearer ${hr}`, 'content-type': 'application/json' };
for (let i = 0; i < 200; i++)
  await fetch(`${srv.url}/staff`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      staffId: `b${i}`,
      jobFamily: 'family-worker',
      grade: 'L1',
      team: 't',
      zone: 'z',
      contractedHours: 37,
      joinedOn: '2022-04-01',
    }),
  });
const t0 = performance.now();
for (let i = 0; i < 400; i++)
  await fetch(`${srv.url}/staff/b${i % 200}/training`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ course: 'cpd', completedOn: '2024-05-01' }),
  });
console.log('sequential HTTP command ms', ((performance.now() - t0) / 400).toFixed(2));
const t1 = performance.now();
for (let i = 0; i < 400; i++) await fetch(`${srv.url}/staff/b${i % 200}`, { headers });
console.log('sequential HTTP read ms', ((performance.now() - t1) / 400).toFixed(2));
await srv.close();
await store.close();
