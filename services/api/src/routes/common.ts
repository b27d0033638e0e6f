import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { ApiError } from '../http/problem';
import { withSchema } from '../http/json-schema';

interface ResourceIdBrand {
  readonly ResourceId: unique symbol;
}
/** An id that can name a stream: letters, digits, `_ . : -`, starting with a letter or digit. */
const idPattern = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$';
export const ResourceId = withSchema(
  t.brand(
    t.string,
    (s): s is t.Branded<string, ResourceIdBrand> => new RegExp(idPattern).test(s),
    'ResourceId',
  ),
  { type: 'string', pattern: idPattern },
);

/** A domain body whose id fields must also be usable as stream names. */
export const withIds = <C extends t.Mixed>(
  body: C,
  ids: readonly string[],
  optional: readonly string[] = [],
) =>
  t.intersection([
    body,
    t.type(Object.fromEntries(ids.map((k) => [k, ResourceId]))),
    t.partial(Object.fromEntries(optional.map((k) => [k, ResourceId]))),
  ]);

export const StaffParams = t.type({ staffId: ResourceId }, 'StaffParams');
export const CaseParams = t.type({ caseId: ResourceId }, 'CaseParams');
export const VacancyParams = t.type({ vacancyId: ResourceId }, 'VacancyParams');

export const andThen = async <A, B>(
  first: Promise<E.Either<ApiError, A>> | E.Either<ApiError, A>,
  next: (a: A) => Promise<E.Either<ApiError, B>>,
): Promise<E.Either<ApiError, B>> => {
  const a = await first;
  return E.isLeft(a) ? a : next(a.right);
};
