import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { IsoDate, IsoDateTime, evaluate, rulesKnownAt, type RecordedFact } from '@ladder/domain';
import { getSqliteEventStore, type EventStore, type NewEvent } from '@ladder/event-store';
import { generatePerson } from '@ladder/demo';
import { loadCouncil } from '../../test/load-council';
import { openReadModels } from '../runner/read-model-db';
import { rebuild } from '../runner/rebuild';
import { startRunner } from '../runner/runner';
import { eligibilityProjection } from './projection';
import { eligibilityPipeline, keepVerdictsOn } from './pipeline';
import { eligibilityOn } from './queries';

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

const dates = ['2018-06-01', '2019-03-15', '2020-01-31', '2020-11-30', '2021-08-01', '2022-05-20'];
// Later than anything recorded: the whole history as the read model holds it counts.
const knownAt = '2100-01-01T00:00:00.000Z';

/** The domain evaluator's verdict over everything in the store, for each date. */
const expectedFrom = async (store: EventStore, staffId: string) => {
  const all: RecordedFact[] = [];
  for await (const e of store.readAll()) all.push(e);
  const own = all.filter((e) => e.streamName === `staff-${staffId}`);
  const vacancies = all.filter((e) => e.streamName.startsWith('vacancy-'));
  const rules = rulesKnownAt(
    all.filter((e) => e.streamName.startsWith('policy-') || e.streamName.startsWith('framework-')),
    knownAt,
  );
  return dates.map((effectiveOn) =>
    evaluate([...own, ...vacancies], rules, {
      effectiveOn: right(IsoDate.decode(effectiveOn)),
      knownAt: right(IsoDateTime.decode(knownAt)),
      staffId,
    }),
  );
};

/** One generated person's log in a fresh store, its read models, and a catch-up to its head. */
const onePerson = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const person = generatePerson({ seed: 11, events: 300 });
  const store = getSqliteEventStore({ path: join(dir, 'events.db') });
  const db = openReadModels(join(dir, 'read.db'));
  const catchUp = async () => {
    const runner = startRunner({ store, db, projections: [eligibilityProjection] });
    await runner.caughtUp;
    await runner.stop();
  };
  return { person, half: Math.floor(person.appends.length / 2), store, db, catchUp };
};

const asked = (db: ReturnType<typeof openReadModels>, staffId: string) =>
  dates.map((effectiveOn) => right(eligibilityOn(db, staffId, { effectiveOn, knownAt })));

describe('on-demand eligibility reuses what it decoded, until new facts arrive', () => {
  it('answers from the new facts after they arrive, and after a rebuild, as the domain evaluator does', async () => {
    const { person, half, store, db, catchUp } = onePerson('ladder-elig-cache-');
    try {
      await loadCouncil(store, person.appends.slice(0, half));
      await catchUp();
      const early = asked(db, person.staffId);
      expect(early).toEqual(await expectedFrom(store, person.staffId));
      // Asked twice: the kept decoding gives the same answers.
      expect(asked(db, person.staffId)).toEqual(early);

      await loadCouncil(store, person.appends.slice(half));
      await catchUp();
      const later = asked(db, person.staffId);
      expect(later).toEqual(await expectedFrom(store, person.staffId));
      // Otherwise this test could not tell a stale answer from a fresh one.
      expect(JSON.stringify(later)).not.toBe(JSON.stringify(early));

      await rebuild({ store, db, projections: [eligibilityProjection] });
      expect(asked(db, person.staffId)).toEqual(later);

      // A new policy version (fewer criteria, from 2021) is taken into account too.
      const published = person.appends
        .filter((a) => a.streamName === 'policy-social-worker')
        .flatMap((a) => a.events)
        .at(-1);
      if (published === undefined) throw new Error('the generated person has no policy');
      const data = published.data as {
        document: { version: number; criteria: unknown[] };
        publishedOn: string;
      };
      const document = data.document;
      const next: NewEvent = {
        ...published,
        eventId: randomUUID(),
        effectiveAt: '2020-12-01T09:00:00.000Z',
        data: {
          ...data,
          publishedOn: '2020-12-01',
          document: {
            ...document,
            version: document.version + 1,
            effectiveFrom: '2021-01-01',
            criteria: document.criteria.slice(0, 2),
          },
        } as NewEvent['data'],
      };
      right(await store.append('policy-social-worker', [next]));
      await catchUp();
      const revised = asked(db, person.staffId);
      expect(revised).toEqual(await expectedFrom(store, person.staffId));
      expect(revised.map((v) => v.policy?.version)).not.toEqual(
        later.map((v) => v.policy?.version),
      );
    } finally {
      db.close();
      await store.close();
    }
  });
});

describe('the pipeline keeps the verdicts it evaluated for a date', () => {
  it('reads them on the next ask of that date, and evaluates again once new facts arrive', async () => {
    const { person, half, store, db, catchUp } = onePerson('ladder-pipeline-kept-');
    // Before the person's latest facts: never the stored "as of now" verdict.
    const asOf = '2019-03-15';
    const entryOf = () => {
      const entries = right(eligibilityPipeline(db, { asOf }));
      const entry = entries.find((e) => e.staffId === person.staffId);
      if (entry === undefined) throw new Error('the person is not in the pipeline');
      return entry;
    };
    const onDemand = () => right(eligibilityOn(db, person.staffId, { effectiveOn: asOf }));
    try {
      await loadCouncil(store, person.appends.slice(0, half));
      await catchUp();
      const first = entryOf();
      expect(first.source).toBe('evaluated');
      expect(first.verdict).toEqual(onDemand());
      const again = entryOf();
      expect(again.source).toBe('kept');
      expect(again.verdict).toEqual(first.verdict);

      await loadCouncil(store, person.appends.slice(half));
      await catchUp();
      // Kept ahead of the asking (as the API does for today), then read.
      expect(await keepVerdictsOn(db, asOf)).toBe(1);
      expect(await keepVerdictsOn(db, asOf)).toBe(0);
      const after = entryOf();
      expect(after.source).toBe('kept');
      expect(after.verdict).toEqual(onDemand());
      // Otherwise this test could not tell a kept answer from a fresh one.
      expect(after.verdict.knownAt).not.toBe(first.verdict.knownAt);
      expect(entryOf().source).toBe('kept');
    } finally {
      db.close();
      await store.close();
    }
  });
});
