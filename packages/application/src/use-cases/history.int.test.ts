import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffCommands } from '@ladder/domain';
import { isoDate, isoDateTime } from '@ladder/domain/testing';
import { askedBy, body, hr, joining, openWorld, type World } from '../../test/world';
import { staffHistory } from './history';
import { joinStaff, recordStaffFact } from './staff';

// What an auditor replays: the facts known at R, marking those in effect on E.

let world: World;
beforeEach(async () => {
  world = await openWorld();
  // given a person who joined, a qualification recorded, then retracted
  await joinStaff(world.store, joining('fw-1'), askedBy(hr));
  const q = await recordStaffFact(
    world.store,
    'fw-1',
    'RecordQualification',
    body(staffCommands, 'RecordQualification', {
      qualification: 'gcse-maths',
      awardedOn: '2022-08-20',
    }),
    askedBy(hr),
  );
  if (E.isLeft(q)) throw new Error('not recorded');
  await recordStaffFact(
    world.store,
    'fw-1',
    'RetractFact',
    body(staffCommands, 'RetractFact', {
      eventId: q.right.events[0]?.eventId,
      reason: 'wrong person',
    }),
    askedBy(hr),
  );
});
afterEach(() => world.close());

describe('a person’s history on the two time axes', () => {
  it('as known now: the retracted fact is there, marked retracted and not in effect', async () => {
    const now = isoDateTime(new Date(Date.now() + 1000).toISOString());
    const history = await staffHistory(world.store, 'fw-1', {
      effectiveOn: isoDate('2024-01-01'),
      knownAt: now,
    });
    if (E.isLeft(history)) throw new Error(history.left.kind);
    expect(history.right.revision).toBe(2n);
    expect(history.right.events.map((e) => [e.type, e.inEffect, e.retracted])).toEqual([
      ['StaffJoined', true, false],
      ['QualificationRecorded', false, true],
      // the retraction is effective from the day it was made, after E
      ['FactRetracted', false, false],
    ]);
  });

  it('as known when only the joining was recorded: the later facts are not yet known', async () => {
    const [joined] = await world.events('staff-fw-1');
    const knownAt = isoDateTime(joined?.recordedAt ?? '');
    const history = await staffHistory(world.store, 'fw-1', {
      effectiveOn: isoDate('2020-01-01'),
      knownAt,
    });
    if (E.isLeft(history)) throw new Error(history.left.kind);
    // known then, but not yet in effect on a date before the joining
    expect(history.right.events.map((e) => [e.type, e.inEffect])).toEqual([['StaffJoined', false]]);
    expect(history.right.revision).toBe(2n);
  });

  it('no such person is not-found', async () => {
    const knownAt = isoDateTime(new Date().toISOString());
    expect(
      await staffHistory(world.store, 'nobody', { effectiveOn: isoDate('2024-01-01'), knownAt }),
    ).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-found', stream: { kind: 'staff', id: 'nobody' } },
    });
  });
});
