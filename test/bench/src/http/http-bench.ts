import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { pino } from 'pino';
import { issueToken, startLadder } from '@ladder/api';

// HTTP figures on loopback: a real Ladder server (SQLite store with synchronous=FULL, the
// projector and the regrade process in-process) on a free port, driven by autocannon.

const seconds = Number(process.env['LADDER_BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['LADDER_BENCH_CONNECTIONS'] ?? 32);
const staffCount = 200;
const secret = 'bench-secret-bench-secret-bench-secret';

const figures = (label: string, r: Result, conns = connections): string => {
  const ok = r['2xx'];
  const perSecond = ok / (r.duration || seconds);
  return [
    `${label}: ${perSecond.toFixed(0)}/s ok (${ok} in ${r.duration.toFixed(1)} s, ${conns} connection${conns === 1 ? '' : 's'})`,
    `  latency ms: p50 ${r.latency.p50}  p90 ${r.latency.p90}  p99 ${r.latency.p99}  max ${r.latency.max}`,
    `  non-2xx ${r.non2xx}  errors ${r.errors}  timeouts ${r.timeouts}`,
  ].join('\n');
};

// Issue 19's goal for commands, printed beside the figures (not a timed test).
const goal = { commandsPerSecond: 1_500, connections: 32, p99Ms: 25 };
const goalLine = (r: Result, conns: number): string => {
  const perSecond = r['2xx'] / (r.duration || seconds);
  const met =
    conns === goal.connections && perSecond >= goal.commandsPerSecond && r.latency.p99 < goal.p99Ms;
  const verdict = conns === goal.connections ? (met ? 'met' : 'NOT met') : 'not measured';
  return `  goal (issue 19): ≥ ${goal.commandsPerSecond.toLocaleString('en-GB')} commands/s at ${goal.connections} connections with p99 < ${goal.p99Ms} ms: ${verdict}`;
};

export const runHttpBench = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-http-bench-'));
  const runtime = await startLadder({
    eventStore: join(dir, 'events.sqlite'),
    readModels: join(dir, 'read-models.sqlite'),
    dataDir: dir,
    auth: { kind: 'hs256', secret },
    logger: pino({ level: 'silent' }),
  });
  try {
    const hr = await issueToken(secret, { id: 'bench-hr', role: 'hr-admin' });
    const planner = await issueToken(secret, { id: 'bench-planner', role: 'planner' });
    const headers = { authorization: `Bearer ${hr}`, 'content-type': 'application/json' };
    for (let i = 0; i < staffCount; i++) {
      const res = await fetch(`${runtime.url}/staff`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          staffId: `b${i}`,
          jobFamily: i % 2 === 0 ? 'family-worker' : 'social-worker',
          grade: i % 2 === 0 ? 'L1' : 'SW2',
          team: `team-${i % 10}`,
          zone: `zone-${i % 5}`,
          contractedHours: 37,
          joinedOn: '2022-04-01',
        }),
      });
      if (res.status !== 201) throw new Error(`seeding staff b${i}: ${res.status}`);
    }
    await runtime.settle();

    let n = 0;
    const commandRun = (conns: number, duration: number) =>
      autocannon({
        url: runtime.url,
        connections: conns,
        duration,
        requests: [
          {
            method: 'POST',
            headers,
            // Spread over many staff streams, as HR recording facts for a council would.
            setupRequest: (req) => ({
              ...req,
              path: `/staff/b${n++ % staffCount}/training`,
              body: JSON.stringify({ course: 'cpd', completedOn: '2024-05-01' }),
            }),
          },
        ],
      });
    // One at a time first: the latency of a command with nothing queued ahead of it.
    const single = await commandRun(1, Math.max(3, Math.round(seconds / 2)));
    await runtime.settle();
    const before = await runtime.store.headPosition();
    const commands = await commandRun(connections, seconds);
    const written = (await runtime.store.headPosition()) - before;
    const settleStarted = Date.now();
    await runtime.settle();
    const settleMs = Date.now() - settleStarted;

    const asOf = new Date().toISOString().slice(0, 10);
    const queries = await autocannon({
      url: `${runtime.url}/workforce/headcount?asOf=${asOf}&groupBy=jobFamily,grade,team`,
      connections,
      duration: Math.max(3, Math.round(seconds / 2)),
      headers: { authorization: `Bearer ${planner}` },
    });

    const load = loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
    console.log(`${new Date().toISOString()}, load average ${load} (other work skews the figures)`);
    console.log(figures('commands one at a time (POST /staff/{id}/training)', single, 1));
    console.log(
      figures('commands (POST /staff/{id}/training: validate, load, decide, append)', commands),
    );
    console.log(goalLine(commands, connections));
    // autocannon stops counting at the deadline; requests still in flight then are written too.
    const accounted =
      written >= BigInt(commands['2xx']) && written <= BigInt(commands['2xx'] + connections);
    console.log(
      `  events written ${written.toString()} for ${commands['2xx']} ok commands (+ up to ${connections} in flight): ${accounted ? 'accounted for' : 'MISMATCH'}`,
    );
    console.log(`  read models caught up ${settleMs} ms after the last command`);
    console.log(
      figures('queries (GET /workforce/headcount grouped by family, grade, team)', queries),
    );
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
