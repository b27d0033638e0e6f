import { openApiFile } from './sqlite-file';

// Idempotency-Key: the first answer to a write is kept durably (a SQLite table beside the read
// models), so a retry gets that same answer and writes nothing new. A key is reserved before the
// command runs, so a concurrent retry waits its turn (409) instead of running the command twice.
// A key belongs to one subject acting in one role on one route: the same person holding another
// role, or calling another route, never gets this answer back (and is authorized first anyway).

export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
  readonly etag?: string;
  readonly location?: string;
}

export interface IdempotencyScope {
  /** Keys are per caller: two callers may pick the same key. */
  readonly subject: string;
  /** The role the caller acts in: an answer given to an hr-admin is not a manager's. */
  readonly role: string;
  /** The route template, e.g. `POST /regrades`. */
  readonly route: string;
  readonly key: string;
  /** Method, path and body: the same key on another request is refused, not replayed. */
  readonly fingerprint: string;
}

export type Reservation =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in-flight' };

export interface IdempotencyStore {
  reserve(scope: IdempotencyScope): Reservation;
  complete(scope: IdempotencyScope, response: StoredResponse): void;
  /** Frees a reservation whose command failed unexpectedly, so a retry runs it again. */
  release(scope: IdempotencyScope): void;
  close(): void;
}

interface Row {
  fingerprint: string;
  status: number | null;
  body: string | null;
  content_type: string | null;
  etag: string | null;
  location: string | null;
  reserved_at: number;
}

/** A reservation older than this belongs to a crashed request and may be taken over. */
const staleReservationMs = 60_000;

export const openIdempotencyStore = (
  path: string,
  now: () => number = Date.now,
): IdempotencyStore => {
  const db = openApiFile(path);
  // (Replaces `idempotency_keys`, whose keys were per subject only; it is left unread.)
  db.exec(`CREATE TABLE IF NOT EXISTS idempotency_answers (
    subject TEXT NOT NULL,
    role TEXT NOT NULL,
    route TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER,
    body TEXT,
    content_type TEXT,
    etag TEXT,
    location TEXT,
    reserved_at INTEGER NOT NULL,
    PRIMARY KEY (subject, role, route, key)
  )`);
  const where = 'subject = ? AND role = ? AND route = ? AND key = ?';
  const scoped = (s: IdempotencyScope): [string, string, string, string] => [
    s.subject,
    s.role,
    s.route,
    s.key,
  ];
  const select = db.prepare<[string, string, string, string], Row>(
    `SELECT fingerprint, status, body, content_type, etag, location, reserved_at FROM idempotency_answers WHERE ${where}`,
  );
  const insert = db.prepare(
    'INSERT INTO idempotency_answers (subject, role, route, key, fingerprint, reserved_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const retake = db.prepare(
    `UPDATE idempotency_answers SET fingerprint = ?, reserved_at = ? WHERE ${where} AND status IS NULL`,
  );
  const finish = db.prepare(
    `UPDATE idempotency_answers SET status = ?, body = ?, content_type = ?, etag = ?, location = ? WHERE ${where}`,
  );
  const remove = db.prepare(`DELETE FROM idempotency_answers WHERE ${where} AND status IS NULL`);

  const reserve = db.transaction((scope: IdempotencyScope): Reservation => {
    const row = select.get(...scoped(scope));
    if (row === undefined) {
      insert.run(...scoped(scope), scope.fingerprint, now());
      return { kind: 'new' };
    }
    if (row.fingerprint !== scope.fingerprint) return { kind: 'mismatch' };
    if (row.status !== null && row.body !== null)
      return {
        kind: 'replay',
        response: {
          status: row.status,
          body: row.body,
          contentType: row.content_type ?? 'application/json',
          ...(row.etag !== null ? { etag: row.etag } : {}),
          ...(row.location !== null ? { location: row.location } : {}),
        },
      };
    if (now() - row.reserved_at < staleReservationMs) return { kind: 'in-flight' };
    retake.run(scope.fingerprint, now(), ...scoped(scope));
    return { kind: 'new' };
  });

  return {
    reserve: (scope) => reserve(scope),
    complete: (scope, r) => {
      finish.run(
        r.status,
        r.body,
        r.contentType,
        r.etag ?? null,
        r.location ?? null,
        ...scoped(scope),
      );
    },
    release: (scope) => {
      remove.run(...scoped(scope));
    },
    close: () => {
      db.close();
    },
  };
};
