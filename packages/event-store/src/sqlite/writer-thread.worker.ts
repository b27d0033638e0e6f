// The writer thread's side (started by writer-thread.ts): one write connection per store,
// and a group commit of every append that arrived while the previous commit was on disk.
import { parentPort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import type { AppendRequest } from './append';
import { prepareGroupCommit, type GroupCommit } from './group-commit';
import { openDatabase } from './open-database';
import type { Answer, FromWriter, ToWriter } from './writer-protocol';

interface Connection {
  readonly db: Database.Database;
  readonly commit: GroupCommit;
}

const port = parentPort;
if (port === null) throw new Error('writer-thread.worker.ts runs only as a worker thread');

const connections = new Map<number, Connection | Error>();
const queued = new Map<number, { id: number; request: AppendRequest }[]>();
let flushScheduled = false;

const send = (answers: readonly Answer[]): void =>
  port.postMessage({ answers } satisfies FromWriter);

const open = (file: number, path: string, busyTimeoutMs: number): void => {
  try {
    const db = openDatabase({ path, busyTimeoutMs });
    connections.set(file, { db, commit: prepareGroupCommit(db) });
  } catch (error) {
    connections.set(file, error instanceof Error ? error : new Error(String(error)));
  }
};

const flushFile = (file: number): void => {
  const group = queued.get(file) ?? [];
  queued.delete(file);
  if (group.length === 0) return;
  const connection = connections.get(file);
  const outcomes =
    connection === undefined || connection instanceof Error
      ? group.map(() =>
          E.left({
            code: 'StoreUnavailable' as const,
            message: connection?.message ?? 'the store is closed',
          }),
        )
      : connection.commit(group.map((item) => item.request));
  send(group.map((item, i) => ({ id: item.id, outcome: outcomes[i] })));
};

// Runs after the port has delivered every message that queued up during the last commit
// (setImmediate comes after the poll phase), so those appends form the next group.
const flush = (): void => {
  flushScheduled = false;
  for (const file of [...queued.keys()]) flushFile(file);
};

const close = (file: number, id: number): void => {
  flushFile(file);
  const connection = connections.get(file);
  connections.delete(file);
  if (connection !== undefined && !(connection instanceof Error)) connection.db.close();
  send([{ id }]);
};

port.on('message', (message: ToWriter) => {
  if (message.kind === 'open') open(message.file, message.path, message.busyTimeoutMs);
  else if (message.kind === 'close') close(message.file, message.id);
  else {
    const group = queued.get(message.file) ?? [];
    queued.set(message.file, group);
    group.push({ id: message.id, request: message.request });
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  }
});
