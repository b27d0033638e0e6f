import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSqliteEventStore, type EventStore } from '@ladder/event-store';
import { generateCouncil, type Council } from '@ladder/demo';
import { truthHeadcount } from '@ladder/demo/testing';
import {
  IsoDate,
  IsoDateTime,
  evaluate,
  rulesKnownAt,
  verdictSignature,
  type RecordedFact,
} from '@ladder/domain';
import { loadCouncil } from '../test/load-council';
import { allProjections } from './all';
import { complianceDue } from './compliance/queries';
import { staffDirectory } from './directory/queries';
import { eligibilityPipeline } from './eligibility/pipeline';
import { eligibilityOn } from './eligibility/queries';
import { dumpProjection } from './runner/dump';
import { openReadModels } from './runner/read-model-db';
import { rebuild } from './runner/rebuild';
import { startRunner } from './runner/runner';
import { headcount, timeInGrade } from './workforce/placement/queries';
import { regradeCases } from './workforce/regrade-cases/queries';
import { openVacancies } from './workforce/vacancies/queries';
import { verifyAuditChain } from './audit/verify';

const mapLeft = <A>(e: E.Either<unknown, A>): E.Either<{ message: string }, A> =>
  E.mapLeft(() => ({ message: 'invalid value' }))(e);

const right = <A>(e: E.Either<{ message: string }, A>): A => {
  if (E.isLeft(e)) throw new Error(e.left.message);
  return e.right;
};

