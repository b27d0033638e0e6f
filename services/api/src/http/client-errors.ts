import { apiError, type ApiError } from './problem';

// Errors thrown before a route runs — by body-parser, by the router decoding a path, by zlib
// inflating a body — are the caller's doing. Each becomes the 4xx it is; only what is left
// over is a 500.

interface ThrownByLibrary {
  readonly type?: unknown;
  readonly status?: unknown;
  readonly limit?: unknown;
  readonly errno?: unknown;
}

const asThrown = (e: unknown): ThrownByLibrary | null =>
  typeof e === 'object' && e !== null ? e : null;

const invalid = (where: 'params' | 'header' | 'body', field: string, message: string): ApiError =>
  apiError('validation', `${field} ${message}`, {
    field,
    errors: [{ in: where, field, message }],
  });

/** The 4xx problem for an error thrown by the request's plumbing, or null for a real fault. */
export const clientErrorOf = (
  err: unknown,
  request: { readonly contentEncoding: string | undefined },
): ApiError | null => {
  // The router decodes path parameters and throws on `%ZZ`, `%`, `%C0%AF` …
  if (err instanceof URIError)
    return invalid('params', 'path', 'is not valid percent-encoded UTF-8');
  const e = asThrown(err);
  if (e === null) return null;
  switch (e.type) {
    case 'entity.too.large': {
      const limit = typeof e.limit === 'number' ? e.limit : undefined;
      return apiError('payload-too-large', `the body is over the limit of ${limit ?? '?'} bytes`, {
        ...(limit !== undefined ? { extra: { limit } } : {}),
      });
    }
    case 'entity.parse.failed':
      return apiError('malformed-json', 'the body is not valid JSON', {
        field: 'body',
        errors: [{ in: 'body', field: 'body', message: 'is not valid JSON' }],
      });
    case 'encoding.unsupported':
      return apiError(
        'unsupported-media-type',
        'send the body uncompressed, or as gzip, deflate or br',
      );
    case 'charset.unsupported':
      return apiError('unsupported-media-type', 'send the body as UTF-8 JSON');
    case 'request.aborted':
    case 'request.size.invalid':
      return invalid('body', 'body', 'did not arrive whole (its length does not match)');
  }
  // zlib refusing a body that is not what its Content-Encoding says.
  if (typeof e.errno === 'number' && e.status === 400)
    return invalid(
      'header',
      'Content-Encoding',
      `says ${request.contentEncoding ?? 'compressed'} but the body is not that encoding`,
    );
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500)
    return invalid('body', 'body', 'could not be read');
  return null;
};
