import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishSeedFrameworks } from './frameworks/seed-frameworks';
import { encodeEvent, StaffCommand, StreamId, VacancyCommand, type ActorRef } from '@ladder/domain';
import { command, event } from '@ladder/domain/testing';
import {
  getSqliteCheckpointStore,
  getSqliteEventStore,
  type CheckpointStore,
  type EventStore,
  type RecordedEvent,
} from '@ladder/event-store';
import { aggregates } from './aggregates';
import { handleCommand } from './handle-command';
import { startRegradeProcess } from './regrade-process-runner';

const hr = { id: 'hr-1', role: 'hr-admin' } as ActorRef;
const meta = { correlationId: 'corr-setup', causationId: null };

const readAll = async (store: EventStore, stream: string): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readStream(stream)) out.push(e);
  return out;
};

/** Appends a completed case as the regrade decider would have written it. */
const completeCase = async (
  store: EventStore,
  caseId: string,
  staffId: string,
  vacancyId: string,
) => {
  const completed = event('RegradeCompleted', {
    caseId,
    staffId,
    fromGrade: 'L1',
    toGrade: 'L2',
    completedOn: '2024-07-01',
    completedBy: { id: 'hos-1', role: 'approver' },
    vacancyId,
  });
  const appended = await store.append(`regrade-${caseId}`, [
    {
      ...encodeEvent(completed),
      eventId: randomUUID(),
      effectiveAt: '2024-07-01T00:00:00.000Z',
      actor: { id: 'hos-1', role: 'approver' },
      correlationId: `corr-${caseId}`,
      causationId: null,
    },
  ]);
  if (E.isLeft(appended)) throw new Error(appended.left.code);
  return appended.right.position;
};

describe('the regrade process carries a completed case to the staff and vacancy streams', () => {
  let dir: string;
  let store: EventStore;
  let checkpoints: CheckpointStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-process-'));
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    // Every Ladder start publishes the seed career frameworks: the ladders commands are judged on.
    await publishSeedFrameworks(store, new Date());
    checkpoints = getSqliteCheckpointStore({ path: join(dir, 'checkpoints.sqlite') });
    for (const staffId of ['fw-1', 'fw-2'])
      await handleCommand(
        store,
        aggregates.staff,
        StreamId.staff(staffId),
        command(
          StaffCommand,
          'JoinStaff',
          {
            staffId,
            jobFamily: 'family-worker',
            grade: 'L1',
            team: 't',
            zone: 'z',
            contractedHours: 37,
            joinedOn: '2020-01-01',
          },
          { actor: hr },
        ),
        meta,
      );
    await handleCommand(
      store,
      aggregates.vacancy,
      StreamId.vacancy('v-1'),
      command(
        VacancyCommand,
        'OpenVacancy',
        {
          vacancyId: 'v-1',
          jobFamily: 'family-worker',
          grade: 'L2',
          serviceArea: 'childrens-services',
          team: 't',
          zone: 'z',
          openedOn: '2024-05-01',
        },
        { actor: hr },
      ),
      meta,
    );
  });
  afterEach(async () => {
    await checkpoints.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('changes the grade and fills the vacancy, acting as the process and naming its cause', async () => {
    const process = await startRegradeProcess({ store, checkpoints });
    const position = await completeCase(store, 'rg-1', 'fw-1', 'v-1');
    await process.waitFor(position);
    await process.close();

    const staff = await readAll(store, 'staff-fw-1');
    const gradeChanged = staff.find((e) => e.type === 'GradeChanged');
    expect(gradeChanged).toMatchObject({
      data: { to: 'L2', changedOn: '2024-07-01', regradeCaseId: 'rg-1' },
      actor: { id: 'regrade-process', role: 'system' },
      correlationId: 'corr-rg-1',
    });
    const [completed] = await readAll(store, 'regrade-rg-1');
    expect(gradeChanged?.causationId).toBe(completed?.eventId);
    const vacancy = await readAll(store, 'vacancy-v-1');
    expect(vacancy.map((e) => e.type)).toEqual(['VacancyOpened', 'VacancyFilled']);
    expect(process.failures).toEqual([]);
  });

  it('re-running from position 0 after a crash writes nothing twice', async () => {
    const first = await startRegradeProcess({ store, checkpoints });
    const position = await completeCase(store, 'rg-1', 'fw-1', 'v-1');
    await first.waitFor(position);
    await first.close();
    const before = await store.headPosition();

    await checkpoints.save('regrade-process', 0n); // as if the checkpoint had been lost
    const again = await startRegradeProcess({ store, checkpoints });
    await again.waitFor(before);
    await again.close();
    expect(await store.headPosition()).toBe(before);
    expect(again.failures).toEqual([]);
  });

  it('a command the rules refuse is kept as a failure, and the process carries on', async () => {
    const process = await startRegradeProcess({ store, checkpoints });
    await completeCase(store, 'rg-1', 'fw-1', 'v-1');
    const second = await completeCase(store, 'rg-2', 'fw-2', 'v-1'); // the same vacancy again
    await process.waitFor(second);
    await process.close();
    expect(process.failures).toHaveLength(1);
    expect(process.failures[0]).toMatchObject({
      causingEvent: { streamName: 'regrade-rg-2' },
      error: { kind: 'domain', error: { code: 'VacancyAlreadyFilled' } },
    });
    expect((await readAll(store, 'staff-fw-2')).map((e) => e.type)).toContain('GradeChanged');
  });
});
