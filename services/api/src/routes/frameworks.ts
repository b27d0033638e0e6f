import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { frameworksOn, loadFramework, publishCareerFramework } from '@ladder/application';
import { FrameworkDocument, IsoDate, JobFamily, frameworkCommands } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { versionedDocumentRoutes } from './versioned-documents';

// Career frameworks (a family's grades in order, spans of control, route, census roles) are
// published like policy versions: HR admins add a family or revise one with no code change
// and no restart; the next command and the next verdict read it.

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
  ...versionedDocumentRoutes(services, {
    collection: 'frameworks',
    getOperationId: 'getFramework',
    getSummary: 'Read every published version of a job family’s career framework',
    publishOperationId: 'publishCareerFramework',
    publishSummary:
      'Publish the next version of a job family’s career framework (version 1 adds the family)',
    body: frameworkCommands.PublishCareerFramework.body,
    reply: FrameworkReply,
    load: (family) => loadFramework(services.store, family),
    publish: (family, body, request) =>
      publishCareerFramework(services.store, family, body, request),
  }),
];
