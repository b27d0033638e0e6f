import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { StaffCommand, staffCommands } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { StaffReply, WrittenReply } from './responses';
import {
  andThen,
  asCommand,
  checkOwnLine,
  commandOf,
  StaffParams,
  withIds,
  written,
} from './common';

// HR admin records what happens to a member of staff; each fact is one POST on the person.

interface StaffFactRoute {
  readonly segment: string;
  readonly command: { readonly type: StaffCommand['type']; readonly body: t.Mixed };
  readonly summary: string;
}

const facts: readonly StaffFactRoute[] = [
  {
    segment: 'qualifications',
    command: staffCommands.RecordQualification,
    summary: 'Record a qualification',
  },
  {
    segment: 'training',
    command: staffCommands.RecordTraining,
    summary: 'Record completed training',
  },
  { segment: 'pdrs', command: staffCommands.RecordPdr, summary: 'Record an annual PDR outcome' },
  {
    segment: 'registrations',
    command: staffCommands.RecordRegistration,
    summary: 'Record a professional registration',
  },
  {
    segment: 'registration-lapses',
    command: staffCommands.RecordRegistrationLapse,
    summary: 'Record a registration lapse',
  },
  { segment: 'dbs-checks', command: staffCommands.RecordDbsCheck, summary: 'Record a DBS check' },
  {
    segment: 'assessments',
    command: staffCommands.RecordAssessment,
    summary: 'Record an assessment against a criterion',
  },
  {
    segment: 'experience',
    command: staffCommands.RecordExperience,
    summary: 'Record evidenced experience',
  },
  {
    segment: 'line-reports',
    command: staffCommands.AssignLineManager,
    summary: 'Make this person line manager of a report',
  },
  {
    segment: 'line-report-endings',
    command: staffCommands.EndLineManagement,
    summary: 'End line management of a report',
  },
  {
    segment: 'grade-changes',
    command: staffCommands.ChangeGrade,
    summary: 'Change the grade directly',
  },
  { segment: 'leaving', command: staffCommands.RecordLeaving, summary: 'Record leaving' },
  {
    segment: 'retractions',
    command: staffCommands.RetractFact,
    summary: 'Retract a mistaken fact',
  },
];

const operationId = (segment: string): string =>
  `record${segment.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`;

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
      andThen(
        asCommand(StaffCommand, commandOf('JoinStaff', body, ctx, services.now())),
        (command) =>
          andThen(services.run.staff({ kind: 'staff', id: body.staffId }, command, ctx), (w) =>
            Promise.resolve(
              E.right(written(w, 201, `/staff/${body.staffId}`, { staffId: body.staffId })),
            ),
          ),
      ),
  }),
  ...facts.map((fact) =>
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
      body: fact.command.body,
      handle: ({ params, body }, ctx) =>
        andThen(
          asCommand(StaffCommand, commandOf(fact.command.type, body, ctx, services.now())),
          (command) =>
            andThen(services.run.staff({ kind: 'staff', id: params.staffId }, command, ctx), (w) =>
              Promise.resolve(E.right(written(w, 201, undefined, { staffId: params.staffId }))),
            ),
        ),
    }),
  ),
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
      andThen(checkOwnLine(services, ctx, params.staffId), () =>
        andThen(services.load.staff(params.staffId), (loaded) =>
          Promise.resolve(E.right({ status: 200, body: loaded.state, etag: loaded.revision })),
        ),
      ),
  }),
];
