import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { unknownKeys } from './codec-walk';
import { validationError, type ApiError, type FieldError } from './problem';

type Location = FieldError['in'];

const isMemberIndex = (parent: t.Decoder<unknown, unknown> | undefined): boolean =>
  parent instanceof t.IntersectionType || parent instanceof t.UnionType;

const isIndexed = (parent: t.Decoder<unknown, unknown> | undefined): boolean =>
  parent instanceof t.ArrayType ||
  parent instanceof t.ReadonlyArrayType ||
  parent instanceof t.TupleType;

/** `a.b[2].c` from an io-ts context, skipping the member indices of unions and intersections. */
const pathOf = (context: t.Context): { path: string; expected: string; actual: unknown } => {
  let path = '';
  let expected = context[0]?.type.name ?? 'value';
  let actual: unknown = context[0]?.actual;
  for (let i = 1; i < context.length; i++) {
    const entry = context[i];
    const parent = context[i - 1]?.type;
    if (entry === undefined || isMemberIndex(parent)) continue;
    path = isIndexed(parent)
      ? `${path}[${entry.key}]`
      : path === ''
        ? entry.key
        : `${path}.${entry.key}`;
    expected = entry.type.name;
    actual = entry.actual;
  }
  return { path, expected, actual };
};

const describe = (actual: unknown, expected: string): string =>
  actual === undefined ? `is required (${expected})` : `must be ${expected}`;

export const fieldErrors = (where: Location, errors: t.Errors): FieldError[] => {
  const seen = new Map<string, FieldError>();
  for (const error of errors) {
    const { path, expected, actual } = pathOf(error.context);
    const field = path === '' ? where : path;
    // The whole part is wrong: its codec's name spells out every field, too long to be read.
    const message =
      error.message ??
      (path === ''
        ? actual === undefined
          ? 'is required'
          : 'must be a JSON object'
        : describe(actual, expected));
    if (!seen.has(field)) seen.set(field, { in: where, field, message });
  }
  return [...seen.values()];
};

/** Decodes one part of a request; unknown fields are refused by name like bad ones. */
export const decodeInput = <A>(
  where: Location,
  codec: t.Type<A, unknown, unknown>,
  value: unknown,
): E.Either<ApiError, A> => {
  const decoded = codec.decode(value);
  if (E.isLeft(decoded)) return E.left(validationError(fieldErrors(where, decoded.left)));
  const extra = unknownKeys(codec, value);
  if (extra.length > 0)
    return E.left(
      validationError(
        extra.map((field) => ({ in: where, field, message: 'is not a known field' })),
      ),
    );
  return E.right(decoded.right);
};
