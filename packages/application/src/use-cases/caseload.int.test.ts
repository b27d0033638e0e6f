import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ActorRef,
  OpenCase,
  IsoDate,
  StaffCommand,
  NonEmptyString,
  StreamId,
} from '@ladder/domain';
import { command, isoDateTime } from '@ladder/domain/testing';
import {
  getSqliteCheckpointStore,
  getSqliteEventStore,
  type CheckpointStore,
  type EventStore,
} from '@ladder/event-store';
import { aggregates } from '../aggregates';
import { startCaseloadProcess } from '../caseload-process-runner';
import { publishSeedFrameworks } from '../frameworks/seed-frameworks';
import { handleCommand } from '../handle-command';
import { allocateCase, allocationOptions, closeCase, openCase } from './caseload';
import { loadAllocation } from './load';
import type { RequestMeta } from './request';

const actor = (id: string, role: string): ActorRef => {
  const a = ActorRef.decode({ id, role });
  if (E.isLeft(a)) throw new TypeError(id);
  return a.right;
};
const hr = actor('hr-1', 'hr-admin');
const manager = actor('tm-1', 'manager');
const otherManager = actor('tm-2', 'manager');
const date = (s: string): IsoDate => {
  if (!IsoDate.is(s)) throw new TypeError(s);
  return s;
};
const asked = (by: ActorRef): RequestMeta => ({
  actor: by,
  at: isoDateTime('2024-06-03T09:00:00Z'),
  correlationId: 'corr-1',
  causationId: null,
});

