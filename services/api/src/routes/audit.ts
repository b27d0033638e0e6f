import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { IsoDate, IsoDateTime, NonEmptyString } from '@ladder/domain';
import { apiError } from '../http/problem';
import { IntFromQuery } from '../http/query-codecs';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { AuditPageReply, ChainVerificationReply, StaffHistoryReply, Verdict } from './responses';
import { andThen, checkOwnLine, ResourceId, StaffParams } from './common';

// Auditors replay: what was known at R about what was true on E, who recorded it and why.

const Axes = t.partial({ effectiveOn: IsoDate, knownAt: IsoDateTime });
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

const endOfDay = (date: string): number => Date.parse(`${date}T23:59:59.999Z`);

export const auditRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'get',
    path: '/staff/{staffId}/history',
    operationId: 'staffHistory',
    summary: "A person's recorded facts as known at an instant, marking those in effect on a date",
    tag: 'audit',
    roles: ['auditor', 'hr-admin'],
    write: false,
    etag: true,
    successStatus: 200,
    response: StaffHistoryReply,
    params: StaffParams,
    query: Axes,
    handle: ({ params, query }) => {
      const knownAt = query.knownAt ?? services.now().toISOString();
      const effectiveOn = query.effectiveOn ?? knownAt.slice(0, 10);
      return andThen(services.history(params.staffId), (events) => {
        if (events.length === 0)
          return Promise.resolve(E.left(apiError('not-found', `no staff ${params.staffId}`)));
        const known = events.filter((e) => Date.parse(e.recordedAt) <= Date.parse(knownAt));
        const retracted = new Set(
          known.flatMap((e) => {
            const data = e.data;
            return e.type === 'FactRetracted' &&
              typeof data === 'object' &&
              data !== null &&
              !Array.isArray(data)
              ? [String((data as Record<string, unknown>)['retractedEventId'])]
              : [];
          }),
        );
        const last = events[events.length - 1];
        return Promise.resolve(
          E.right({
            status: 200,
            etag: last?.revision ?? 0n,
            body: {
              staffId: params.staffId,
              effectiveOn,
              knownAt,
              events: known.map((e) => ({
                ...e,
                inEffect:
                  Date.parse(e.effectiveAt) <= endOfDay(effectiveOn) && !retracted.has(e.eventId),
                retracted: retracted.has(e.eventId),
              })),
            },
          }),
        );
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/staff/{staffId}/eligibility',
    operationId: 'staffEligibility',
    response: Verdict,
    summary: 'Eligibility for the next grade on a date, as known at an instant, explained',
    tag: 'audit',
    roles: ['auditor', 'hr-admin', 'approver', 'manager'],
    write: false,
    successStatus: 200,
    params: StaffParams,
    query: Axes,
    handle: ({ params, query }, ctx) =>
      andThen(checkOwnLine(services, ctx, params.staffId), () =>
        andThen(
          services.eligibility({
            staffId: params.staffId,
            effectiveOn: query.effectiveOn ?? services.now().toISOString().slice(0, 10),
            ...(query.knownAt !== undefined ? { knownAt: query.knownAt } : {}),
          }),
          (verdict) => Promise.resolve(E.right({ status: 200, body: verdict })),
        ),
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
];
