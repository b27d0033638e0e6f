import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  approveErasure,
  openErasureRequests,
  requestErasure,
  subjectAccess,
} from '@ladder/application';
import { IsoDate, NonEmptyString, RetentionSchedule } from '@ladder/domain';
import { apiError } from '../http/problem';
import { defineRoute, type RequestContext, type Route } from '../http/route';
import { subjectAccessHtml } from '../personal-data/subject-access-html';
import type { LadderServices } from '../services';
import { ResourceId, StaffParams } from './common';
import { callUseCase, written } from './use-case';

// Personal data (UK GDPR): an erasure asked by one person and approved by another, the
// retention job (dry run, then run) and subject access. Who may do each is configured
// (LADDER_ERASURE_ASK_ROLES, _APPROVE_ROLES, LADDER_SUBJECT_ACCESS_ROLES).

const RequestParams = t.type({ staffId: ResourceId, requestId: ResourceId }, 'ErasureParams');
const JobParams = t.type({ jobId: NonEmptyString }, 'RetentionJobParams');
const Actor = t.type({ id: t.string, role: t.string });

const ErasureRequestReply = t.type(
  { streamName: t.string, revision: t.string, eventIds: t.array(t.string), requestId: t.string },
  'ErasureRequestReply',
);
export const ErasureReply = t.type(
  {
    streamName: t.string,
    revision: t.string,
    eventIds: t.array(t.string),
    keysDestroyed: t.number,
    clearTextEventIds: t.array(t.string),
  },
  'ErasureReply',
);
export const OpenRequestsReply = t.type(
  {
    requests: t.array(
      t.type({
        staffId: t.string,
        requestId: t.string,
        requestedBy: Actor,
        requestedOn: t.string,
        reason: t.union([t.string, t.null]),
      }),
    ),
  },
  'OpenErasureRequestsReply',
);
const Due = t.type({
  staffId: t.string,
  rule: t.string,
  description: t.string,
  scope: t.string,
  dueOn: t.string,
  eventIds: t.array(t.string),
});
export const RetentionJobReply = t.type(
  {
    id: t.string,
    mode: t.keyof({ 'dry-run': null, run: null }),
    asOf: t.string,
    startedBy: t.string,
    status: t.keyof({ running: null, done: null, failed: null }),
    startedAt: t.string,
    finishedAt: t.union([t.string, t.null]),
    eventsScanned: t.number,
    due: t.union([t.array(Due), t.null]),
    erased: t.union([
      t.array(
        t.intersection([
          Due,
          t.type({ keysDestroyed: t.number, clearTextEventIds: t.array(t.string) }),
        ]),
      ),
      t.null,
    ]),
    error: t.union([t.string, t.null]),
  },
  'RetentionJobReply',
);
export const RetentionScheduleReply = t.type(
  { rules: RetentionSchedule },
  'RetentionScheduleReply',
);
const SubjectAccessReply = t.type(
  {
    staffId: t.string,
    generatedAt: t.string,
    generatedBy: Actor,
    records: t.array(
      t.type({
        eventId: t.string,
        streamName: t.string,
        type: t.string,
        effectiveAt: t.string,
        recordedAt: t.string,
        recordedBy: Actor,
        reason: t.union([t.string, t.null]),
        facts: t.unknown,
        personal: t.unknown,
      }),
    ),
    decisions: t.array(t.unknown),
    keys: t.array(
      t.type({ keyId: t.string, createdAt: t.string, destroyedAt: t.union([t.string, t.null]) }),
    ),
  },
  'SubjectAccessReply',
);

