import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffCommands } from '@ladder/domain';
import { ExpectedRevision } from '@ladder/event-store';
import { askedBy, body, hr, joining, managerNamed, openWorld, type World } from '../../test/world';
import { joinStaff, readStaff, recordStaffFact } from './staff';

// Recording what happens to a person, through the use cases, on a real SQLite file.

const qualification = (name: string) =>
  body(staffCommands, 'RecordQualification', { qualification: name, awardedOn: '2010-08-20' });

let world: World;
/** When HR records a qualification on someone, as asked. */
const qualify = (staffId: string, name: string, asked = askedBy(hr)) =>
  recordStaffFact(world.store, staffId, 'RecordQualification', qualification(name), asked);

beforeEach(async () => {
  world = await openWorld();
});
afterEach(() => world.close());

describe('joining and recording facts', () => {
  it('writes the fact with the request envelope: actor, correlation, causation, reason', async () => {
    // given
    await joinStaff(world.store, joining('fw-1'), askedBy(hr));
    // when
    const written = await qualify(
      'fw-1',
      'gcse-maths',
      askedBy(hr, { reason: 'certificate seen', correlationId: 'c-9', causationId: 'r-9' }),
    );
    // then
    expect(written).toMatchObject({ _tag: 'Right', right: { revision: 1n, replayed: false } });
    const [, recorded] = await world.events('staff-fw-1');
    expect(recorded).toMatchObject({
      type: 'QualificationRecorded',
      actor: { id: 'hr-1', role: 'hr-admin' },
      reason: 'certificate seen',
      correlationId: 'c-9',
      causationId: 'r-9',
    });
  });

  it('a reason the command carries is the event’s, before the request’s', async () => {
    await joinStaff(world.store, joining('fw-2'), askedBy(hr));
    const q = await qualify('fw-2', 'x');
    if (E.isLeft(q)) throw new Error('the qualification was not recorded');
    const eventId = q.right.events[0]?.eventId ?? '';
    await recordStaffFact(
      world.store,
      'fw-2',
      'RetractFact',
      body(staffCommands, 'RetractFact', { eventId, reason: 'typed on the wrong person' }),
      askedBy(hr, { reason: 'from the header' }),
    );
    const events = await world.events('staff-fw-2');
    expect(events[2]).toMatchObject({ type: 'FactRetracted', reason: 'typed on the wrong person' });
  });

  it('a stale expected revision is refused as stale, carrying the actual one; nothing is written', async () => {
    await joinStaff(world.store, joining('fw-3'), askedBy(hr));
    await qualify('fw-3', 'a');
    const stale = await qualify(
      'fw-3',
      'b',
      askedBy(hr, { expectedRevision: ExpectedRevision.exact(0n) }),
    );
    expect(stale).toMatchObject({
      _tag: 'Left',
      left: { kind: 'stale', error: { expected: { kind: 'exact', revision: 0n }, actual: 1n } },
    });
    expect(await world.events('staff-fw-3')).toHaveLength(2);
  });

  it('expecting the stream to exist refuses a person never joined, as stale', async () => {
    const missing = await qualify(
      'nobody',
      'a',
      askedBy(hr, { expectedRevision: ExpectedRevision.exists }),
    );
    expect(missing).toMatchObject({
      _tag: 'Left',
      left: { kind: 'stale', error: { actual: 'no-stream' } },
    });
  });

  it('the current revision expected writes, and answers the new one', async () => {
    await joinStaff(world.store, joining('fw-4'), askedBy(hr));
    const ok = await qualify(
      'fw-4',
      'a',
      askedBy(hr, { expectedRevision: ExpectedRevision.exact(0n) }),
    );
    expect(ok).toMatchObject({ _tag: 'Right', right: { revision: 1n } });
  });

  it('a retry with the same key finds the first run’s events and writes nothing', async () => {
    await joinStaff(world.store, joining('fw-5'), askedBy(hr));
    const asked = askedBy(hr, { retryKey: 'http:hr-1:hr-admin:key-1' });
    const first = await qualify('fw-5', 'a', asked);
    const again = await qualify('fw-5', 'a', asked);
    expect(again).toMatchObject({ _tag: 'Right', right: { replayed: true } });
    expect(E.isRight(again) && again.right.events.map((e) => e.eventId)).toEqual(
      E.isRight(first) && first.right.events.map((e) => e.eventId),
    );
    expect(await world.events('staff-fw-5')).toHaveLength(2);
  });

  it('the rules’ refusal comes back as a domain error', async () => {
    await joinStaff(world.store, joining('fw-6'), askedBy(hr));
    const again = await joinStaff(world.store, joining('fw-6'), askedBy(hr));
    expect(again).toMatchObject({
      _tag: 'Left',
      left: { kind: 'domain', error: { code: 'StaffAlreadyJoined' } },
    });
  });
});

describe('reading a staff record', () => {
  it('answers the state with the revision that is its ETag', async () => {
    await joinStaff(world.store, joining('fw-7'), askedBy(hr));
    const read = await readStaff(world.store, hr, 'fw-7');
    expect(read).toMatchObject({
      _tag: 'Right',
      right: { revision: 0n, state: { status: 'active' } },
    });
  });

  it('no record is not-found, naming the stream', async () => {
    expect(await readStaff(world.store, hr, 'nobody')).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-found', stream: { kind: 'staff', id: 'nobody' } },
    });
  });

  it('a manager reads only their own line', async () => {
    // given a Level 2 manager with one report, and someone outside their line
    await joinStaff(world.store, joining('tm-1', 'L2'), askedBy(hr));
    await joinStaff(world.store, joining('fw-8'), askedBy(hr));
    await joinStaff(world.store, joining('fw-9'), askedBy(hr));
    await recordStaffFact(
      world.store,
      'tm-1',
      'AssignLineManager',
      body(staffCommands, 'AssignLineManager', { reportId: 'fw-8', assignedOn: '2023-01-01' }),
      askedBy(hr),
    );
    const manager = managerNamed('tm-1');
    // then
    expect(E.isRight(await readStaff(world.store, manager, 'fw-8'))).toBe(true);
    expect(await readStaff(world.store, manager, 'fw-9')).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-in-line', managerId: 'tm-1', staffId: 'fw-9' },
    });
    // and a manager with no record of their own manages nobody
    expect(await readStaff(world.store, managerNamed('ghost'), 'fw-8')).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-in-line' },
    });
  });
});
