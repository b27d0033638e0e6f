// The cost of sealing personal data (issue 14): the same events appended to, then read back
// from, a bare SQLite store and one behind the sealing decorator (AES-256-GCM per event, a key
// per person from the embedded key file), alternately in one process so both see the same
// load. Worst case: every event carries a personal part (in Ladder only joinings, DBS checks,
// experience notes and leavings do). Reads open every personal part with its person's key.
// Env: BENCH_PD_EVENTS=20000 (per store)  BENCH_PD_BATCH=50  BENCH_PD_PEOPLE=1000
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  getSqliteEventStore,
  openSqliteKeyService,
  sealPersonalData,
  type EventStore,
  type NewEvent,
} from '@ladder/event-store';

const total = Number(process.env['BENCH_PD_EVENTS'] ?? 20_000);
const batch = Number(process.env['BENCH_PD_BATCH'] ?? 50);
const people = Number(process.env['BENCH_PD_PEOPLE'] ?? 1_000);

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

const event = (n: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'hr-1', role: 'hr-admin' },
  correlationId: randomUUID(),
  causationId: null,
  data: {
    staffId: `s-${n % people}`,
    jobFamily: 'family-worker',
    grade: 'L1',
    team: 'north-early-help',
    zone: 'north',
    contractedHours: 37,
    joinedOn: '2024-04-01',
    personal: { name: `Person number ${n}`, dateOfBirth: '1980-02-03' },
  },
});

console.log(
  `${new Date().toISOString()}: ${total.toLocaleString('en-GB')} events per store, ${batch} per append, ${people} people, load ${load()}`,
);
const dir = mkdtempSync(join(tmpdir(), 'ladder-pd-bench-'));
try {
  const keys = openSqliteKeyService(join(dir, 'keys.sqlite'));
  const bare = getSqliteEventStore({ path: join(dir, 'bare.sqlite') });
  const sealed = sealPersonalData(getSqliteEventStore({ path: join(dir, 'sealed.sqlite') }), {
    keys,
    keyOf: (stream) => ({ subject: stream, keyId: `${stream}/hr` }),
  });
  const runs: { name: string; store: EventStore; append: number; read: number }[] = [
    { name: 'bare', store: bare, append: 0, read: 0 },
    { name: 'sealed', store: sealed, append: 0, read: 0 },
  ];
  for (let a = 0; a * batch < total; a++) {
    const events = Array.from({ length: batch }, (_, i) => event(a * batch + i));
    const stream = `staff-s-${a % people}`;
    for (const run of runs) {
      const started = performance.now();
      const result = await run.store.append(stream, events);
      if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
      run.append += (performance.now() - started) / 1000;
    }
  }
  // Reads: the whole log, three times each, alternately.
  for (let pass = 0; pass < 3; pass++)
    for (const run of runs) {
      const started = performance.now();
      let n = 0;
      for await (const _ of run.store.readAll()) n++;
      if (n !== total) throw new Error(`${run.name} read ${n} events`);
      run.read += (performance.now() - started) / 1000;
    }
  const rate = (events: number, seconds: number) => Math.round(events / seconds);
  for (const run of runs)
    console.log(
      `${run.name}: append ${rate(total, run.append).toLocaleString('en-GB')} events/s, read ${rate(3 * total, run.read).toLocaleString('en-GB')} events/s`,
    );
  const [b, s] = runs;
  if (b && s)
    console.log(
      `sealed / bare: append ${(b.append / s.append).toFixed(2)}×, read ${(b.read / s.read).toFixed(2)}× the throughput (load now ${load()})`,
    );
  for (const run of runs) await run.store.close();
  await keys.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
