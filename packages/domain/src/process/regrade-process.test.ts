import { seedRules } from '../eligibility/rules';
import { seedFrameworks } from '../frameworks/seeds';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { RegradeCommand } from '../commands/regrade';
import { hydrate } from '../deciders/hydrate';
import { regradeDecider } from '../deciders/regrade';
import { staffDecider } from '../deciders/staff';
import { vacancyDecider } from '../deciders/vacancy';
import { evaluate } from '../eligibility/evaluate';
import { isRegradeEvent, isStaffEvent, isVacancyEvent } from '../events/guards';
import type { RegradeEvent } from '../events/regrade';
import { streamNameOf } from '../streams';
import { command, event } from '../../test/build';
import { isoDate, isoDateTime } from '../../test/dates';
import { familyWorkerLevel1 } from '../../test/seed-scenarios';
import { reactToRegradeEvent } from './regrade-process';

const manager = { id: 'tm-1', role: 'team-manager' };
const head = { id: 'hos-1', role: 'head-of-service' };
const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

/** Runs the regrade case from request to completion with a real verdict; returns its events. */
const completedCase = () => {
  const log = familyWorkerLevel1({ withVacancy: true });
  const verdict = evaluate(log.facts, seedRules, {
    effectiveOn: isoDate('2024-06-03'),
    knownAt: isoDateTime('2024-06-03T09:00:00Z'),
    vacancyId: 'v-7',
  });
  const steps = [
    command(
      RegradeCommand,
      'RequestRegrade',
      {
        caseId: 'rg-1',
        staffId: 'fw-1',
        jobFamily: 'family-worker',
        fromGrade: 'L1',
        toGrade: 'L2',
        vacancyId: 'v-7',
      },
      { actor: manager },
    ),
    command(RegradeCommand, 'AssessEligibility', { verdict }, { actor: manager }),
    command(RegradeCommand, 'ApproveRegrade', {}, { actor: head }),
    command(RegradeCommand, 'CompleteRegrade', { completedOn: '2024-07-01' }, { actor: head }),
  ];
  let state = regradeDecider(seedFrameworks).initialState;
  const events: RegradeEvent[] = [];
  for (const step of steps)
    for (const ev of right(regradeDecider(seedFrameworks).decide(step, state))) {
      events.push(ev);
      state = regradeDecider(seedFrameworks).evolve(state, ev);
    }
  return { log, events, state };
};

describe('regrade process manager', () => {
  it('a completed Family Worker regrade changes the grade on staff-<id> and fills vacancy-<id>', () => {
    const { log, events, state } = completedCase();
    expect(state.status).toBe('completed');
    const completed = events.at(-1);
    if (completed === undefined) throw new Error('no events');
    const commands = reactToRegradeEvent({
      eventId: 'rg-evt-4',
      correlationId: 'corr-rg-1',
      recordedAt: isoDateTime('2024-07-01T10:00:00Z'),
      event: completed,
    });
    expect(commands.map((c) => [c.target, streamNameOf(c.stream), c.command.type])).toEqual([
      ['staff', 'staff-fw-1', 'ChangeGrade'],
      ['vacancy', 'vacancy-v-7', 'FillVacancy'],
    ]);
    expect(
      commands.every((c) => c.causationId === 'rg-evt-4' && c.correlationId === 'corr-rg-1'),
    ).toBe(true);

    // Apply them to the other streams' deciders.
    const staffState = right(
      hydrate(
        staffDecider(seedFrameworks),
        isStaffEvent,
        log.facts.filter((f) => f.streamName === 'staff-fw-1'),
      ),
    );
    const vacancyState = right(
      hydrate(
        vacancyDecider(seedFrameworks),
        isVacancyEvent,
        log.facts.filter((f) => f.streamName === 'vacancy-v-7'),
      ),
    );
    const [gradeCommand, fillCommand] = commands;
    if (gradeCommand?.target !== 'staff' || fillCommand?.target !== 'vacancy')
      throw new Error('unexpected commands');
    const gradeEvents = right(
      staffDecider(seedFrameworks).decide(gradeCommand.command, staffState),
    );
    const fillEvents = right(
      vacancyDecider(seedFrameworks).decide(fillCommand.command, vacancyState),
    );
    expect(gradeEvents).toEqual([
      {
        type: 'GradeChanged',
        data: { to: 'L2', changedOn: '2024-07-01', regradeCaseId: 'rg-1', from: 'L1' },
      },
    ]);
    expect(fillEvents).toEqual([
      {
        type: 'VacancyFilled',
        data: { staffId: 'fw-1', filledOn: '2024-07-01', regradeCaseId: 'rg-1' },
      },
    ]);

    // Re-running after a crash: the same commands, with the same ids, and no new events.
    const again = reactToRegradeEvent({
      eventId: 'rg-evt-4',
      correlationId: 'corr-rg-1',
      recordedAt: isoDateTime('2024-07-01T10:00:00Z'),
      event: completed,
    });
    expect(again).toEqual(commands);
    const staffAfter = gradeEvents.reduce(
      (s, e) => staffDecider(seedFrameworks).evolve(s, e),
      staffState,
    );
    const vacancyAfter = fillEvents.reduce(
      (s, e) => vacancyDecider(seedFrameworks).evolve(s, e),
      vacancyState,
    );
    expect(right(staffDecider(seedFrameworks).decide(gradeCommand.command, staffAfter))).toEqual(
      [],
    );
    expect(right(vacancyDecider(seedFrameworks).decide(fillCommand.command, vacancyAfter))).toEqual(
      [],
    );
  });

  it('a Social Worker SW2→SW3 completion changes the grade only (no vacancy)', () => {
    const completed = event('RegradeCompleted', {
      caseId: 'rg-2',
      staffId: 'sw-1',
      fromGrade: 'SW2',
      toGrade: 'SW3',
      completedOn: '2024-07-01',
      completedBy: head,
    });
    const commands = reactToRegradeEvent({
      eventId: 'e-9',
      correlationId: 'c-9',
      recordedAt: isoDateTime('2024-07-01T10:00:00Z'),
      event: completed,
    });
    expect(commands.map((c) => c.command.type)).toEqual(['ChangeGrade']);
  });

  it('other regrade events send nothing', () => {
    const { events } = completedCase();
    const earlier = events.slice(0, -1).flatMap((event, i) =>
      reactToRegradeEvent({
        eventId: `e-${i}`,
        correlationId: 'c',
        recordedAt: isoDateTime('2024-06-03T09:00:00Z'),
        event,
      }),
    );
    expect(earlier).toEqual([]);
  });

  it('different causing events give different command ids', () => {
    const { events } = completedCase();
    const completed = events.at(-1);
    if (completed === undefined || !isRegradeEvent(completed)) throw new Error('no completion');
    const a = reactToRegradeEvent({
      eventId: 'a',
      correlationId: 'c',
      recordedAt: isoDateTime('2024-07-01T10:00:00Z'),
      event: completed,
    });
    const b = reactToRegradeEvent({
      eventId: 'b',
      correlationId: 'c',
      recordedAt: isoDateTime('2024-07-01T10:00:00Z'),
      event: completed,
    });
    expect(a.map((c) => c.commandId)).not.toEqual(b.map((c) => c.commandId));
  });
});
