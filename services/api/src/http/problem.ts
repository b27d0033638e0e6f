// One error family for the HTTP edge: each code has one status, and every error leaves as an
// RFC 7807 problem document. Domain and store errors are mapped to it in `from-domain.ts`.

export const apiErrorCodes = [
  'validation',
  'malformed-json',
  'unsupported-media-type',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'wrong-expected-revision',
  'idempotency-key-in-flight',
  'precondition-failed',
  'rule-violation',
  'idempotency-key-reused',
  'payload-too-large',
  'unavailable',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const statusOf: Readonly<Record<ApiErrorCode, number>> = {
  validation: 400,
  'malformed-json': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'wrong-expected-revision': 409,
  'idempotency-key-in-flight': 409,
  'precondition-failed': 412,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rule-violation': 422,
  'idempotency-key-reused': 422,
  unavailable: 503,
  internal: 500,
};

export const titleOf: Readonly<Record<ApiErrorCode, string>> = {
  validation: 'Invalid request',
  'malformed-json': 'Malformed JSON body',
  'unsupported-media-type': 'Unsupported media type',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflict with the current state',
  'wrong-expected-revision': 'The resource changed meanwhile',
  'idempotency-key-in-flight': 'A request with this Idempotency-Key is still running',
  'precondition-failed': 'If-Match does not match the current revision',
  'rule-violation': 'A business rule was not met',
  'idempotency-key-reused': 'Idempotency-Key reused for a different request',
  'payload-too-large': 'Request body too large',
  unavailable: 'Service unavailable',
  internal: 'Internal error',
};

/** One invalid input: where it was (`body`, `query`, `params`, `header`) and which field. */
export interface FieldError {
  readonly in: 'body' | 'query' | 'params' | 'header';
  readonly field: string;
  readonly message: string;
}

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly detail: string;
  /** The (first) offending field, e.g. `qualification.awardedOn`. */
  readonly field?: string;
  /** The business rule that was not met, e.g. `approver-is-not-requester`. */
  readonly rule?: string;
  readonly errors?: readonly FieldError[];
  /** Further members of the problem document (e.g. `currentRevision`). */
  readonly extra?: Readonly<Record<string, string | number | boolean | null>>;
  /** Findings by record and item (e.g. a census return that fails its schema). */
  readonly report?: readonly Readonly<Record<string, string | number | null>>[];
}

export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code: ApiErrorCode;
  readonly field?: string;
  readonly rule?: string;
  readonly errors?: readonly FieldError[];
  readonly correlationId?: string;
  readonly [extra: string]: unknown;
}

export const apiError = (
  code: ApiErrorCode,
  detail: string,
  more: Omit<ApiError, 'code' | 'detail'> = {},
): ApiError => ({ code, detail, ...more });

export const validationError = (errors: readonly FieldError[]): ApiError => {
  const first = errors[0];
  return {
    code: 'validation',
    detail: first ? `${first.in} ${first.field}: ${first.message}` : 'invalid request',
    ...(first ? { field: first.field } : {}),
    errors,
  };
};

export const problemTypeOf = (code: ApiErrorCode): string => `/problems/${code}`;

export const toProblem = (
  error: ApiError,
  context: { readonly instance?: string; readonly correlationId?: string } = {},
): ProblemDocument => ({
  ...(error.extra ?? {}),
  type: problemTypeOf(error.code),
  title: titleOf[error.code],
  status: statusOf[error.code],
  detail: error.detail,
  code: error.code,
  ...(error.field !== undefined ? { field: error.field } : {}),
  ...(error.rule !== undefined ? { rule: error.rule } : {}),
  ...(error.errors !== undefined ? { errors: error.errors } : {}),
  ...(error.report !== undefined ? { report: error.report } : {}),
  ...(context.instance !== undefined ? { instance: context.instance } : {}),
  ...(context.correlationId !== undefined ? { correlationId: context.correlationId } : {}),
});

export const problemContentType = 'application/problem+json';
