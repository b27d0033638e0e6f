import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { getSqliteEventStore, type EventStore, type RecordedEvent } from '@ladder/event-store';
import { createApp, type LadderApp } from '../app';
import type { Principal } from '../auth/roles';
import { issueToken } from '../auth/tokens';
import { createVerifier } from '../auth/verifier';
import { openIdempotencyStore } from '../http/idempotency';
import { listen } from '../http/listen';
import type { ReadSide } from '../read-side/read-side';
import { unavailableReadSide } from '../read-side/unavailable';

// A real Ladder server on a free port over a fresh SQLite store, for *.int.test.ts.

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

export interface Harness {
  readonly url: string;
  readonly store: EventStore;
  readonly ladder: LadderApp;
  token(principal: Principal): Promise<string>;
  call(
    method: string,
    path: string,
    options?: {
      readonly as?: Principal;
      readonly body?: unknown;
      readonly headers?: Record<string, string>;
    },
  ): Promise<Reply>;
  /** Every event in the log, for "nothing was written" checks. */
  allEvents(): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

const secret = 'ladder-int-test-secret-0123456789abcdef';

export const startHarness = async (
  options: {
    readonly read?: (store: EventStore, dir: string) => Promise<ReadSide> | ReadSide;
    readonly now?: () => Date;
  } = {},
): Promise<Harness> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-api-'));
  const store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
  const idempotency = openIdempotencyStore(join(dir, 'api.sqlite'));
  const read = options.read ? await options.read(store, dir) : unavailableReadSide();
  const ladder = createApp({
    store,
    read,
    verifier: createVerifier({ kind: 'hs256', secret }),
    idempotency,
    logger: pino({ level: process.env['LADDER_TEST_LOG'] ?? 'silent' }),
    projectionLag: () => Promise.resolve(0),
    ...(options.now ? { now: options.now } : {}),
  });
  const server = await listen(ladder.app);
  const tokens = new Map<string, string>();
  const token = async (p: Principal) => {
    const key = `${p.role}:${p.id}`;
    const cached = tokens.get(key);
    if (cached) return cached;
    const fresh = await issueToken(secret, p);
    tokens.set(key, fresh);
    return fresh;
  };
  return {
    url: server.url,
    store,
    ladder,
    token,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.as) headers['authorization'] = `Bearer ${await token(o.as)}`;
      if (o.body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers,
        ...(o.body !== undefined
          ? { body: typeof o.body === 'string' ? o.body : JSON.stringify(o.body) }
          : {}),
      });
      const text = await res.text();
      const body: unknown = text === '' ? {} : JSON.parse(text);
      return {
        status: res.status,
        headers: res.headers,
        body:
          typeof body === 'object' && body !== null
            ? (body as Record<string, unknown>)
            : { value: body },
      };
    },
    async allEvents() {
      const out: RecordedEvent[] = [];
      for await (const e of store.readAll()) out.push(e);
      return out;
    },
    async close() {
      await server.close();
      await store.close();
      idempotency.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