describe('a generated council through every read model', () => {
  let council: Council;
  let store: EventStore;
  let db: ReturnType<typeof openReadModels>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-council-'));
    council = generateCouncil({ seed: 42, staff: 200, years: 4, startDate: '2019-04-01' });
    store = getSqliteEventStore({ path: join(dir, 'events.db') });
    await loadCouncil(store, council.appends);
    db = openReadModels(join(dir, 'read.db'));
    const runner = startRunner({ store, db, projections: allProjections });
    await runner.caughtUp;
    await runner.stop();
  });

  it('counts the same heads as the generator’s own records, on many dates and by every dimension', () => {
    const dates = [
      '2019-04-01',
      '2019-04-15',
      '2019-06-30',
      '2020-01-01',
      '2021-02-28',
      '2022-03-31',
      '2023-03-31',
    ];
    for (const date of dates)
      for (const groupBy of [
        [],
        ['jobFamily'],
        ['grade'],
        ['team'],
        ['zone'],
        ['jobFamily', 'grade', 'team', 'zone'],
      ] as const) {
        const rows = right(headcount(db, { asOf: date, groupBy }));
        const ours = new Map(
          rows.map((r) => [groupBy.map((d) => r.group[d]).join('|'), r.headcount]),
        );
        expect(ours, `${date} by ${groupBy.join(',')}`).toEqual(
          truthHeadcount(council.truth, date, groupBy),
        );
      }
  });

  it('lists the vacancies open on a date as the generator opened and closed them', () => {
    for (const date of ['2020-06-01', '2021-11-15', '2023-01-01']) {
      const expected = council.truth.vacancies
        .filter((v) => v.openedOn <= date && (v.closedOn === null || v.closedOn > date))
        .map((v) => v.vacancyId)
        .sort();
      expect(
        right(openVacancies(db, { asOf: date }))
          .map((v) => v.vacancyId)
          .sort(),
      ).toEqual(expected);
    }
  });

  it('tracks regrade cases in every state', () => {
    const { byState, cases } = right(regradeCases(db, { asOf: council.truth.endDate }));
    const expected = new Map(council.truth.regradeCases.map((c) => [c.caseId, c.state]));
    expect(new Map(cases.map((c) => [c.caseId, c.state]))).toEqual(expected);
    expect(
      byState
        .filter((s) => s.count > 0)
        .map((s) => s.state)
        .sort(),
    ).toEqual(['approved', 'assessed', 'completed', 'rejected', 'requested', 'withdrawn']);
  });

  it('answers directory, time-in-grade and compliance queries consistently', () => {
    const active = right(staffDirectory(db, { status: 'active', limit: 500 })).entries;
    const end = council.truth.endDate;
    const lastDay = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const truthActive = [...truthHeadcount(council.truth, lastDay, []).values()][0];
    expect(active.length).toBe(truthActive);
    const tig = right(timeInGrade(db, { asOf: lastDay }));
    expect(tig).toHaveLength(active.length);
    const grades = new Map(active.map((a) => [a.staffId, a.grade]));
    for (const t of tig) expect(t.grade).toBe(grades.get(t.staffId));
    const due = right(complianceDue(db, { asOf: '2022-03-15', withinDays: 60 }));
    expect(due.length).toBeGreaterThan(0);
    for (const item of due) expect(item.dueOn <= '2022-05-14').toBe(true);
    expect(new Set(due.map((d) => d.kind))).toEqual(new Set(['registration', 'dbs', 'training']));
  });

  it('keeps each verdict with its holds-until, and a stored verdict equals the on-demand one', () => {
    const pipeline = right(eligibilityPipeline(db));
    expect(pipeline.length).toBeGreaterThan(100);
    for (const entry of pipeline.slice(0, 100)) {
      const onDemand = right(
        eligibilityOn(db, entry.staffId, {
          effectiveOn: entry.verdict.effectiveOn,
          knownAt: entry.verdict.knownAt,
        }),
      );
      expect(onDemand).toEqual(entry.verdict);
      if (entry.holdsUntil !== null) {
        const dayBefore = new Date(Date.parse(`${entry.holdsUntil}T00:00:00Z`) - 86_400_000)
          .toISOString()
          .slice(0, 10);
        const before = right(
          eligibilityOn(db, entry.staffId, {
            effectiveOn: dayBefore,
            knownAt: entry.verdict.knownAt,
          }),
        );
        const at = right(
          eligibilityOn(db, entry.staffId, {
            effectiveOn: entry.holdsUntil,
            knownAt: entry.verdict.knownAt,
          }),
        );
        expect(verdictSignature(before)).toBe(verdictSignature(entry.verdict));
        expect(verdictSignature(at)).not.toBe(verdictSignature(entry.verdict));
      }
    }
    // Another date is evaluated on demand.
    const earlier = right(eligibilityPipeline(db, { asOf: '2020-09-01' }));
    expect(earlier.some((e) => e.source === 'evaluated')).toBe(true);
    for (const e of earlier)
      expect(e.verdict.effectiveOn === '2020-09-01' || e.source === 'stored').toBe(true);
  });

  it('gives the domain evaluator’s own verdict, evaluated over the full log', async () => {
    const all: RecordedFact[] = [];
    for await (const e of store.readAll()) all.push(e);
    const rules = all.filter(
      (e) => e.streamName.startsWith('policy-') || e.streamName.startsWith('framework-'),
    );
    const vacancies = all.filter((e) => e.streamName.startsWith('vacancy-'));
    // Both families: Family Workers' verdicts also rest on the vacancies at the next grade.
    const people = right(staffDirectory(db, { limit: 80 })).entries;
    expect(new Set(people.map((p) => p.jobFamily)).size).toBe(2);
    for (const [i, sw] of people.entries()) {
      const effectiveOn =
        ['2019-05-01', '2020-02-29', '2021-07-15', '2022-12-31', '2023-03-30'][i % 5] ??
        '2021-01-01';
      const knownAt =
        all[Math.floor((all.length * (i + 1)) / (people.length + 1))]?.recordedAt ?? '';
      const own = all.filter((e) => e.streamName === `staff-${sw.staffId}`);
      const expected = evaluate([...own, ...vacancies], rulesKnownAt(rules, knownAt), {
        effectiveOn: right(mapLeft(IsoDate.decode(effectiveOn))),
        knownAt: right(mapLeft(IsoDateTime.decode(knownAt))),
        staffId: sw.staffId,
      });
      expect(right(eligibilityOn(db, sw.staffId, { effectiveOn, knownAt }))).toEqual(expected);
    }
  });

  it('rebuilds twice (one thread, then two) to byte-identical read models, equal to the incrementally built ones', async () => {
    const incremental = allProjections.map((p) => dumpProjection(db, p));
    const first = await rebuild({ store, db, projections: allProjections });
    expect(first.outcomes.every((o) => o.kind === 'swapped')).toBe(true);
    const once = allProjections.map((p) => dumpProjection(db, p));
    // Eligibility replayed on a worker thread of its own, the others here.
    const second = await rebuild({ store, db, projections: allProjections, threads: 2 });
    expect(second.outcomes.every((o) => o.kind === 'swapped')).toBe(true);
    const twice = allProjections.map((p) => dumpProjection(db, p));
    for (const [i, p] of allProjections.entries()) {
      expect(twice[i], p.name).toBe(once[i]);
      expect(once[i], p.name).toBe(incremental[i]);
    }
    expect((await verifyAuditChain(db, store)).firstBreak).toBeNull();
  });
});
