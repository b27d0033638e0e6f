import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import type { LadderApp } from '../src/app';
import type { Principal } from '../src/auth/roles';
import type { SignInConfig } from '../src/auth/sign-in';
import { issueToken } from '../src/auth/tokens';
import { startLadder, type LadderRuntime } from '../src/runtime/start';

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
  readonly runtime: LadderRuntime;
  /** Where the SQLite files live (tests may tamper with them, as an attacker would). */
  readonly dataDir: string;
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
  /** Waits until the read models and the regrade process have applied everything written. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const secret = 'ladder-int-test-secret-0123456789abcdef';

export const startHarness = async (
  options: {
    readonly now?: () => Date;
    /** People's sign-in (demo, OpenID Connect, session limits); off unless given. */
    readonly signIn?: SignInConfig;
    /** Runs on the fresh data directory before the server starts (seeding the demo council). */
    readonly seed?: (dataDir: string) => Promise<void>;
    /** A port chosen beforehand (an identity provider must know the redirect URL). */
    readonly port?: number;
    /** Receives the server's log lines (info and up), for tests of what is logged. */
    readonly log?: (line: string) => void;
    /** The DfE LA number for the census return (default 303; null: not set). */
    readonly laCode?: string | null;
  } = {},
): Promise<Harness> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-api-'));
  await options.seed?.(dir);
  const runtime = await startLadder({
    eventStore: join(dir, 'events.sqlite'),
    readModels: join(dir, 'read-models.sqlite'),
    dataDir: dir,
    auth: { kind: 'hs256', secret },
    logger: options.log
      ? pino({ level: 'info' }, { write: options.log })
      : pino({ level: process.env['LADDER_TEST_LOG'] ?? 'silent' }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.signIn ? { signIn: options.signIn } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    laCode: options.laCode === undefined ? '303' : options.laCode,
  });
  const { store, ladder } = runtime;
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
    url: runtime.url,
    store,
    ladder,
    runtime,
    dataDir: dir,
    token,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.as) headers['authorization'] = `Bearer ${await token(o.as)}`;
      if (o.body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(`${runtime.url}${path}`, {
        method,
        headers,
        ...(o.body !== undefined
          ? { body: typeof o.body === 'string' ? o.body : JSON.stringify(o.body) }
          : {}),
      });
      const text = await res.text();
      // A download (CSV) is kept as text: { value: '…' }.
      const isJson = /json/.test(res.headers.get('content-type') ?? 'json');
      const body: unknown = text === '' ? {} : isJson ? JSON.parse(text) : text;
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
    settle: () => runtime.settle(),
    async close() {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
