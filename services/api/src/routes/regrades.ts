import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { AssessEligibilityRequest, RegradeCommand, regradeCommands } from '@ladder/domain';
import { apiError, type ApiError } from '../http/problem';
import { defineRoute, type RequestContext, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { RegradeListReply, RegradeReply, RegradeRequestedReply, WrittenReply } from './responses';
import {
  andThen,
  asCommand,
  CaseParams,
  checkOwnLine,
  commandOf,
  withIds,
  written,
} from './common';

// The regrade workflow: a manager requests for someone in their line (eligibility is assessed
// at once, as of the request day), an approver approves or rejects — never their own request —
// then completion, after which the process manager changes the grade and fills the vacancy.

const caseOf = async (services: LadderServices, caseId: string) =>
  andThen(services.load.regrade(caseId), (loaded) =>
    Promise.resolve(
      loaded.state.status === 'none'
        ? E.left<ApiError, never>(apiError('not-found', `no regrade case ${caseId}`))
        : E.right({ ...loaded, staffId: loaded.state.staffId }),
    ),
  );

/** Loads the case and, for a manager, checks the person is in their line. */
const caseInLine = (services: LadderServices, ctx: RequestContext, caseId: string) =>
  andThen(caseOf(services, caseId), (c) =>
    andThen(checkOwnLine(services, ctx, c.staffId), () => Promise.resolve(E.right(c))),
  );

const today = (services: LadderServices): string => services.now().toISOString().slice(0, 10);

/** Evaluates eligibility and records the verdict on the case. */
const assess = (
  services: LadderServices,
  ctx: RequestContext,
  caseId: string,
  staffId: string,
  effectiveOn: string,
) =>
  andThen(services.eligibility({ staffId, effectiveOn, regradeCaseId: caseId }), (verdict) =>
    andThen(
      asCommand(RegradeCommand, commandOf('AssessEligibility', { verdict }, ctx, services.now())),
      (command) =>
        andThen(services.run.regrade({ kind: 'regrade', id: caseId }, command, ctx), (w) =>
          Promise.resolve(E.right({ written: w, verdict })),
        ),
    ),
  );

const step = (
  services: LadderServices,
  spec: {
    readonly segment: string;
    readonly operationId: string;
    readonly summary: string;
    readonly roles: Route['roles'];
    readonly command: { readonly type: RegradeCommand['type']; readonly body: t.Mixed };
  },
): Route =>
  defineRoute({
    method: 'post',
    path: `/regrades/{caseId}/${spec.segment}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: 'regrades',
    roles: spec.roles,
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    params: CaseParams,
    body: spec.command.body,
    handle: ({ params, body }, ctx) =>
      andThen(caseInLine(services, ctx, params.caseId), () =>
        andThen(
          asCommand(RegradeCommand, commandOf(spec.command.type, body, ctx, services.now())),
          (command) =>
            andThen(
              services.run.regrade({ kind: 'regrade', id: params.caseId }, command, ctx),
              (w) =>
                Promise.resolve(
                  E.right(written(w, 201, `/regrades/${params.caseId}`, { caseId: params.caseId })),
                ),
            ),
        ),
      ),
  });

const ListQuery = t.partial({
  status: t.keyof({
    requested: null,
    assessed: null,
    approved: null,
    rejected: null,
    completed: null,
    withdrawn: null,
  }),
});

export const regradeRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/regrades',
    operationId: 'requestRegrade',
    summary: 'Request a regrade for someone in your line',
    tag: 'regrades',
    roles: ['manager', 'hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: RegradeRequestedReply,
    body: withIds(regradeCommands.RequestRegrade.body, ['caseId', 'staffId'], ['vacancyId']),
    handle: ({ body }, ctx) =>
      andThen(checkOwnLine(services, ctx, body.staffId), () =>
        andThen(
          asCommand(RegradeCommand, commandOf('RequestRegrade', body, ctx, services.now())),
          (command) =>
            andThen(
              services.run.regrade({ kind: 'regrade', id: body.caseId }, command, ctx),
              async (requested) => {
                const assessed = await assess(
                  services,
                  ctx,
                  body.caseId,
                  body.staffId,
                  today(services),
                );
                // The request stands even if the assessment could not be made; it can be re-run.
                const w = E.isRight(assessed) ? assessed.right.written : requested;
                return E.right(
                  written(w, 201, `/regrades/${body.caseId}`, {
                    caseId: body.caseId,
                    verdict: E.isRight(assessed) ? assessed.right.verdict : null,
                    ...(E.isLeft(assessed) ? { assessmentError: assessed.left.detail } : {}),
                  }),
                );
              },
            ),
        ),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/regrades/{caseId}/assessments',
    operationId: 'assessRegrade',
    summary: 'Assess eligibility for a regrade case as of a date',
    tag: 'regrades',
    roles: ['manager', 'approver', 'hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: RegradeRequestedReply,
    params: CaseParams,
    body: AssessEligibilityRequest,
    handle: ({ params, body }, ctx) =>
      andThen(caseInLine(services, ctx, params.caseId), (c) =>
        andThen(assess(services, ctx, params.caseId, c.staffId, body.effectiveOn), (a) =>
          Promise.resolve(
            E.right(
              written(a.written, 201, `/regrades/${params.caseId}`, {
                caseId: params.caseId,
                verdict: a.verdict,
              }),
            ),
          ),
        ),
      ),
  }),
  step(services, {
    segment: 'approval',
    operationId: 'approveRegrade',
    summary: 'Approve a regrade (not your own request)',
    roles: ['approver'],
    command: regradeCommands.ApproveRegrade,
  }),
  step(services, {
    segment: 'rejection',
    operationId: 'rejectRegrade',
    summary: 'Reject a regrade (not your own request)',
    roles: ['approver'],
    command: regradeCommands.RejectRegrade,
  }),
  step(services, {
    segment: 'completion',
    operationId: 'completeRegrade',
    summary: 'Complete an approved regrade: the grade changes and the vacancy is filled',
    roles: ['approver', 'hr-admin'],
    command: regradeCommands.CompleteRegrade,
  }),
  step(services, {
    segment: 'withdrawal',
    operationId: 'withdrawRegrade',
    summary: 'Withdraw a regrade request',
    roles: ['manager', 'hr-admin'],
    command: regradeCommands.WithdrawRegrade,
  }),
  defineRoute({
    method: 'get',
    path: '/regrades/{caseId}',
    operationId: 'getRegrade',
    summary: 'Read a regrade case with its latest verdict',
    tag: 'regrades',
    roles: ['manager', 'approver', 'hr-admin', 'auditor'],
    write: false,
    etag: true,
    successStatus: 200,
    response: RegradeReply,
    params: CaseParams,
    handle: ({ params }, ctx) =>
      andThen(caseInLine(services, ctx, params.caseId), (c) =>
        Promise.resolve(E.right({ status: 200, body: c.state, etag: c.revision })),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/regrades',
    operationId: 'listRegrades',
    summary: 'List regrade cases, optionally by status',
    tag: 'regrades',
    roles: ['approver', 'hr-admin', 'auditor'],
    write: false,
    successStatus: 200,
    response: RegradeListReply,
    query: ListQuery,
    handle: ({ query }) =>
      andThen(services.read.regrades(query.status), (cases) =>
        Promise.resolve(E.right({ status: 200, body: { cases } })),
      ),
  }),
];
