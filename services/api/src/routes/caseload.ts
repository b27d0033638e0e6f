import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  allocateCase,
  allocationOptions,
  closeCase,
  loadAllocation,
  loadStaff,
  openCase,
  readStaffOn,
  type RequestMeta,
} from '@ladder/application';
import {
  AllocateCaseRequest,
  CaseReference,
  caseloadCommands,
  EmergencyAllocateCaseRequest,
  IsoDate,
  ReallocateCaseRequest,
  utcDateOf,
} from '@ladder/domain';
import type { ApiError } from '../http/problem';
import { defineRoute, type Reply, type Route } from '../http/route';
import type { CaseloadPicture } from '../read-side/caseload';
import type { LadderServices } from '../services';
import {
  AllocationOptionsReply,
  CaseloadReply,
  CaseWrittenReply,
  TeamCaseloadReply,
} from './caseload-replies';
import { andThen } from './common';
import { answer, callUseCase, requestOf, written } from './use-case';

// Caseload allocation (issue 15). A manager opens, allocates, reallocates, allocates in an
// emergency and closes their own team's cases, to people in their own line; the rule is the
// domain's and each refusal names it and the framework version. Reads: a manager sees their
// own team's cases and line; HR admins and auditors see all; planners see only the DfE
// measure by team, with the small-number rule.

const CaseParams = t.type({ caseReference: CaseReference }, 'CaseReferenceParams');

const today = (services: LadderServices): IsoDate => utcDateOf(services.now().toISOString());

