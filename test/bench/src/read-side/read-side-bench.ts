import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request, type Result } from 'autocannon';
import { pino } from 'pino';
import { issueToken, startLadder } from '@ladder/api';
import { generateCouncil } from '@ladder/demo';
import { getSqliteEventStore } from '@ladder/event-store';
import { openVacancies, staffDirectory } from '@ladder/projections';

// A demo council appended straight to a SQLite store (LADDER_BENCH_STAFF people over
// LADDER_BENCH_YEARS years: 3,000 × 10 ≈ 150,000 events), then a real Ladder server started
// over it (its first start projects the backlog), then one connection per route so the
// figures are latencies, not throughput. Goals from issue 18 are printed beside them.

const staff = Number(process.env['LADDER_BENCH_STAFF'] ?? 3000);
const years = Number(process.env['LADDER_BENCH_YEARS'] ?? 10);
const seconds = Number(process.env['LADDER_BENCH_SECONDS'] ?? 10);
const secret = 'bench-secret-bench-secret-bench-secret';

const line = (label: string, r: Result, goalMs?: number): string =>
  `${label}: p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  max ${r.latency.max} ms  (${r['2xx']} ok, ${r.non2xx} non-2xx)` +
  (goalMs === undefined
    ? ''
    : `  goal p99 < ${goalMs} ms: ${r.latency.p99 < goalMs && r.non2xx === 0 ? 'met' : 'NOT met'}`);

export const runReadSideBench = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-read-side-bench-'));
  const eventStore = join(dir, 'events.sqlite');
  // The seeded log is kept between runs (a million events take many minutes to append here):
  // each run copies it and starts a server over the copy, so its first start is measured anew.
  const cache = join(tmpdir(), 'ladder-bench');
  const cached = join(cache, `read-side-${staff}-${years}.sqlite`);
  try {
    const seeding = Date.now();
    if (!existsSync(cached)) {
      mkdirSync(cache, { recursive: true });
      const building = `${cached}.building`;
      rmSync(building, { force: true });
      const store = getSqliteEventStore({ path: building });
      // 512 appends in flight, in the council's order: the store's group commit writes each
      // window in one transaction (as the demo seeding does).
      const { appends } = generateCouncil({ seed: 18, staff, years });
      for (let from = 0; from < appends.length; from += 512) {
        const window = appends.slice(from, from + 512);
        for (const r of await Promise.all(window.map((a) => store.append(a.streamName, a.events))))
          if (r._tag === 'Left') throw new Error(JSON.stringify(r.left));
      }
      await store.close();
      renameSync(building, cached);
    }
    copyFileSync(cached, eventStore);
    const seededMs = Date.now() - seeding;
    const counting = getSqliteEventStore({ path: eventStore });
    const events = await counting.headPosition();
    await counting.close();

    const starting = Date.now();
    const runtime = await startLadder({
      eventStore,
      readModels: join(dir, 'read-models.sqlite'),
      dataDir: dir,
      auth: { kind: 'hs256', secret },
      logger: pino({ level: 'silent' }),
    });
    await runtime.settle();
    const caughtUpMs = Date.now() - starting;
    try {
      const asOf = new Date().toISOString().slice(0, 10);
      const bearer = async (id: string, role: 'hr-admin' | 'auditor' | 'planner') =>
        `Bearer ${await issueToken(secret, { id, role })}`;
      const hr = await bearer('bench-hr', 'hr-admin');
      const auditor = await bearer('bench-auditor', 'auditor');
      const planner = await bearer('bench-planner', 'planner');
      const people = staffDirectory(runtime.readDb, {
        jobFamily: 'family-worker',
        grade: 'L1',
        status: 'active',
        limit: 500,
      });
      const posts = openVacancies(runtime.readDb, {
        asOf,
        jobFamily: 'family-worker',
        grade: 'L2',
      });
      if (people._tag === 'Left' || posts._tag === 'Left')
        throw new Error('the council has no one to ask about');
      const ids = people.right.entries.map((p) => p.staffId);
      const first = people.right.entries[0];
      if (first === undefined) throw new Error('no L1 family worker on the staff');
      // A post to request against, opened today if the council has none open now.
      let post = posts.right[0]?.vacancyId;
      if (post === undefined) {
        post = 'bench-l2';
        const opened = await fetch(`${runtime.url}/vacancies`, {
          method: 'POST',
          headers: { authorization: hr, 'content-type': 'application/json' },
          body: JSON.stringify({
            vacancyId: post,
            jobFamily: 'family-worker',
            grade: 'L2',
            serviceArea: 'childrens-services',
            team: first.team,
            zone: first.zone,
            openedOn: asOf,
          }),
        });
        if (opened.status !== 201) throw new Error(`opening a post: ${opened.status}`);
      }

      let n = 0;
      const run = (requests: Request[], url = runtime.url) =>
        autocannon({ url, connections: 1, duration: seconds, requests });
      const eligibility = await run([
        {
          method: 'GET',
          headers: { authorization: auditor },
          setupRequest: (req) => ({ ...req, path: `/staff/${ids[n++ % ids.length]}/eligibility` }),
        },
      ]);
      const regrades = await run([
        {
          method: 'POST',
          headers: { authorization: hr, 'content-type': 'application/json' },
          setupRequest: (req) => {
            const i = n++;
            return {
              ...req,
              path: '/regrades',
              body: JSON.stringify({
                caseId: `bench-${i}`,
                staffId: ids[i % ids.length],
                jobFamily: 'family-worker',
                fromGrade: 'L1',
                toGrade: 'L2',
                vacancyId: post,
              }),
            };
          },
        },
      ]);
      await runtime.settle();
      const pipeline = await run([
        {
          method: 'GET',
          path: `/workforce/pipeline?asOf=${asOf}`,
          headers: { authorization: planner },
        },
      ]);
      // /healthz while whole-log verifications run back to back in worker threads.
      let verifying = true;
      let verified = 0;
      const verifications = (async () => {
        while (verifying) {
          const started = await fetch(`${runtime.url}/audit/verifications`, {
            method: 'POST',
            headers: { authorization: auditor, 'content-type': 'application/json' },
            body: '{}',
          });
          const job = runtime.ladder.services.read.verifications.finished(
            String(((await started.json()) as { id: string }).id),
          );
          const done = await job;
          if (done?.status === 'done') verified++;
        }
      })();
      const health = await run([{ method: 'GET', path: '/healthz' }]);
      verifying = false;
      await verifications;

      const load = loadavg()
        .map((x) => x.toFixed(1))
        .join(' ');
      console.log(
        `${new Date().toISOString()}, load average ${load} (other work skews the figures)`,
      );
      console.log(
        `council: ${staff} staff over ${years} years, ${events.toString()} events; appended (or copied from the kept log) in ${(seededMs / 1000).toFixed(1)} s; first start projected it in ${(caughtUpMs / 1000).toFixed(1)} s`,
      );
      console.log(line('GET /staff/{id}/eligibility', eligibility, 10));
      console.log(line('POST /regrades (assessed at once)', regrades, 30));
      console.log(line('GET /workforce/pipeline', pipeline));
      console.log(
        line(`GET /healthz during verification (${verified} whole-log jobs done)`, health, 50),
      );
      console.log('goals (issue 18) are for 1,000,000 events; this run is at the size above.');
    } finally {
      await runtime.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
