// Event ids and the unique event-id index: the ids commands wrote before (name-based v5, as
// good as random) against the time-ordered ids they write now (commandEventId), appended
// alternately to two store files in one process, so both see the same load at the same
// moment (the machine is shared; cells run minutes apart drift more than the effect).
// Env: BENCH_ID_EVENTS=100000 (per file)  BENCH_ID_BATCH=100 (events per append)
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandEventId, derivedEventId } from '@ladder/domain';
import { getSqliteEventStore } from '@ladder/event-store';
import { newEvent } from './event-store/ladder-cell';

const total = Number(process.env['BENCH_ID_EVENTS'] ?? 100_000);
const batch = Number(process.env['BENCH_ID_BATCH'] ?? 100);
const schemes = {
  'v5 (before)': (commandId: string, i: number) => derivedEventId(commandId, i),
  'time-ordered v8 (now)': (commandId: string, i: number) =>
    commandEventId(commandId, i, Date.now()),
} as const;

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(
  `${new Date().toISOString()}: ${total.toLocaleString('en-GB')} events per file, ${batch} per append, load ${load()}`,
);
const dir = mkdtempSync(join(tmpdir(), 'ladder-ids-bench-'));
try {
  const runs = Object.entries(schemes).map(([name, idOf], i) => ({
    name,
    idOf,
    store: getSqliteEventStore({ path: join(dir, `ids-${i}.db`) }),
    seconds: 0,
    lastTenth: 0,
  }));
  for (let append = 0; append * batch < total; append += 1) {
    for (const run of runs) {
      const stream = `staff-${append % 1000}`;
      const commandId = `http:bench:hr-admin:key-${append}:${stream}:JoinStaff`;
      const started = performance.now();
      const events = Array.from({ length: batch }, (_, i) =>
        newEvent(append * batch + i, run.idOf(commandId, i)),
      );
      const result = await run.store.append(stream, events);
      if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
      const seconds = (performance.now() - started) / 1000;
      run.seconds += seconds;
      if ((append + 1) * batch > total * 0.9) run.lastTenth += seconds;
    }
  }
  for (const run of runs) {
    await run.store.close();
    console.log(
      `${run.name}: ${Math.round(total / run.seconds).toLocaleString('en-GB')} events/s overall, ${Math.round((total * 0.1) / run.lastTenth).toLocaleString('en-GB')} events/s over the last tenth`,
    );
  }
  const [before, now] = runs;
  if (before && now)
    console.log(
      `time-ordered ÷ v5: ${(before.seconds / now.seconds).toFixed(2)}× overall, ${(before.lastTenth / now.lastTenth).toFixed(2)}× over the last tenth; load after ${load()}`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