const writeRoute = <B>(
  services: LadderServices,
  spec: {
    readonly segment: string;
    readonly operationId: string;
    readonly summary: string;
    readonly body: t.Type<B, unknown, unknown>;
    readonly use: (
      caseReference: string,
      body: B,
      request: RequestMeta,
    ) => ReturnType<typeof allocateCase>;
  },
): Route =>
  defineRoute({
    method: 'post',
    path: `/cases/{caseReference}/${spec.segment}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: 'caseload',
    roles: ['manager'],
    write: true,
    etag: true,
    successStatus: 201,
    response: CaseWrittenReply,
    params: CaseParams,
    body: spec.body,
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => spec.use(params.caseReference, body, request),
        (w) => written(w, 201, undefined, { caseReference: params.caseReference }),
      ),
  });

/** A manager's own team (their record's, on the date) and line (their current reports). */
const ownTeamAndLine = async (
  services: LadderServices,
  managerId: string,
  on: IsoDate,
): Promise<{ team: string | null; line: readonly string[] }> => {
  const record = await readStaffOn(services.store, managerId, on);
  const loaded = await loadStaff(services.store, managerId);
  const line =
    E.isRight(loaded) && loaded.right.state.status === 'active'
      ? loaded.right.state.directReports
      : [];
  return { team: record?.team ?? null, line };
};

/** What a manager may see of the picture: their team's cases, their line's caseloads. */
const narrowed = (picture: CaseloadPicture, team: string | null, line: readonly string[]) => ({
  ...picture,
  workers: picture.workers.filter((w) => line.includes(w.staffId)),
  unallocated: picture.unallocated.filter((c) => c.team === team),
  emergencies: picture.emergencies.filter((c) => c.team === team),
  againstRule: picture.againstRule.filter((c) => c.team === team),
  needingReallocation: picture.needingReallocation.filter((c) => c.team === team),
});

const ok = (body: unknown): E.Either<ApiError, Reply> => E.right({ status: 200, body });

export const caseloadRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/cases',
    operationId: 'openCase',
    summary: "Open a case in the manager's own team: a case reference (never a child's name)",
    tag: 'caseload',
    roles: ['manager'],
    write: true,
    etag: true,
    successStatus: 201,
    response: CaseWrittenReply,
    body: caseloadCommands.OpenCase.body,
    handle: ({ body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => openCase(services.store, body, request),
        (w) =>
          written(w, 201, `/cases/${body.caseReference}/options`, {
            caseReference: body.caseReference,
          }),
      ),
  }),
  writeRoute(services, {
    segment: 'allocation',
    operationId: 'allocateCase',
    summary: 'Allocate an unallocated case to someone in the manager’s line, by the rule',
    body: AllocateCaseRequest,
    use: (ref, body, request) =>
      allocateCase(
        services.store,
        ref,
        { type: 'AllocateCase', staffId: body.staffId, on: body.allocatedOn },
        request,
      ),
  }),
  writeRoute(services, {
    segment: 'reallocation',
    operationId: 'reallocateCase',
    summary: 'Reallocate a case to someone else in the manager’s line, by the rule',
    body: ReallocateCaseRequest,
    use: (ref, body, request) =>
      allocateCase(
        services.store,
        ref,
        { type: 'ReallocateCase', staffId: body.staffId, on: body.reallocatedOn },
        request,
      ),
  }),
  writeRoute(services, {
    segment: 'emergency-allocation',
    operationId: 'emergencyAllocateCase',
    summary:
      'Allocate a liberty-affecting case to a grade that holds it only in an emergency: with a reason, for the framework’s hours',
    body: EmergencyAllocateCaseRequest,
    use: (ref, body, request) =>
      allocateCase(
        services.store,
        ref,
        {
          type: 'EmergencyAllocateCase',
          staffId: body.staffId,
          on: utcDateOf(body.startsAt),
          startsAt: body.startsAt,
          reason: body.reason,
        },
        request,
      ),
  }),
  writeRoute(services, {
    segment: 'closure',
    operationId: 'closeCase',
    summary: 'Close a case',
    body: caseloadCommands.CloseCase.body,
    use: (ref, body, request) => closeCase(services.store, ref, body, request),
  }),
  defineRoute({
    method: 'get',
    path: '/cases/{caseReference}/options',
    operationId: 'getAllocationOptions',
    summary:
      'For a case, the rule explained for each worker (a manager: their line; others: the case’s team): may hold it, only in an emergency, or not, and why',
    tag: 'caseload',
    roles: ['manager', 'hr-admin', 'auditor'],
    write: false,
    successStatus: 200,
    response: AllocationOptionsReply,
    params: CaseParams,
    query: t.partial({ asOf: IsoDate }),
    handle: async ({ params, query }, ctx) => {
      const asOf = query.asOf ?? today(services);
      const request = requestOf(ctx, services.now());
      if (E.isLeft(request)) return request;
      // Whom to judge: a manager's own line; for HR and auditors, the case's team that day.
      let staffIds: readonly string[];
      if (ctx.principal.role === 'manager')
        staffIds = (await ownTeamAndLine(services, ctx.principal.id, asOf)).line;
      else {
        const found = await loadAllocation(services.store, params.caseReference);
        const team =
          E.isRight(found) && found.right.state.status !== 'none' ? found.right.state.team : null;
        const picture = await services.read.caseload(asOf, `${asOf}T23:59:59.999Z`);
        if (E.isLeft(picture)) return picture;
        staffIds = picture.right.workers.filter((w) => w.team === team).map((w) => w.staffId);
      }
      return answer(
        allocationOptions(services.store, request.right, params.caseReference, asOf, staffIds),
        ({ case: c, workers }) => ({
          status: 200,
          body: {
            caseReference: c.caseReference,
            team: c.team,
            complexity: c.complexity,
            libertyFlags: c.libertyFlags,
            holder: c.holder?.staffId ?? null,
            asOf,
            workers,
          },
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/caseload',
    operationId: 'getCaseload',
    summary:
      'Cases on a date (default today): each worker’s caseload against the limit for their FTE, unallocated cases, emergency allocations (in force or lapsed), cases held against the rule, cases needing reallocation. A manager sees their own team and line.',
    tag: 'caseload',
    roles: ['manager', 'hr-admin', 'auditor'],
    write: false,
    successStatus: 200,
    response: CaseloadReply,
    query: t.partial({ asOf: IsoDate }),
    handle: async ({ query }, ctx) => {
      const now = services.now().toISOString();
      const asOf = query.asOf ?? today(services);
      // Today, lapsing is judged at this instant; another date, at its end.
      const at = query.asOf === undefined ? now : `${asOf}T23:59:59.999Z`;
      const own =
        ctx.principal.role === 'manager'
          ? await ownTeamAndLine(services, ctx.principal.id, asOf)
          : null;
      return andThen(services.read.caseload(asOf, at), (picture) =>
        Promise.resolve(
          ok({ ...(own === null ? picture : narrowed(picture, own.team, own.line)), at }),
        ),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/caseload/teams',
    operationId: 'getCaseloadByTeam',
    summary:
      'The DfE caseload measure by team on a date (default today): cases held by case holders ÷ case-holder FTE, and unallocated cases. Planners get counts under 5 people withheld.',
    tag: 'caseload',
    roles: ['planner', 'manager', 'hr-admin', 'auditor'],
    write: false,
    successStatus: 200,
    response: TeamCaseloadReply,
    query: t.partial({ asOf: IsoDate }),
    handle: ({ query }, ctx) => {
      const asOf = query.asOf ?? today(services);
      return andThen(
        services.read.caseloadByTeam(asOf, ctx.principal.role === 'planner'),
        (teams) => Promise.resolve(ok({ asOf, teams })),
      );
    },
  }),
];
