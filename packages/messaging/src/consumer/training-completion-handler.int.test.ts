import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getSqliteEventStore, type EventStore, type RecordedEvent } from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/kafka-test-kit';
import { staffJoined } from '../../test/staff-events';
import { trainingCompletionHandler } from './training-completion-handler';

// The handler against a real SQLite store: once-only apply without Kafka in the way.

const events = async (store: EventStore, stream: string): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readStream(stream)) out.push(e);
  return out;
};

describe('training completion handler on a real store', () => {
  const dir = tempDir('apply-once');
  let store: EventStore;
  let appends = { ok: 0, conflicts: 0 };
  let handler: ReturnType<typeof trainingCompletionHandler>;

  beforeAll(async () => {
    const real = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    // Counts what the real store answered, to see the retry path taken.
    store = {
      ...real,
      append: async (...args) => {
        const result = await real.append(...args);
        if (E.isRight(result)) appends.ok++;
        else if (result.left.code === 'WrongExpectedRevision') appends.conflicts++;
        return result;
      },
    };
    await store.append('staff-fw-1', [staffJoined('fw-1')]);
    handler = trainingCompletionHandler({
      store,
      topic: 't',
      now: () => '2024-06-02T10:00:00.000Z',
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const message = (messageId: string, course = `course for ${messageId}`) => ({
    messageId,
    staffId: 'fw-1',
    course,
    completedOn: '2024-06-01',
  });

  it('applies a message once; the same message again writes nothing', async () => {
    expect(await handler.handle(message('m-1'))).toEqual(E.right('applied'));
    expect(await handler.handle(message('m-1'))).toEqual(E.right('duplicate'));
    const stream = await events(store, 'staff-fw-1');
    expect(stream.map((e) => e.type)).toEqual(['StaffJoined', 'TrainingCompleted']);
    expect(stream[1]).toMatchObject({
      correlationId: 'm-1',
      effectiveAt: '2024-06-01T00:00:00.000Z',
      data: { course: 'course for m-1', completedOn: '2024-06-01' },
    });
  });

  it('retries on a conflict when several messages for one person race', async () => {
    appends = { ok: 0, conflicts: 0 };
    const ids = ['m-2', 'm-3', 'm-4', 'm-5', 'm-6'];
    const results = await Promise.all(ids.map((id) => handler.handle(message(id))));
    expect(results).toEqual(ids.map(() => E.right('applied')));
    expect(appends.ok).toBe(ids.length);
    expect(appends.conflicts).toBeGreaterThan(0);
    const courses = (await events(store, 'staff-fw-1')).map(
      (e) => (e.data as { course?: string }).course,
    );
    expect(courses.filter((c) => c !== undefined).sort()).toEqual(
      ['m-1', ...ids].map((id) => `course for ${id}`),
    );
  });

  it('rejects an invalid message naming the field, and a refused one naming the rule, writing nothing', async () => {
    const before = await store.headPosition();
    expect(await handler.handle({ ...message('m-7'), completedOn: 'yesterday' })).toEqual(
      E.left({ code: 'invalid', reason: 'completedOn: expected IsoDate, got "yesterday"' }),
    );
    const refused = await handler.handle({ ...message('m-8'), staffId: 'nobody' });
    expect(E.isLeft(refused) && refused.left.code).toBe('refused');
    expect(E.isLeft(refused) && refused.left.reason).toMatch(/^StaffNotFound: /);
    expect(await store.headPosition()).toBe(before);
  });
});