const must = async <A>(result: Promise<E.Either<unknown, A>>): Promise<A> => {
  const r = await result;
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const staff = (store: EventStore, staffId: string, type: string, data: unknown) =>
  must(
    handleCommand(
      store,
      aggregates.staff,
      StreamId.staff(staffId),
      command(StaffCommand, type, data, { actor: hr }),
      { correlationId: 'setup', causationId: null },
    ),
  );
const join_ = (store: EventStore, staffId: string, grade: string, team: string, hours = 37) =>
  staff(store, staffId, 'JoinStaff', {
    staffId,
    jobFamily: 'social-worker',
    grade,
    team,
    zone: 'Bexley',
    contractedHours: hours,
    joinedOn: '2020-01-01',
  });
const opening = (
  caseReference: string,
  complexity: number,
  libertyFlags: string[],
  team = 'East',
) =>
  command(OpenCase.codec, 'OpenCase', {
    caseReference,
    team,
    complexity,
    libertyFlags,
    openedOn: '2024-05-01',
  }).data;
const id = (s: string): NonEmptyString => {
  if (!NonEmptyString.is(s)) throw new TypeError(s);
  return s;
};

describe('caseload allocation by a manager', () => {
  let dir: string;
  let store: EventStore;
  let checkpoints: CheckpointStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-caseload-'));
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    await publishSeedFrameworks(store, new Date());
    checkpoints = getSqliteCheckpointStore({ path: join(dir, 'checkpoints.sqlite') });
    await join_(store, 'tm-1', 'SW3', 'East');
    await join_(store, 'tm-2', 'SW3', 'West');
    await join_(store, 'sw-2', 'SW2', 'East', 18.5);
    await join_(store, 'sw-3', 'SW3', 'East');
    for (const r of ['sw-2', 'sw-3'])
      await staff(store, 'tm-1', 'AssignLineManager', { reportId: r, assignedOn: '2020-01-01' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('allocates by the rule, reading grade and caseload from the record on the date', async () => {
    await must(
      openCase(store, opening('CIN-0001', 3, ['care-or-court-proceedings']), asked(manager)),
    );
    const refused = await allocateCase(
      store,
      'CIN-0001',
      { type: 'AllocateCase', staffId: 'sw-2', on: date('2024-05-02') },
      asked(manager),
    );
    expect(E.isLeft(refused) && refused.left.kind === 'domain' && refused.left.error.code).toBe(
      'LibertyAffectingCaseRefused',
    );
    const options = await must(
      allocationOptions(store, { actor: manager }, 'CIN-0001', date('2024-05-02'), [
        'sw-2',
        'sw-3',
      ]),
    );
    expect(
      options.workers.map((w) =>
        'fit' in w ? [w.staffId, w.fit.verdict] : [w.staffId, w.unjudged],
      ),
    ).toEqual([
      ['sw-2', 'emergency-only'],
      ['sw-3', 'may-hold'],
    ]);
    await must(
      allocateCase(
        store,
        'CIN-0001',
        { type: 'AllocateCase', staffId: 'sw-3', on: date('2024-05-02') },
        asked(manager),
      ),
    );
    const loaded = await must(loadAllocation(store, 'CIN-0001'));
    expect(loaded.state.status !== 'none' && loaded.state.holder?.staffId).toBe('sw-3');
  });

  it('flags a half-time worker over 9 cases (18 per FTE) and still allocates', async () => {
    for (let i = 1; i <= 10; i++) {
      const ref = `CIN-${String(i).padStart(4, '0')}`;
      await must(openCase(store, opening(ref, 2, []), asked(manager)));
      await must(
        allocateCase(
          store,
          ref,
          { type: 'AllocateCase', staffId: 'sw-2', on: date('2024-05-02') },
          asked(manager),
        ),
      );
    }
    const tenth = [];
    for await (const e of store.readStream('allocation-CIN-0010')) tenth.push(e);
    expect(tenth[1]?.data).toMatchObject({ casesHeld: 10, overLimit: { limit: 9 } });
    const ninth = [];
    for await (const e of store.readStream('allocation-CIN-0009')) ninth.push(e);
    expect(ninth[1]?.data).not.toHaveProperty('overLimit');
  });

  it("keeps a manager to their own team's cases and their own line", async () => {
    const notOurs = await openCase(store, opening('CIN-0002', 1, [], 'West'), asked(manager));
    expect(E.isLeft(notOurs) && notOurs.left.kind).toBe('case-of-another-team');
    await must(openCase(store, opening('CIN-0003', 1, []), asked(manager)));
    const otherLine = await allocateCase(
      store,
      'CIN-0003',
      { type: 'AllocateCase', staffId: 'sw-3', on: date('2024-05-02') },
      asked(otherManager),
    );
    expect(E.isLeft(otherLine) && otherLine.left.kind).toBe('case-of-another-team');
    const closed = await closeCase(
      store,
      'CIN-0003',
      { closedOn: date('2024-06-01') },
      asked(otherManager),
    );
    expect(E.isLeft(closed) && closed.left.kind).toBe('case-of-another-team');
    expect(
      E.isRight(
        await closeCase(store, 'CIN-0003', { closedOn: date('2024-06-01') }, asked(manager)),
      ),
    ).toBe(true);
  });

  it('puts a leaver’s cases, and cases a lower grade cannot hold, before the manager', async () => {
    const process = await startCaseloadProcess({ store, checkpoints });
    try {
      await must(openCase(store, opening('LAC-0001', 4, ['secure-accommodation']), asked(manager)));
      await must(openCase(store, opening('CIN-0004', 2, []), asked(manager)));
      for (const ref of ['LAC-0001', 'CIN-0004'])
        await must(
          allocateCase(
            store,
            ref,
            { type: 'AllocateCase', staffId: 'sw-3', on: date('2024-05-02') },
            asked(manager),
          ),
        );
      const regraded = await staff(store, 'sw-3', 'ChangeGrade', {
        to: 'SW2',
        changedOn: '2024-07-01',
      });
      await process.waitFor(regraded.position ?? 0n);
      const needs = async (ref: string) => {
        const s = (await must(loadAllocation(store, ref))).state;
        return s.status === 'none' ? null : s.needsReallocation;
      };
      expect(await needs('LAC-0001')).toEqual({ staffId: id('sw-3'), cause: 'grade-below-case' });
      expect(await needs('CIN-0004')).toBeNull();
      const left = await staff(store, 'sw-3', 'RecordLeaving', { leftOn: '2024-08-31' });
      await process.waitFor(left.position ?? 0n);
      expect(await needs('CIN-0004')).toEqual({ staffId: id('sw-3'), cause: 'worker-left' });
      expect(process.failures).toEqual([]);
    } finally {
      await process.close();
    }
  });
});
