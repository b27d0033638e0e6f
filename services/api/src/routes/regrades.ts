import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  actOnRegrade,
  assessRegrade,
  bodyOf,
  readRegradeCase,
  regradeCaseHistory,
  requestRegrade,
  type RegradeDecision,
} from '@ladder/application';
import { AssessEligibilityRequest, regradeCommands } from '@ladder/domain';
import { fromUseCaseError } from '../http/from-domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import {
  CaseHistoryReply,
  RegradeListReply,
  RegradeReply,
  RegradeRequestedReply,
  WrittenReply,
} from './responses';
import { apiError } from '../http/problem';
import { andThen, CaseParams, ResourceId, withIds } from './common';
import { callUseCase, written } from './use-case';

// The regrade workflow (see the application's use cases): a manager requests for someone in
// their line and it is assessed at once; an approver approves or rejects — never their own
// request — then completion, after which the process manager changes the grade.

const step = <K extends RegradeDecision>(
  services: LadderServices,
  spec: {
    readonly segment: string;
    readonly operationId: string;
    readonly summary: string;
    readonly roles: Route['roles'];
    readonly decision: K;
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
    body: bodyOf(regradeCommands, spec.decision),
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => actOnRegrade(services.store, params.caseId, spec.decision, body, request),
        (w) => written(w, 201, `/regrades/${params.caseId}`, { caseId: params.caseId }),
      ),
  });

const ListQuery = t.partial({
  /** `me`: the caller's own requests (a manager's list of their cases). */
  requestedBy: ResourceId,
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
      callUseCase(
        services,
        ctx,
        (request) => requestRegrade(services.store, services.read.eligibility, body, request),
        ({ requested, assessment }) =>
          // The request stands even if the assessment could not be made; it can be re-run.
          E.isRight(assessment)
            ? written(assessment.right.written, 201, `/regrades/${body.caseId}`, {
                caseId: body.caseId,
                verdict: assessment.right.verdict,
              })
            : written(requested, 201, `/regrades/${body.caseId}`, {
                caseId: body.caseId,
                verdict: null,
                assessmentError: fromUseCaseError(assessment.left).detail,
              }),
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
      callUseCase(
        services,
        ctx,
        (request) =>
          assessRegrade(
            services.store,
            services.read.eligibility,
            params.caseId,
            body.effectiveOn,
            request,
          ),
        (a) =>
          written(a.written, 201, `/regrades/${params.caseId}`, {
            caseId: params.caseId,
            verdict: a.verdict,
          }),
      ),
  }),
  step(services, {
    segment: 'approval',
    operationId: 'approveRegrade',
    summary: 'Approve a regrade (not your own request)',
    roles: ['approver'],
    decision: 'ApproveRegrade',
  }),
  step(services, {
    segment: 'rejection',
    operationId: 'rejectRegrade',
    summary: 'Reject a regrade (not your own request)',
    roles: ['approver'],
    decision: 'RejectRegrade',
  }),
  step(services, {
    segment: 'completion',
    operationId: 'completeRegrade',
    summary: 'Complete an approved regrade: the grade changes and the vacancy is filled',
    roles: ['approver', 'hr-admin'],
    decision: 'CompleteRegrade',
  }),
  step(services, {
    segment: 'withdrawal',
    operationId: 'withdrawRegrade',
    summary: 'Withdraw a regrade request',
    roles: ['manager', 'hr-admin'],
    decision: 'WithdrawRegrade',
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
      callUseCase(
        services,
        ctx,
        (request) => readRegradeCase(services.store, request, params.caseId),
        (c) => ({ status: 200, body: c.state, etag: c.revision }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/regrades/{caseId}/history',
    operationId: 'regradeHistory',
    summary:
      "A regrade case's recorded steps: who requested, assessed, approved or rejected, completed or withdrew it, when, and why",
    tag: 'regrades',
    roles: ['manager', 'approver', 'hr-admin', 'auditor'],
    write: false,
    etag: true,
    successStatus: 200,
    response: CaseHistoryReply,
    params: CaseParams,
    handle: ({ params }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => regradeCaseHistory(services.store, request, params.caseId),
        ({ revision, ...history }) => ({ status: 200, etag: revision, body: history }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/regrades',
    operationId: 'listRegrades',
    summary:
      'List regrade cases, oldest request first, by status (assessed: the approvals queue) or requester (me: your own)',
    tag: 'regrades',
    roles: ['manager', 'approver', 'hr-admin', 'auditor'],
    write: false,
    successStatus: 200,
    response: RegradeListReply,
    query: ListQuery,
    handle: ({ query }, ctx) => {
      const requestedBy = query.requestedBy === 'me' ? ctx.principal.id : query.requestedBy;
      // A manager lists their own requests only: other people's cases name people outside their line.
      if (ctx.principal.role === 'manager' && requestedBy !== ctx.principal.id)
        return Promise.resolve(
          E.left(
            apiError('forbidden', 'a manager lists only their own requests (requestedBy=me)', {
              rule: 'managers-act-on-own-reports',
            }),
          ),
        );
      return andThen(
        services.read.regrades({
          ...(query.status !== undefined ? { status: query.status } : {}),
          ...(requestedBy !== undefined ? { requestedBy } : {}),
        }),
        (cases) => Promise.resolve(E.right({ status: 200, body: { cases } })),
      );
    },
  }),
];
