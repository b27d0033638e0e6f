import { problemOf, type Problem } from './problem';

// The one way the pages talk to the API: same origin, the session cookie, JSON in and out.
// Writes carry the session's CSRF token and an Idempotency-Key (see forms/use-submission.ts).

export type Answer<T> =
  | { readonly ok: true; readonly status: number; readonly body: T }
  | { readonly ok: false; readonly problem: Problem };

let csrfToken: string | null = null;

/** Set by the session once it is known; sent on every write. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

const parse = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

const call = async <T>(method: string, path: string, init: RequestInit): Promise<Answer<T>> => {
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, credentials: 'same-origin' });
  } catch {
    return {
      ok: false,
      problem: { status: 0, title: 'No answer from Ladder', detail: 'Check your connection.' },
    };
  }
  const body = await parse(response);
  if (response.ok) return { ok: true, status: response.status, body: body as T };
  return { ok: false, problem: problemOf(response.status, body) };
};

export const getJson = <T>(path: string): Promise<Answer<T>> =>
  call<T>('GET', path, { headers: { Accept: 'application/json' } });

export interface WriteOptions {
  /** One key per form submission: a repeated send of it writes once. */
  readonly idempotencyKey?: string;
  /** Why, in the person's words: the events' reason (`X-Reason`). */
  readonly reason?: string;
}

export const postJson = <T>(
  path: string,
  body: unknown,
  options: WriteOptions = {},
): Promise<Answer<T>> =>
  call<T>('POST', path, {
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...(csrfToken !== null ? { 'X-CSRF-Token': csrfToken } : {}),
      ...(options.idempotencyKey !== undefined
        ? { 'Idempotency-Key': options.idempotencyKey }
        : {}),
      ...(options.reason !== undefined ? { 'X-Reason': options.reason } : {}),
    },
    body: JSON.stringify(body),
  });

/** A file sent as it is (a CSV import): its bytes as the body, with the session's CSRF token. */
export const postFile = <T>(path: string, file: Blob, contentType: string): Promise<Answer<T>> =>
  call<T>('POST', path, {
    headers: {
      Accept: 'application/json',
      'Content-Type': contentType,
      ...(csrfToken !== null ? { 'X-CSRF-Token': csrfToken } : {}),
    },
    body: file,
  });

/** A random id that works on plain http too (randomUUID needs a secure context). */
export const randomId = (prefix: string): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};
