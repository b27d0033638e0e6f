import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regradeCommands, seedPolicies, staffCommands } from '@ladder/domain';
import { isoDate } from '@ladder/domain/testing';
import {
  approver,
  askedBy,
  body,
  hr,
  joining,
  managerNamed,
  openWorld,
  type World,
} from '../../test/world';
import { publishPolicyVersion } from './policy';
import { actOnRegrade, assessRegrade, readRegradeCase, requestRegrade } from './regrade';
import { joinStaff, recordStaffFact } from './staff';

// The regrade workflow through the use cases: request (assessed at once), decisions, reads.

const asking = (caseId: string, staffId: string) =>
  body(regradeCommands, 'RequestRegrade', {
    caseId,
    staffId,
    jobFamily: 'family-worker',
    fromGrade: 'L1',
    toGrade: 'L2',
    vacancyId: 'v-l2',
  });
const manager = managerNamed('tm-1');

let world: World;
beforeEach(async () => {
  world = await openWorld();
  // given the seed policies, a Level 2 manager and their report, and someone outside the line
  for (const document of seedPolicies)
    await publishPolicyVersion(world.store, document.family, { document }, askedBy(hr));
  await joinStaff(world.store, joining('tm-1', 'L2'), askedBy(hr));
  await joinStaff(world.store, joining('fw-1', 'L1'), askedBy(hr));
  await joinStaff(world.store, joining('fw-2', 'L1'), askedBy(hr));
  await recordStaffFact(
    world.store,
    'tm-1',
    'AssignLineManager',
    body(staffCommands, 'AssignLineManager', { reportId: 'fw-1', assignedOn: '2023-01-01' }),
    askedBy(hr),
  );
});
afterEach(() => world.close());

describe('requesting a regrade', () => {
  it('records the request and the verdict assessed as of the request day', async () => {
    const asked = askedBy(manager);
    const requested = await requestRegrade(world.store, world.reads, asking('rg-1', 'fw-1'), asked);
    if (E.isLeft(requested)) throw new Error(`refused: ${requested.left.kind}`);
    expect(requested.right.assessment).toMatchObject({
      _tag: 'Right',
      right: {
        verdict: { staffId: 'fw-1', fromGrade: 'L1', toGrade: 'L2', knownAt: asked.at },
      },
    });
    const verdict =
      E.isRight(requested.right.assessment) && requested.right.assessment.right.verdict;
    expect(verdict && verdict.effectiveOn).toBe(asked.at.slice(0, 10));
    const events = await world.events('regrade-rg-1');
    expect(events.map((e) => e.type)).toEqual(['RegradeRequested', 'EligibilityAssessed']);
    expect(events.every((e) => e.actor.id === 'tm-1')).toBe(true);
  });

  it('a manager outside the person’s line is refused and nothing is written', async () => {
    const refused = await requestRegrade(
      world.store,
      world.reads,
      asking('rg-2', 'fw-2'),
      askedBy(manager),
    );
    expect(refused).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-in-line', managerId: 'tm-1', staffId: 'fw-2' },
    });
    expect(await world.events('regrade-rg-2')).toHaveLength(0);
  });

  it('the request stands when the assessment cannot be made (no such person yet)', async () => {
    const requested = await requestRegrade(
      world.store,
      world.reads,
      asking('rg-3', 'fw-unknown'),
      askedBy(hr),
    );
    if (E.isLeft(requested)) throw new Error(`refused: ${requested.left.kind}`);
    expect(requested.right.requested.revision).toBe(0n);
    expect(requested.right.assessment).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-found', stream: { kind: 'staff', id: 'fw-unknown' } },
    });
    expect((await world.events('regrade-rg-3')).map((e) => e.type)).toEqual(['RegradeRequested']);
  });
});

describe('deciding on a case', () => {
  it('nobody approves their own request: the rules refuse it', async () => {
    await requestRegrade(world.store, world.reads, asking('rg-4', 'fw-1'), askedBy(manager));
    const own = await actOnRegrade(
      world.store,
      'rg-4',
      'ApproveRegrade',
      {},
      askedBy({ ...approver, id: manager.id }),
    );
    expect(own).toMatchObject({
      _tag: 'Left',
      left: { kind: 'domain', error: { code: 'ApproverIsRequester' } },
    });
  });

  it('a withdrawal records the reason it gives', async () => {
    await requestRegrade(world.store, world.reads, asking('rg-5', 'fw-1'), askedBy(manager));
    const withdrawn = await actOnRegrade(
      world.store,
      'rg-5',
      'WithdrawRegrade',
      body(regradeCommands, 'WithdrawRegrade', { reason: 'moving teams' }),
      askedBy(manager),
    );
    expect(E.isRight(withdrawn)).toBe(true);
    const read = await readRegradeCase(world.store, askedBy(manager), 'rg-5');
    expect(read).toMatchObject({ _tag: 'Right', right: { state: { status: 'withdrawn' } } });
    const last = (await world.events('regrade-rg-5')).at(-1);
    expect(last).toMatchObject({ type: 'RegradeWithdrawn', reason: 'moving teams' });
  });

  it('a case never requested is not found, for decisions, assessments and reads alike', async () => {
    const notFound = { _tag: 'Left', left: { kind: 'not-found', stream: { kind: 'regrade' } } };
    expect(
      await actOnRegrade(world.store, 'rg-x', 'ApproveRegrade', {}, askedBy(approver)),
    ).toMatchObject(notFound);
    expect(
      await assessRegrade(world.store, world.reads, 'rg-x', isoDate('2024-06-01'), askedBy(hr)),
    ).toMatchObject(notFound);
    expect(await readRegradeCase(world.store, askedBy(hr), 'rg-x')).toMatchObject(notFound);
  });

  it('another manager cannot assess or read a case outside their line', async () => {
    await requestRegrade(world.store, world.reads, asking('rg-6', 'fw-1'), askedBy(hr));
    const other = managerNamed('tm-2');
    const refused = { _tag: 'Left', left: { kind: 'not-in-line', managerId: 'tm-2' } };
    expect(
      await assessRegrade(world.store, world.reads, 'rg-6', isoDate('2024-06-01'), askedBy(other)),
    ).toMatchObject(refused);
    expect(await readRegradeCase(world.store, askedBy(other), 'rg-6')).toMatchObject(refused);
  });
});
