import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { newEvent } from '../conformance/fixtures';
import { ExpectedRevision } from '../port/expected-revision';
import { memoryLog } from './memory-log';

// What the conformance suite leaves to each adapter, for the one that holds objects in memory.
describe('memory log', () => {
  const clock = () => new Date('2026-01-01T00:00:00Z');

  it('keeps its own copy: the caller changing an appended event changes nothing stored', () => {
    const log = memoryLog(clock);
    const event = { ...newEvent(), data: { grade: 'L1' } };
    expect(E.isRight(log.append('staff-1', [event], ExpectedRevision.any))).toBe(true);
    event.data.grade = 'L3';
    expect(log.stream('staff-1')[0]?.data).toEqual({ grade: 'L1' });
    expect(Object.isFrozen(log.all[0])).toBe(true);
  });

  it('stamps recordedAt from the clock it was given', () => {
    const log = memoryLog(clock);
    log.append('staff-1', [newEvent()], ExpectedRevision.any);
    expect(log.all[0]?.recordedAt).toBe('2026-01-01T00:00:00.000Z');
  });
});
