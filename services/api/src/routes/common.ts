import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { Written } from '../commands/command-port';
import { apiError, validationError, type ApiError } from '../http/problem';
import type { Reply, RequestContext } from '../http/route';
import { withSchema } from '../http/json-schema';
import { fieldErrors } from '../http/validate';
import type { LadderServices } from '../services';

/** `{ type, data, actor, at }`: the actor from the token, `at` from the edge's clock. */
export const commandOf = (type: string, data: unknown, ctx: RequestContext, now: Date) => ({
  type,
  data,
  actor: { id: ctx.principal.id, role: ctx.principal.role },
  at: now.toISOString(),
});

/** Decodes a full command with the domain's codec, giving its typed union member. */
export const asCommand = <C>(
  codec: t.Type<C, unknown, unknown>,
  raw: unknown,
): E.Either<ApiError, C> => {
  const decoded = codec.decode(raw);
  return E.isLeft(decoded)
    ? E.left(validationError(fieldErrors('body', decoded.left)))
    : E.right(decoded.right);
};

export const written = (
  w: Written,
  status = 201,
  location?: string,
  body: Record<string, unknown> = {},
): Reply => ({
  status,
  body: { ...body, streamName: w.streamName, revision: w.revision, eventIds: w.eventIds },
  etag: w.revision,
  ...(location !== undefined ? { location } : {}),
});

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

/**
 * Managers act only on their own line: the staff member must be a current direct report of
 * the manager named by the token (the manager's own stream says whom they manage).
 * Other roles pass; whether they may act at all is the route's role list.
 */
export const checkOwnLine = async (
  services: LadderServices,
  ctx: RequestContext,
  staffId: string,
): Promise<E.Either<ApiError, void>> => {
  if (ctx.principal.role !== 'manager') return E.right(undefined);
  const refused = E.left(
    apiError('forbidden', `staff ${staffId} is not in the line of manager ${ctx.principal.id}`, {
      rule: 'managers-act-on-own-reports',
    }),
  );
  const manager = await services.load.staff(ctx.principal.id);
  if (E.isLeft(manager)) return manager.left.code === 'not-found' ? refused : manager;
  const state = manager.right.state;
  if (state.status !== 'active' || !state.directReports.some((r) => r === staffId)) return refused;
  return E.right(undefined);
};

export const andThen = async <A, B>(
  first: Promise<E.Either<ApiError, A>> | E.Either<ApiError, A>,
  next: (a: A) => Promise<E.Either<ApiError, B>>,
): Promise<E.Either<ApiError, B>> => {
  const a = await first;
  return E.isLeft(a) ? a : next(a.right);
};
