import * as E from 'fp-ts/Either';
import { ExpectedRevision } from '@ladder/event-store';
import { apiError, type ApiError } from './problem';

// The ETag of a resource is its stream revision: `"7"`. `If-Match: "7"` makes a write
// conditional on it; `If-Match: *` on the stream existing.

export const formatEtag = (revision: bigint): string => `"${revision.toString()}"`;

const etagPattern = /^(?:W\/)?"(\d{1,19})"$/;

/** What `If-Match` may hold (blank is no condition), for the OpenAPI document. */
export const ifMatchPattern = '^\\s*(\\*|(W/)?"\\d{1,19}")?\\s*$';

export const parseIfMatch = (
  header: string | undefined,
): E.Either<ApiError, ExpectedRevision | undefined> => {
  if (header === undefined || header.trim() === '') return E.right(undefined);
  const value = header.trim();
  if (value === '*') return E.right(ExpectedRevision.exists);
  const match = etagPattern.exec(value);
  if (!match?.[1])
    return E.left(
      apiError('validation', 'If-Match must be one ETag such as "3" (a stream revision) or *', {
        field: 'If-Match',
        errors: [{ in: 'header', field: 'If-Match', message: 'must be one quoted revision or *' }],
      }),
    );
  return E.right(ExpectedRevision.exact(BigInt(match[1])));
};
