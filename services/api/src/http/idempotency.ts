import Database from 'better-sqlite3';

// Idempotency-Key: the first answer to a write is kept durably (a SQLite table beside the read
// models), so a retry gets that same answer and writes nothing new. A key is reserved before the
// command runs, so a concurrent retry waits its turn (409) instead of running the command twice.

export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
  readonly etag?: string;
  readonly location?: string;
}

export interface IdempotencyScope {
  /** Keys are per caller: two callers may pick the same key. */
  readonly principalId: string;
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
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
    principal_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER,
    body TEXT,
    content_type TEXT,
    etag TEXT,
    location TEXT,
    reserved_at INTEGER NOT NULL,
    PRIMARY KEY (principal_id, key)
  )`);
  const select = db.prepare<[string, string], Row>(
    'SELECT fingerprint, status, body, content_type, etag, location, reserved_at FROM idempotency_keys WHERE principal_id = ? AND key = ?',
  );
  const insert = db.prepare(
    'INSERT INTO idempotency_keys (principal_id, key, fingerprint, reserved_at) VALUES (?, ?, ?, ?)',
  );
  const retake = db.prepare(
    'UPDATE idempotency_keys SET fingerprint = ?, reserved_at = ? WHERE principal_id = ? AND key = ? AND status IS NULL',
  );
  const finish = db.prepare(
    'UPDATE idempotency_keys SET status = ?, body = ?, content_type = ?, etag = ?, location = ? WHERE principal_id = ? AND key = ?',
  );
  const remove = db.prepare(
    'DELETE FROM idempotency_keys WHERE principal_id = ? AND key = ? AND status IS NULL',
  );

  const reserve = db.transaction((scope: IdempotencyScope): Reservation => {
    const row = select.get(scope.principalId, scope.key);
    if (row === undefined) {
      insert.run(scope.principalId, scope.key, scope.fingerprint, now());
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
    retake.run(scope.fingerprint, now(), scope.principalId, scope.key);
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
        scope.principalId,
        scope.key,
      );
    },
    release: (scope) => {
      remove.run(scope.principalId, scope.key);
    },
    close: () => {
      db.close();
    },
  };
};
