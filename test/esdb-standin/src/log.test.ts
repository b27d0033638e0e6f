// The stand-in's model of the server rules, without gRPC.
import { describe, expect, it } from 'vitest';
import type { ProposedEvent } from './log';
import { comparePositions, createLog } from './log';

const proposed = (n: number): ProposedEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    eventId: crypto.randomUUID(),
    type: 'Counted',
    contentType: 'application/json',
    data: Buffer.from(JSON.stringify({ i })),
    customMetadata: new Uint8Array(),
  }));

describe('stand-in log', () => {
  it('checks expected revisions and reports the current one', () => {
    const log = createLog();
    expect(log.append('s', { kind: 'exists' }, proposed(1))).toMatchObject({
      kind: 'wrong-expected-version',
      current: -1n,
    });
    expect(log.append('s', { kind: 'no-stream' }, proposed(2))).toMatchObject({
      kind: 'written',
      currentRevision: 1n,
    });
    expect(log.append('s', { kind: 'exact', revision: 5n }, proposed(1))).toMatchObject({
      kind: 'wrong-expected-version',
      current: 1n,
    });
    expect(log.append('s', { kind: 'exact', revision: 1n }, proposed(1))).toMatchObject({
      kind: 'written',
      currentRevision: 2n,
    });
    expect(log.append('s', { kind: 'any' }, proposed(1))).toMatchObject({
      kind: 'written',
      currentRevision: 3n,
    });
  });

  it('acks replays without writing; a partial overlap is a wrong expected version', () => {
    const log = createLog();
    const first = proposed(3);
    log.append('s', { kind: 'no-stream' }, first);
    log.append('s', { kind: 'any' }, proposed(2));
    expect(log.append('s', { kind: 'no-stream' }, first)).toEqual({
      kind: 'idempotent',
      currentRevision: 2n,
    });
    expect(log.append('s', { kind: 'any' }, first.slice(1))).toEqual({
      kind: 'idempotent',
      currentRevision: 2n,
    });
    expect(log.append('s', { kind: 'exact', revision: 0n }, first.slice(1))).toEqual({
      kind: 'idempotent',
      currentRevision: 2n,
    });
    expect(log.append('s', { kind: 'any' }, [first[0]!, ...proposed(1)])).toMatchObject({
      kind: 'wrong-expected-version',
    });
    expect(log.stream('s')).toHaveLength(5);
    // As the server: a batch whose first id is new is written, even if a later one is known.
    expect(log.append('s', { kind: 'any' }, [...proposed(1), first[2]!])).toMatchObject({
      kind: 'written',
    });
  });

  it('orders $all by byte-offset-like positions with gaps; commit records share a commit', () => {
    const plain = createLog();
    plain.append('a', { kind: 'any' }, proposed(3));
    plain.append('b', { kind: 'any' }, proposed(1));
    const all = plain.all();
    expect(all.every((e) => e.commit === e.prepare)).toBe(true);
    for (let i = 1; i < all.length; i += 1) {
      expect(comparePositions(all[i]!, all[i - 1]!)).toBe(1);
      expect(all[i]!.prepare - all[i - 1]!.prepare).toBeGreaterThan(64n);
    }
    const legacy = createLog({ commitRecords: true });
    legacy.append('a', { kind: 'any' }, proposed(2));
    const [x, y] = legacy.all();
    expect(x!.commit).toBe(y!.commit);
    expect(x!.commit).toBeGreaterThan(y!.prepare);
  });
});
