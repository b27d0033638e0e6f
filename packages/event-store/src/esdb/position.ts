import type { Position } from '@eventstore/db-client';

/**
 * EventStoreDB orders $all by a pair {commit, prepare} of transaction-log byte offsets; the
 * port has one bigint. For every event written through gRPC (the only way Ladder writes)
 * the server reports commit === prepare === the event record's own log position: an
 * implicit transaction has no separate commit record (AllReader.cs builds the commit
 * position from `eventRecord.LogPosition`). So the port position IS that offset, and it
 * decodes back to {commit: p, prepare: p} exactly — no loss, same order as $all, gaps
 * included, and it stays a 64-bit integer (checkpoints downstream live in SQLite INTEGER
 * columns). Only legacy explicit transactions (TCP clients) produce commit > prepare, with
 * several events sharing one commit; such an event cannot be named by one offset without
 * loss, so we refuse it with a typed error instead of guessing (`positionOf` → null).
 * So is the "no position" sentinel (-1 on the server, 2⁶⁴−1 on the wire) that older
 * servers put on events read from a stream.
 */
const NO_POSITION = 2n ** 63n;

export const positionOf = (position: Position | undefined): bigint | null =>
  position !== undefined && position.commit === position.prepare && position.commit < NO_POSITION
    ? position.commit
    : null;

/** The exact {commit, prepare} a port position stands for. */
export const toEsdbPosition = (position: bigint): Position => ({
  commit: position,
  prepare: position,
});

/** The server's order on $all: commit first, then prepare. */
export const comparePositions = (a: Position, b: Position): number =>
  a.commit !== b.commit
    ? a.commit < b.commit
      ? -1
      : 1
    : a.prepare === b.prepare
      ? 0
      : a.prepare < b.prepare
        ? -1
        : 1;
