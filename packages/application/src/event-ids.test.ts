import { describe, expect, it } from 'vitest';
import { eventIdsOf } from './event-ids';

describe('the ids of one handling of a command', () => {
  it('are the same on every attempt, and differ between its events', () => {
    const idOf = eventIdsOf('key-1');
    expect(idOf(0)).toBe(idOf(0));
    expect(idOf(1)).not.toBe(idOf(0));
  });

  it('are fresh for every event of a command without an id', () => {
    const idOf = eventIdsOf(undefined);
    expect(idOf(0)).not.toBe(idOf(0));
  });
});
