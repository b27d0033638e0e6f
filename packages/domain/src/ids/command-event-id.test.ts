import { describe, expect, it } from 'vitest';
import { commandEventId, isEventOfCommand, timeOrderedId } from './command-event-id';
import { derivedEventId } from './deterministic-id';

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const at = Date.parse('2026-12-02T09:00:00.000Z');

describe('command event ids', () => {
  it('are UUIDv8 starting with the millisecond the command was handled', () => {
    const id = commandEventId('http:hr-1:hr:key-1:staff-1:RecordTraining', 0, at);
    expect(id).toMatch(UUID_V8);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sort in the order commands were handled, whatever their command ids', () => {
    const ids = ['zeta', 'alpha', 'mid', 'beta'].map((command, i) =>
      commandEventId(command, 0, at + i),
    );
    expect([...ids].sort()).toEqual(ids);
  });

  it('are the same for the same command, index and time; another of any gives another id', () => {
    const id = commandEventId('c-1', 0, at);
    expect(commandEventId('c-1', 0, at)).toBe(id);
    expect(commandEventId('c-1', 1, at)).not.toBe(id);
    expect(commandEventId('c-2', 0, at)).not.toBe(id);
    expect(commandEventId('c-1', 0, at + 1)).not.toBe(id);
  });

  it('are recognised as the command’s events when retried later, and v5 ids written before too', () => {
    expect(isEventOfCommand('c-1', 2)(commandEventId('c-1', 2, at))).toBe(true);
    expect(isEventOfCommand('c-1', 2)(commandEventId('c-1', 2, at - 86_400_000))).toBe(true);
    expect(isEventOfCommand('c-1', 2)(derivedEventId('c-1', 2))).toBe(true);
    expect(isEventOfCommand('c-1', 1)(commandEventId('c-1', 2, at))).toBe(false);
    expect(isEventOfCommand('c-1', 2)(commandEventId('c-2', 2, at))).toBe(false);
  });
});

describe('time-ordered ids for commands without an id', () => {
  it('are UUIDv7 starting with the millisecond, the rest from the random bytes given', () => {
    const random = [0xff, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x10];
    const id = timeOrderedId(at, random);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(timeOrderedId(at, random)).toBe(id);
    expect(timeOrderedId(at, [...random.slice(0, 8), 0xee, 0x10])).not.toBe(id);
    expect(timeOrderedId(at + 1, random) > id).toBe(true);
  });
});
