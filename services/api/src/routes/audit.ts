import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { readStaffHistory, staffEligibility, staffTimeline } from '@ladder/application';
import { IsoDate, IsoDateTime, NonEmptyString, utcDateOf } from '@ladder/domain';
import { IntFromQuery } from '../http/query-codecs';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { apiError } from '../http/problem';
import {
  AuditPageReply,
  ChainVerificationReply,
  StaffHistoryReply,
  StaffTimelineReply,
  Verdict,
  VerificationJobReply,
} from './responses';
import { andThen, ResourceId, StaffParams } from './common';
import { callUseCase } from './use-case';

// Auditors replay: what was known at R about what was true on E, who recorded it and why.

const Axes = t.partial({ effectiveOn: IsoDate, knownAt: IsoDateTime });
/** A replay of a recorded case: the move it asked for (its grade, its vacancy), or a vacancy. */
const ReplayAxes = t.intersection([Axes, t.partial({ caseId: ResourceId, vacancyId: ResourceId })]);
const DateOrTime = t.union([IsoDate, IsoDateTime]);
const AuditQuery = t.partial({
  staffId: NonEmptyString,
  actorId: NonEmptyString,
  type: NonEmptyString,
  recordedFrom: DateOrTime,
  recordedTo: DateOrTime,
  effectiveFrom: DateOrTime,
  effectiveTo: DateOrTime,
  cursor: NonEmptyString,
  limit: IntFromQuery('Limit', 1, 500),
});

export const auditRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'get',
    path: '/staff/{staffId}/history',
    operationId: 'staffHistory',
    summary:
      "A person's recorded facts as known at an instant, marking those in effect on a date (managers: their own line)",
    tag: 'audit',
    roles: ['auditor', 'hr-admin', 'manager'],
    write: false,
    etag: true,
    successStatus: 200,
    response: StaffHistoryReply,
    params: StaffParams,
    query: Axes,
    handle: ({ params, query }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => {
          const knownAt = query.knownAt ?? request.at;
          // The day the instant names in its own offset, as the auditor wrote it.
          const day = knownAt.slice(0, 10);
          const effectiveOn = query.effectiveOn ?? (IsoDate.is(day) ? day : utcDateOf(knownAt));
          return readStaffHistory(services.store, request.actor, params.staffId, {
            effectiveOn,
            knownAt,
          });
        },
        ({ revision, ...history }) => ({ status: 200, etag: revision, body: history }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/audit/staff/{staffId}/timeline',
    operationId: 'staffTimeline',
    summary:
      'Every event about a person, each in effect, not in effect, not yet known or retracted on a date as known at an instant; the instants their facts were recorded',
    tag: 'audit',
    roles: ['auditor', 'hr-admin'],
    write: false,
    successStatus: 200,
    response: StaffTimelineReply,
    params: StaffParams,
    query: Axes,
    handle: ({ params, query }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) =>
          staffTimeline(services.store, params.staffId, {
            effectiveOn: query.effectiveOn ?? utcDateOf(request.at),
            knownAt: query.knownAt ?? request.at,
          }),
        (timeline) => ({ status: 200, body: timeline }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/staff/{staffId}/eligibility',
    operationId: 'staffEligibility',
    response: Verdict,
    summary:
      'Eligibility for the next grade (or the move a case asks for) on a date, as known at an instant, explained',
    tag: 'audit',
    roles: ['auditor', 'hr-admin', 'approver', 'manager'],
    write: false,
    successStatus: 200,
    params: StaffParams,
    query: ReplayAxes,
    handle: ({ params, query }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) =>
          staffEligibility(services.store, services.read.eligibility, request.actor, {
            staffId: params.staffId,
            effectiveOn: query.effectiveOn ?? utcDateOf(request.at),
            knownAt: query.knownAt ?? request.at,
            ...(query.caseId !== undefined ? { regradeCaseId: query.caseId } : {}),
            ...(query.vacancyId !== undefined ? { vacancyId: query.vacancyId } : {}),
          }),
        (verdict) => ({ status: 200, body: verdict }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/audit/events',
    operationId: 'auditTrail',
    summary: 'The organisation-wide audit trail, paged, filtered by actor, type, staff and dates',
    tag: 'audit',
    roles: ['auditor'],
    write: false,
    successStatus: 200,
    response: AuditPageReply,
    query: AuditQuery,
    handle: ({ query }) =>
      andThen(services.read.auditTrail(query), (page) =>
        Promise.resolve(E.right({ status: 200, body: page })),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/audit/verification',
    operationId: 'verifyHashChain',
    summary: "Verify the hash chain of every stream (or one person's) against the log",
    tag: 'audit',
    roles: ['auditor'],
    write: false,
    successStatus: 200,
    response: ChainVerificationReply,
    query: t.partial({ staffId: ResourceId }),
    handle: ({ query }) =>
      andThen(services.read.verifyChain(query.staffId), (result) =>
        Promise.resolve(E.right({ status: 200, body: result })),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/audit/verifications',
    operationId: 'startVerification',
    summary:
      "Start verifying the hash chains (every stream, or one person's) as a job; poll its Location",
    tag: 'audit',
    roles: ['auditor'],
    write: false,
    successStatus: 202,
    response: VerificationJobReply,
    body: t.partial({ staffId: ResourceId }),
    handle: ({ body }) => {
      const job = services.read.verifications.start(body.staffId);
      return Promise.resolve(
        E.right({ status: 202, body: job, location: `/audit/verifications/${job.id}` }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/audit/verifications/{jobId}',
    operationId: 'getVerification',
    summary: 'A verification job: progress (streams, events, rate), then its result',
    tag: 'audit',
    roles: ['auditor'],
    write: false,
    successStatus: 200,
    response: VerificationJobReply,
    params: t.type({ jobId: ResourceId }),
    handle: ({ params }) => {
      const job = services.read.verifications.get(params.jobId);
      return Promise.resolve(
        job === undefined
          ? E.left(apiError('not-found', `no verification job ${params.jobId}`))
          : E.right({ status: 200, body: job }),
      );
    },
  }),
];
