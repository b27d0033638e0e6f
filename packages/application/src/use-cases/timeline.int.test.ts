import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffCommands } from '@ladder/domain';
import { isoDate, isoDateTime } from '@ladder/domain/testing';
import { askedBy, body, hr, joining, openWorld, type World } from '../../test/world';
import { staffTimeline } from './timeline';
import { joinStaff, recordStaffFact } from './staff';

// The auditor's timeline: every recorded fact, placed in the cut for one pair of axes.

let world: World;
/** A few milliseconds between appends, so each is recorded at its own instant. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
beforeEach(async () => {
  world = await openWorld();
  // given a person who joined (2021-04-01), a qualification (awarded 2022-08-20), its retraction
  await joinStaff(world.store, joining('fw-1'), askedBy(hr));
  await tick();
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
  await tick();
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

const statuses = async (effectiveOn: string, knownAt: string) => {
  const timeline = await staffTimeline(world.store, 'fw-1', {
    effectiveOn: isoDate(effectiveOn),
    knownAt: isoDateTime(knownAt),
  });
  if (E.isLeft(timeline)) throw new Error(timeline.left.kind);
  return timeline.right;
};

describe('a person’s timeline on the two time axes', () => {
  it('as known now: every event, the retracted one marked so, the rest in effect or not on E', async () => {
    const now = new Date(Date.now() + 1000).toISOString();
    const timeline = await statuses('2024-01-01', now);
    expect(timeline.events.map((e) => [e.type, e.status])).toEqual([
      ['StaffJoined', 'in-effect'],
      ['QualificationRecorded', 'retracted'],
      // the retraction is effective from the day it was made, after E
      ['FactRetracted', 'not-in-effect'],
    ]);
  });

  it('lists the recording instants, earliest first', async () => {
    const stored = await world.events('staff-fw-1');
    const timeline = await statuses('2024-01-01', new Date().toISOString());
    expect(timeline.recordedInstants).toEqual(stored.map((e) => e.recordedAt));
    expect(new Set(timeline.recordedInstants).size).toBe(3);
  });

  it('as known when only the joining was recorded: the later facts are not yet known', async () => {
    const [joined] = await world.events('staff-fw-1');
    const timeline = await statuses('2023-01-01', joined?.recordedAt ?? '');
    expect(timeline.events.map((e) => e.status)).toEqual([
      'in-effect',
      'not-yet-known',
      'not-yet-known',
    ]);
  });

  it('before the retraction was recorded, the qualification counts from its own date', async () => {
    const [, qualified] = await world.events('staff-fw-1');
    const knownAt = qualified?.recordedAt ?? '';
    expect((await statuses('2022-08-19', knownAt)).events.map((e) => e.status)).toEqual([
      'in-effect',
      'not-in-effect',
      'not-yet-known',
    ]);
    expect((await statuses('2022-08-20', knownAt)).events.map((e) => e.status)).toEqual([
      'in-effect',
      'in-effect',
      'not-yet-known',
    ]);
  });

  it('no such person is not-found', async () => {
    const knownAt = isoDateTime(new Date().toISOString());
    expect(
      await staffTimeline(world.store, 'nobody', { effectiveOn: isoDate('2024-01-01'), knownAt }),
    ).toMatchObject({ _tag: 'Left', left: { kind: 'not-found' } });
  });
});