export const personalDataRoutes = (services: LadderServices): Route[] => {
  const { personal } = services;
  const ctxOf = () => ({ store: services.store, keys: personal.keys });
  const startJob = (mode: 'dry-run' | 'run', asOf: string | undefined, ctx: RequestContext) => {
    const now = services.now();
    const job = personal.retention.start({
      mode,
      eventStore: personal.files.eventStore,
      keys: personal.files.keys,
      schedule: personal.schedule,
      today: asOf ?? now.toISOString().slice(0, 10),
      actor: { id: ctx.principal.id, role: ctx.principal.role },
      at: now.toISOString(),
      correlationId: ctx.correlationId,
    });
    return Promise.resolve(
      E.right({ status: 202, body: job, location: `/retention/jobs/${job.id}` }),
    );
  };
  return [
    defineRoute({
      method: 'post',
      path: '/staff/{staffId}/erasure-requests',
      operationId: 'requestErasure',
      summary:
        "Asks for a person's personal data to be erased (X-Reason says why); another person approves",
      tag: 'personal-data',
      roles: personal.roles.ask,
      write: true,
      successStatus: 201,
      response: ErasureRequestReply,
      params: StaffParams,
      body: t.partial({ requestId: ResourceId }),
      handle: ({ params, body }, ctx) => {
        const id = body.requestId ?? randomUUID();
        const staffId = params.staffId;
        // A ResourceId is never empty: the guards only tell TypeScript so.
        if (!NonEmptyString.is(id) || !NonEmptyString.is(staffId))
          return Promise.resolve(E.left(apiError('internal', 'an empty id')));
        return callUseCase(
          services,
          ctx,
          (request) => requestErasure(ctxOf(), staffId, id, request),
          (w) =>
            written(w, 201, `/staff/${params.staffId}/erasure-requests/${id}`, { requestId: id }),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/erasure-requests',
      operationId: 'openErasureRequests',
      summary: 'Erasure requests waiting for a second person to approve them',
      tag: 'personal-data',
      roles: [...new Set([...personal.roles.ask, ...personal.roles.approve])],
      write: false,
      successStatus: 200,
      response: OpenRequestsReply,
      handle: async () =>
        E.right({ status: 200, body: { requests: await openErasureRequests(services.store) } }),
    }),
    defineRoute({
      method: 'post',
      path: '/staff/{staffId}/erasure-requests/{requestId}/approval',
      operationId: 'approveErasure',
      summary:
        "Approves an erasure (never the asker's own): the person's keys are destroyed, and the erasure recorded",
      tag: 'personal-data',
      roles: personal.roles.approve,
      write: true,
      successStatus: 201,
      response: ErasureReply,
      params: RequestParams,
      // Nothing to say beyond who approves (the token): an empty object, as regrade approvals.
      body: t.type({}),
      handle: ({ params }, ctx) => {
        const { staffId, requestId } = params;
        if (!NonEmptyString.is(staffId) || !NonEmptyString.is(requestId))
          return Promise.resolve(E.left(apiError('internal', 'an empty id')));
        return callUseCase(
          services,
          ctx,
          (request) => approveErasure(ctxOf(), staffId, requestId, request),
          (erasure) => {
            const reply = written(erasure.written, 201);
            return {
              ...reply,
              body: {
                ...(reply.body as Record<string, unknown>),
                keysDestroyed: erasure.keysDestroyed,
                clearTextEventIds: erasure.clearTextEventIds,
              },
            };
          },
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/staff/{staffId}/subject-access',
      operationId: 'subjectAccess',
      summary:
        'Everything Ladder holds about a person (facts, decisions and their explanations, who recorded what, when and why) as JSON, or a printable page with format=html',
      tag: 'personal-data',
      roles: personal.roles.export,
      write: false,
      successStatus: 200,
      response: SubjectAccessReply,
      params: StaffParams,
      query: t.partial({ format: t.keyof({ json: null, html: null }) }),
      handle: ({ params, query }, ctx) =>
        callUseCase(
          services,
          ctx,
          (request) => subjectAccess(ctxOf(), params.staffId, request),
          (exported) =>
            query.format === 'html'
              ? {
                  status: 200,
                  body: null,
                  download: {
                    filename: `subject-access-${params.staffId}.html`,
                    contentType: 'text/html; charset=utf-8',
                    chunks: [subjectAccessHtml(exported)],
                  },
                }
              : { status: 200, body: exported },
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/retention/schedule',
      operationId: 'retentionSchedule',
      summary: 'The retention schedule: how long each kind of record is kept',
      tag: 'personal-data',
      roles: [...new Set([...personal.roles.ask, ...personal.roles.approve])],
      write: false,
      successStatus: 200,
      response: RetentionScheduleReply,
      handle: () => Promise.resolve(E.right({ status: 200, body: { rules: personal.schedule } })),
    }),
    defineRoute({
      method: 'post',
      path: '/retention/dry-runs',
      operationId: 'startRetentionDryRun',
      summary:
        'Lists every erasure the retention schedule makes due (a job to poll); writes nothing',
      tag: 'personal-data',
      roles: personal.roles.ask,
      write: false,
      successStatus: 202,
      response: RetentionJobReply,
      body: t.partial({ asOf: IsoDate }),
      handle: ({ body }, ctx) => startJob('dry-run', body.asOf, ctx),
    }),
    defineRoute({
      method: 'post',
      path: '/retention/runs',
      operationId: 'startRetentionRun',
      summary:
        'Erases what the retention schedule makes due, recording each erasure (a job to poll)',
      tag: 'personal-data',
      roles: personal.roles.approve,
      write: false,
      successStatus: 202,
      response: RetentionJobReply,
      body: t.partial({ asOf: IsoDate }),
      handle: ({ body }, ctx) => startJob('run', body.asOf, ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/retention/jobs',
      operationId: 'retentionJobs',
      summary:
        'The retention jobs kept (newest first): dry runs and runs, what each listed or erased',
      tag: 'personal-data',
      roles: [...new Set([...personal.roles.ask, ...personal.roles.approve])],
      write: false,
      successStatus: 200,
      response: t.type({ jobs: t.array(RetentionJobReply) }),
      handle: () =>
        Promise.resolve(E.right({ status: 200, body: { jobs: personal.retention.list() } })),
    }),
    defineRoute({
      method: 'get',
      path: '/retention/jobs/{jobId}',
      operationId: 'retentionJob',
      summary: 'A retention job: events scanned, then the list (dry run) or what it erased (run)',
      tag: 'personal-data',
      roles: [...new Set([...personal.roles.ask, ...personal.roles.approve])],
      write: false,
      successStatus: 200,
      response: RetentionJobReply,
      params: JobParams,
      handle: ({ params }) => {
        const job = personal.retention.get(params.jobId);
        return Promise.resolve(
          job === undefined
            ? E.left(apiError('not-found', `no retention job ${params.jobId}`))
            : E.right({ status: 200, body: job }),
        );
      },
    }),
  ];
};
