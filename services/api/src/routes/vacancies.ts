import {
  bodyOf,
  changeVacancy,
  loadVacancy,
  openVacancy,
  type VacancyStep,
} from '@ladder/application';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { Grade, IsoDate, JobFamily, vacancyCommands } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { VacancyListReply, VacancyReply, WrittenReply } from './responses';
import { andThen, ResourceId, VacancyParams, withIds } from './common';
import { answer, callUseCase, written } from './use-case';

/** A step in an existing vacancy's life (filled, withdrawn): one command on its stream. */
const vacancyStep = <K extends VacancyStep>(
  services: LadderServices,
  segment: string,
  operationId: string,
  summary: string,
  step: K,
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
    body: bodyOf(vacancyCommands, step),
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => changeVacancy(services.store, params.vacancyId, step, body, request),
        (w) => written(w, 201, undefined, { vacancyId: params.vacancyId }),
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
      callUseCase(
        services,
        ctx,
        (request) => openVacancy(services.store, body, request),
        (w) => written(w, 201, `/vacancies/${body.vacancyId}`, { vacancyId: body.vacancyId }),
      ),
  }),
  vacancyStep(services, 'filling', 'fillVacancy', 'Fill a vacancy', 'FillVacancy'),
  vacancyStep(services, 'withdrawal', 'withdrawVacancy', 'Withdraw a vacancy', 'WithdrawVacancy'),
  defineRoute({
    method: 'get',
    path: '/vacancies',
    operationId: 'listOpenVacancies',
    summary: 'The open vacancies on a date (default today), by family, grade and team',
    tag: 'vacancies',
    // Open posts name nobody, so planners see them too.
    roles: ['hr-admin', 'manager', 'approver', 'planner', 'auditor'],
    write: false,
    successStatus: 200,
    response: VacancyListReply,
    query: t.partial({
      /** Only `open`: a filled post names who filled it (see `GET /vacancies/{id}`). */
      status: t.literal('open'),
      asOf: IsoDate,
      jobFamily: JobFamily,
      grade: Grade,
      team: ResourceId,
    }),
    handle: ({ query }) => {
      const asOf = query.asOf ?? services.now().toISOString().slice(0, 10);
      const { status: _open, asOf: _asOf, ...filters } = query;
      return andThen(services.read.openVacancies({ asOf, ...filters }), (vacancies) =>
        Promise.resolve(E.right({ status: 200, body: { asOf, vacancies } })),
      );
    },
  }),
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
      answer(loadVacancy(services.store, params.vacancyId), (loaded) => ({
        status: 200,
        body: loaded.state,
        etag: loaded.revision,
      })),
  }),
];
