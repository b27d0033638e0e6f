import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { frameworksOn, loadFramework, publishCareerFramework } from '@ladder/application';
import { FrameworkDocument, IsoDate, JobFamily, frameworkCommands } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { WrittenReply } from './responses';
import { answer, callUseCase, written } from './use-case';

// Career frameworks (a family's grades in order, spans of control, route, census roles) are
// published like policy versions: HR admins add a family or revise one with no code change
// and no restart; the next command and the next verdict read it.

const FamilyParams = t.type({ family: JobFamily }, 'FamilyParams');

/** Every family known, with the version in force on a date and every version published. */
export const FrameworksReply = t.type(
  {
    on: IsoDate,
    families: t.array(
      t.type({
        family: JobFamily,
        inForce: t.union([FrameworkDocument, t.null]),
        versions: t.array(FrameworkDocument),
      }),
    ),
  },
  'FrameworksReply',
);

export const FrameworkReply = t.type(
  { family: JobFamily, versions: t.array(FrameworkDocument) },
  'FrameworkReply',
);

const readers = ['hr-admin', 'manager', 'approver', 'planner', 'auditor'] as const;

export const frameworkRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'get',
    path: '/frameworks',
    operationId: 'listFrameworks',
    summary: 'Every job family’s career framework: the version in force on a date (default today)',
    tag: 'frameworks',
    roles: [...readers],
    write: false,
    successStatus: 200,
    response: FrameworksReply,
    query: t.partial({ on: IsoDate }),
    handle: async ({ query }) => {
      const on = query.on ?? services.now().toISOString().slice(0, 10);
      const families = await frameworksOn(services.store, on);
      return E.right({ status: 200, body: { on, families } });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/frameworks/{family}',
    operationId: 'getFramework',
    summary: 'Read every published version of a job family’s career framework',
    tag: 'frameworks',
    roles: [...readers],
    write: false,
    etag: true,
    successStatus: 200,
    response: FrameworkReply,
    params: FamilyParams,
    handle: ({ params }) =>
      answer(loadFramework(services.store, params.family), (loaded) => ({
        status: 200,
        body: { family: params.family, ...loaded.state },
        etag: loaded.revision,
      })),
  }),
  defineRoute({
    method: 'post',
    path: '/frameworks/{family}/versions',
    operationId: 'publishCareerFramework',
    summary:
      'Publish the next version of a job family’s career framework (version 1 adds the family)',
    tag: 'frameworks',
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    params: FamilyParams,
    body: frameworkCommands.PublishCareerFramework.body,
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => publishCareerFramework(services.store, params.family, body, request),
        (w) =>
          written(w, 201, `/frameworks/${params.family}`, {
            family: params.family,
            version: body.document.version,
          }),
      ),
  }),
];
