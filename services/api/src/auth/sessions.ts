import { createHash, randomBytes } from 'node:crypto';
import { openApiFile } from '../http/sqlite-file';
import type { Principal, Role } from './roles';

// Server-side sessions for people signed in with a browser. The cookie holds a random id; the
// store keeps only its SHA-256, so a copy of the file names no live session. A session ends
// when idle too long, when it reaches its absolute lifetime, or on sign-out.

/** Who signed in, as the pages show them. `staffId` is a manager's own staff id. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly staffId?: string;
}

export interface Session {
  readonly user: SessionUser;
  /** The synchronizer token every cookie-authenticated write must echo in `X-CSRF-Token`. */
  readonly csrfToken: string;
  /** When it ends if left idle (never after the absolute limit). */
  readonly expiresAt: Date;
}

export interface SessionLimits {
  readonly idleSeconds: number;
  readonly absoluteSeconds: number;
}

export interface SessionStore {
  /** A new session; `cookie` is the value for the browser, never stored. */
  start(user: SessionUser): { readonly cookie: string; readonly session: Session };
  /** The live session a cookie names (its idle clock restarted), or undefined. */
  find(cookie: string): Session | undefined;
  end(cookie: string): void;
  close(): void;
}

/** The principal a session acts as: a manager acts as their staff id, so their line applies. */
export const principalOf = (user: SessionUser): Principal => ({
  id: user.role === 'manager' && user.staffId !== undefined ? user.staffId : user.id,
  role: user.role,
});

interface Row {
  user_id: string;
  name: string;
  role: Role;
  staff_id: string | null;
  csrf_token: string;
  started_at: number;
  seen_at: number;
}

const digest = (cookie: string): string => createHash('sha256').update(cookie).digest('hex');
const randomId = (): string => randomBytes(32).toString('base64url');

export const openSessionStore = (
  path: string,
  limits: SessionLimits,
  now: () => Date = () => new Date(),
): SessionStore => {
  const db = openApiFile(path);
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    staff_id TEXT,
    csrf_token TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    seen_at INTEGER NOT NULL
  )`);
  const insert = db.prepare(
    'INSERT INTO sessions (id_hash, user_id, name, role, staff_id, csrf_token, started_at, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], Row>('SELECT * FROM sessions WHERE id_hash = ?');
  const touch = db.prepare('UPDATE sessions SET seen_at = ? WHERE id_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const sweep = db.prepare('DELETE FROM sessions WHERE seen_at < ? OR started_at < ?');
  const idleMs = limits.idleSeconds * 1000;
  const absoluteMs = limits.absoluteSeconds * 1000;
  const expiry = (startedAt: number, seenAt: number) =>
    new Date(Math.min(seenAt + idleMs, startedAt + absoluteMs));

  return {
    start(user) {
      const at = now().getTime();
      // Old sessions are swept as new ones begin: the table stays the size of who is active.
      sweep.run(at - idleMs, at - absoluteMs);
      const cookie = randomId();
      const csrfToken = randomId();
      insert.run(
        digest(cookie),
        user.id,
        user.name,
        user.role,
        user.staffId ?? null,
        csrfToken,
        at,
        at,
      );
      return { cookie, session: { user, csrfToken, expiresAt: expiry(at, at) } };
    },
    find(cookie) {
      const hash = digest(cookie);
      const row = select.get(hash);
      if (row === undefined) return undefined;
      const at = now().getTime();
      if (at >= expiry(row.started_at, row.seen_at).getTime()) {
        remove.run(hash);
        return undefined;
      }
      touch.run(at, hash);
      return {
        user: {
          id: row.user_id,
          name: row.name,
          role: row.role,
          ...(row.staff_id !== null ? { staffId: row.staff_id } : {}),
        },
        csrfToken: row.csrf_token,
        expiresAt: expiry(row.started_at, at),
      };
    },
    end(cookie) {
      remove.run(digest(cookie));
    },
    close() {
      db.close();
    },
  };
};
