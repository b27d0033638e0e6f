import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StaffCommand, StreamId, type ActorRef } from '@ladder/domain';
import { command } from '@ladder/domain/testing';
import { getSqliteEventStore, type EventStore } from '@ladder/event-store';
import { aggregates } from './aggregates';
import { eventIdsOf } from './event-ids';
import { handleCommand } from './handle-command';

const hr = { id: 'hr-1', role: 'hr-admin' } as ActorRef;
const meta = { correlationId: 'corr-1', causationId: null };
const joinStaff = (staffId: string) =>
  command(
    StaffCommand,
    'JoinStaff',
    {
      staffId,
      jobFamily: 'family-worker',
      grade: 'L1',
      team: 'early-help-north',
      zone: 'north',
      contractedHours: 37,
      joinedOn: '2021-04-01',
    },
    { actor: hr },
  );
const millisecondOf = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('the event ids a command writes', () => {
  let dir: string;
  let store: EventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-ids-'));
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('start with the millisecond of handling, so later commands sort after earlier ones', async () => {
    const before = Date.now();
    const ids: string[] = [];
    for (const [i, commandId] of ['zz-last-by-name', 'aa-first-by-name', undefined].entries()) {
      const written = await handleCommand(
        store,
        aggregates.staff,
        StreamId.staff(`fw-${i}`),
        joinStaff(`fw-${i}`),
        commandId === undefined ? meta : { ...meta, commandId },
      );
      if (E.isLeft(written)) throw new Error(JSON.stringify(written.left));
      ids.push(...written.right.events.map((e) => e.eventId));
    }
    expect(ids.map((id) => id.charAt(14))).toEqual(['8', '8', '7']);
    const handledAt = ids.map(millisecondOf);
    expect(handledAt[0]).toBeGreaterThanOrEqual(before);
    expect(handledAt).toEqual([...handledAt].sort((a, b) => a - b));
  });

  it('are the same on every attempt of one handling, and differ between events', () => {
    const idOf = eventIdsOf('key-1');
    expect(idOf(0)).toBe(idOf(0));
    expect(idOf(1)).not.toBe(idOf(0));
    const random = eventIdsOf(undefined);
    expect(random(0)).not.toBe(random(0));
  });
});
