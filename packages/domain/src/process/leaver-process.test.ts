import { seedFrameworks } from '../frameworks/seeds';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { StaffCommand } from '../commands/staff';
import { staffDecider } from '../deciders/staff';
import type { StaffEvent } from '../events/staff';
import { NonEmptyString } from '../primitives/strings';
import { streamNameOf } from '../streams';
import { command, event } from '../../test/build';
import { isoDateTime } from '../../test/dates';
import {
  foldLineManagement,
  noLineManagementFacts,
  reactToStaffLeft,
  type StaffFact,
} from './leaver-process';

const hr = { actor: { id: 'hr-1', role: 'hr' } };
const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};
const staffIdOf = (s: string): NonEmptyString => {
  const id = NonEmptyString.decode(s);
  if (E.isLeft(id)) throw new TypeError(`bad staff id ${s}`);
  return id.right;
};
const assigned = (managerId: string, reportId: string): StaffFact => ({
  staffId: staffIdOf(managerId),
  event: event('LineManagerAssigned', { managerId, reportId, assignedOn: '2024-01-01' }),
});
const ended = (managerId: string, reportId: string): StaffFact => ({
  staffId: staffIdOf(managerId),
  event: event('LineManagementEnded', { managerId, reportId, endedOn: '2024-02-01' }),
});
const left = (staffId: string): StaffFact => ({
  staffId: staffIdOf(staffId),
  event: event('StaffLeft', { leftOn: '2024-09-30' }),
});
const leaving = (staffId: string, eventId = 'evt-left') => ({
  ...left(staffId),
  eventId,
  correlationId: 'corr-left',
  recordedAt: isoDateTime('2024-09-30T12:00:00Z'),
});
const fold = (facts: readonly StaffFact[]) =>
  facts.reduce(foldLineManagement, noLineManagementFacts);

describe('leaver process manager', () => {
  it("a leaver is released from their manager's span, and the manager can take a new report", () => {
    const reports = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5'];
    const managerHistory: StaffEvent[] = [
      event('StaffJoined', {
        staffId: 'm-1',
        jobFamily: 'family-worker',
        grade: 'L2',
        team: 't',
        zone: 'z',
        contractedHours: 37,
        joinedOn: '2020-01-01',
      }),
      ...reports.map((r) => assigned('m-1', r).event),
    ];
    const facts = fold(reports.map((r) => assigned('m-1', r)));
    const commands = reactToStaffLeft(facts, leaving('r-3'));
    expect(commands.map((c) => [streamNameOf(c.stream), c.command])).toEqual([
      [
        'staff-m-1',
        {
          type: 'EndLineManagement',
          data: { reportId: 'r-3', endedOn: '2024-09-30' },
          actor: { id: 'leaver-process', role: 'system' },
          at: '2024-09-30T12:00:00Z',
        },
      ],
    ]);
    expect(commands[0]).toMatchObject({ causationId: 'evt-left', correlationId: 'corr-left' });

    const full = managerHistory.reduce(
      (state, e) => staffDecider(seedFrameworks).evolve(state, e),
      staffDecider(seedFrameworks).initialState,
    );
    const newReport = command(
      StaffCommand,
      'AssignLineManager',
      { reportId: 'r-6', assignedOn: '2024-10-01' },
      hr,
    );
    const refused = staffDecider(seedFrameworks).decide(newReport, full);
    expect(E.isLeft(refused) && refused.left.code).toBe('SpanOfControlExceeded');

    const [end] = commands;
    if (end?.target !== 'staff') throw new Error('expected a staff command');
    const released = right(staffDecider(seedFrameworks).decide(end.command, full)).reduce(
      (state, e) => staffDecider(seedFrameworks).evolve(state, e),
      full,
    );
    expect(right(staffDecider(seedFrameworks).decide(newReport, released))).toEqual([
      {
        type: 'LineManagerAssigned',
        data: { managerId: 'm-1', reportId: 'r-6', assignedOn: '2024-10-01' },
      },
    ]);
  });

  it('the same causing event gives the same command ids; another event gives others', () => {
    const facts = fold([assigned('m-1', 'r-1')]);
    const once = reactToStaffLeft(facts, leaving('r-1'));
    expect(reactToStaffLeft(facts, leaving('r-1'))).toEqual(once);
    expect(reactToStaffLeft(facts, leaving('r-1', 'evt-other'))[0]?.commandId).not.toBe(
      once[0]?.commandId,
    );
  });

  it('a leaver with no manager, or whose line management has ended, sends nothing', () => {
    expect(reactToStaffLeft(noLineManagementFacts, leaving('r-1'))).toEqual([]);
    const facts = fold([assigned('m-1', 'r-1'), ended('m-1', 'r-1')]);
    expect(reactToStaffLeft(facts, leaving('r-1'))).toEqual([]);
  });

  it('only current managers who are still on the staff are told, each with its own id', () => {
    const facts = fold([
      assigned('m-1', 'r-1'),
      assigned('m-2', 'r-1'),
      assigned('m-3', 'r-1'),
      ended('m-2', 'r-1'),
      left('m-3'),
    ]);
    const alsoM4 = foldLineManagement(facts, assigned('m-4', 'r-1'));
    const commands = reactToStaffLeft(alsoM4, leaving('r-1'));
    expect(commands.map((c) => streamNameOf(c.stream))).toEqual(['staff-m-1', 'staff-m-4']);
    expect(new Set(commands.map((c) => c.commandId)).size).toBe(2);
  });

  it('events other than a leaving send nothing', () => {
    const facts = fold([assigned('m-1', 'r-1')]);
    expect(
      reactToStaffLeft(facts, { ...leaving('r-1'), event: assigned('m-1', 'r-2').event }),
    ).toEqual([]);
  });
});
