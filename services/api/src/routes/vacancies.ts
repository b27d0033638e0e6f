import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { VacancyCommand, vacancyCommands } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { VacancyReply, WrittenReply } from './responses';
import { andThen, asCommand, commandOf, VacancyParams, withIds, written } from './common';

/** A step in an existing vacancy's life (filled, withdrawn): one command on its stream. */
const vacancyStep = <B>(
  services: LadderServices,
  segment: string,
  operationId: string,
  summary: string,
  command: { readonly type: string; readonly body: t.Type<B, unknown, unknown> },
): Route =>
  defineRoute({
    method: 'post',
    path: `/vacancies/{vacancyId}/${segment}`,
    operationId,
    summary,
    tag: 'vacancies',
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    params: VacancyParams,
    body: command.body,
    handle: ({ params, body }, ctx) =>
      andThen(
        asCommand(VacancyCommand, commandOf(command.type, body, ctx, services.now())),
        (decided) =>
          andThen(
            services.run.vacancy({ kind: 'vacancy', id: params.vacancyId }, decided, ctx),
            (w) =>
              Promise.resolve(E.right(written(w, 201, undefined, { vacancyId: params.vacancyId }))),
          ),
      ),
  });

export const vacancyRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/vacancies',
    operationId: 'openVacancy',
    summary: 'Open a vacancy',
    tag: 'vacancies',
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    body: withIds(vacancyCommands.OpenVacancy.body, ['vacancyId']),
    handle: ({ body }, ctx) =>
      andThen(
        asCommand(VacancyCommand, commandOf('OpenVacancy', body, ctx, services.now())),
        (command) =>
          andThen(
            services.run.vacancy({ kind: 'vacancy', id: body.vacancyId }, command, ctx),
            (w) =>
              Promise.resolve(
                E.right(
                  written(w, 201, `/vacancies/${body.vacancyId}`, { vacancyId: body.vacancyId }),
                ),
              ),
          ),
      ),
  }),
  vacancyStep(services, 'filling', 'fillVacancy', 'Fill a vacancy', vacancyCommands.FillVacancy),
  vacancyStep(
    services,
    'withdrawal',
    'withdrawVacancy',
    'Withdraw a vacancy',
    vacancyCommands.WithdrawVacancy,
  ),
  defineRoute({
    method: 'get',
    path: '/vacancies/{vacancyId}',
    operationId: 'getVacancy',
    summary: 'Read a vacancy as it stands',
    tag: 'vacancies',
    // Not planners: a filled vacancy names who filled it; they get the aggregates instead.
    roles: ['hr-admin', 'manager', 'approver', 'auditor'],
    write: false,
    etag: true,
    successStatus: 200,
    response: VacancyReply,
    params: VacancyParams,
    handle: ({ params }) =>
      andThen(services.load.vacancy(params.vacancyId), (loaded) =>
        Promise.resolve(E.right({ status: 200, body: loaded.state, etag: loaded.revision })),
      ),
  }),
];
