import { bodyOf, joinStaff, readStaff, recordStaffFact, type StaffFact } from '@ladder/application';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { Grade, IsoDate, NonEmptyString, staffCommands } from '@ladder/domain';
import { IntFromQuery } from '../http/query-codecs';
import { REPORTS_DUE_WITHIN_DAYS } from '@ladder/projections';
import { apiError } from '../http/problem';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { ReportsReply, StaffReply, StaffSearchReply, WrittenReply } from './responses';
import { andThen, ResourceId, StaffParams, withIds } from './common';
import { callUseCase, written } from './use-case';

// HR admin records what happens to a member of staff; each fact is one POST on the person.

interface StaffFactRoute<K extends StaffFact = StaffFact> {
  readonly segment: string;
  readonly fact: K;
  readonly summary: string;
}

const facts: readonly StaffFactRoute[] = [
  {
    segment: 'qualifications',
    fact: 'RecordQualification',
    summary: 'Record a qualification',
  },
  {
    segment: 'training',
    fact: 'RecordTraining',
    summary: 'Record completed training',
  },
  { segment: 'pdrs', fact: 'RecordPdr', summary: 'Record an annual PDR outcome' },
  {
    segment: 'registrations',
    fact: 'RecordRegistration',
    summary: 'Record a professional registration',
  },
  {
    segment: 'registration-lapses',
    fact: 'RecordRegistrationLapse',
    summary: 'Record a registration lapse',
  },
  { segment: 'dbs-checks', fact: 'RecordDbsCheck', summary: 'Record a DBS check' },
  {
    segment: 'assessments',
    fact: 'RecordAssessment',
    summary: 'Record an assessment against a criterion',
  },
  {
    segment: 'experience',
    fact: 'RecordExperience',
    summary: 'Record evidenced experience',
  },
  {
    segment: 'line-reports',
    fact: 'AssignLineManager',
    summary: 'Make this person line manager of a report',
  },
  {
    segment: 'line-report-endings',
    fact: 'EndLineManagement',
    summary: 'End line management of a report',
  },
  {
    segment: 'grade-changes',
    fact: 'ChangeGrade',
    summary: 'Change the grade directly',
  },
  { segment: 'leaving', fact: 'RecordLeaving', summary: 'Record leaving' },
  {
    segment: 'absences',
    fact: 'RecordAbsence',
    summary: 'Record an absence episode (open, or with its end and working days lost)',
  },
  {
    segment: 'absence-ends',
    fact: 'EndAbsence',
    summary: 'End an open absence with the working days lost',
  },
  {
    segment: 'kss-statuses',
    fact: 'RecordKssStatus',
    summary: 'Record the KSS status a social worker is assessed against (ASYE … practice leader)',
  },
  {
    segment: 'retractions',
    fact: 'RetractFact',
    summary: 'Retract a mistaken fact',
  },
];

const operationId = (segment: string): string =>
  `record${segment.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`;

/** One fact about a person: a POST on their record, with the fact's own body codec. */
const factRoute = <K extends StaffFact>(services: LadderServices, fact: StaffFactRoute<K>): Route =>
  defineRoute({
    method: 'post',
    path: `/staff/{staffId}/${fact.segment}`,
    operationId: operationId(fact.segment),
    summary: fact.summary,
    tag: 'staff',
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    params: StaffParams,
    body: bodyOf(staffCommands, fact.fact),
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => recordStaffFact(services.store, params.staffId, fact.fact, body, request),
        (w) => written(w, 201, undefined, { staffId: params.staffId }),
      ),
  });

export const staffRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/staff',
    operationId: 'joinStaff',
    summary: 'Record a person joining the staff',
    tag: 'staff',
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    body: withIds(staffCommands.JoinStaff.body, ['staffId']),
    handle: ({ body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => joinStaff(services.store, body, request),
        (w) => written(w, 201, `/staff/${body.staffId}`, { staffId: body.staffId }),
      ),
  }),
  ...facts.map((fact) => factRoute(services, fact)),
  defineRoute({
    method: 'get',
    path: '/staff',
    operationId: 'searchStaff',
    summary: 'Find staff by part of an id or name, team and grade, a page at a time (HR admins)',
    tag: 'staff',
    // Names are personal data: HR only (planners count, managers see their own line).
    roles: ['hr-admin'],
    write: false,
    successStatus: 200,
    response: StaffSearchReply,
    query: t.partial({
      search: NonEmptyString,
      team: ResourceId,
      grade: Grade,
      status: t.keyof({ active: null, left: null }),
      cursor: ResourceId,
      limit: IntFromQuery('Limit', 1, 200),
    }),
    handle: ({ query }) =>
      andThen(services.read.staff(query), ({ entries, nextCursor }) =>
        Promise.resolve(E.right({ status: 200, body: { staff: entries, nextCursor } })),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/staff/{staffId}/reports',
    operationId: 'lineReports',
    summary:
      "A manager's current direct reports: grade, team, the verdict in brief, what falls due in 90 days, open cases",
    tag: 'staff',
    roles: ['manager', 'hr-admin'],
    write: false,
    successStatus: 200,
    response: ReportsReply,
    params: StaffParams,
    query: t.partial({ asOf: IsoDate }),
    handle: ({ params, query }, ctx) => {
      if (ctx.principal.role === 'manager' && ctx.principal.id !== params.staffId)
        return Promise.resolve(
          E.left(
            apiError('forbidden', 'a manager sees only their own reports', {
              rule: 'managers-act-on-own-reports',
            }),
          ),
        );
      const asOf = query.asOf ?? services.now().toISOString().slice(0, 10);
      return andThen(services.read.reports(params.staffId, asOf), (reports) =>
        Promise.resolve(
          E.right({
            status: 200,
            body: {
              managerId: params.staffId,
              asOf,
              dueWithinDays: REPORTS_DUE_WITHIN_DAYS,
              reports,
            },
          }),
        ),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/staff/{staffId}',
    operationId: 'getStaff',
    summary: 'Read a staff record as it stands',
    tag: 'staff',
    roles: ['hr-admin', 'manager', 'auditor'],
    write: false,
    etag: true,
    successStatus: 200,
    response: StaffReply,
    params: StaffParams,
    handle: ({ params }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => readStaff(services.store, request.actor, params.staffId),
        (loaded) => ({ status: 200, body: loaded.state, etag: loaded.revision }),
      ),
  }),
];
