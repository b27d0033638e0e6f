import * as t from 'io-ts';
import { loadPolicy, publishPolicyVersion } from '@ladder/application';
import { JobFamily, policyCommands } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { PolicyReply, WrittenReply } from './responses';
import { answer, callUseCase, written } from './use-case';

const FamilyParams = t.type({ family: JobFamily }, 'FamilyParams');

export const policyRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/policies/{family}/versions',
    operationId: 'publishPolicyVersion',
    summary: 'Publish the next version of a job family policy',
    tag: 'policies',
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    params: FamilyParams,
    body: policyCommands.PublishPolicyVersion.body,
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => publishPolicyVersion(services.store, params.family, body, request),
        (w) =>
          written(w, 201, `/policies/${params.family}`, {
            family: params.family,
            version: body.document.version,
          }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/policies/{family}',
    operationId: 'getPolicy',
    summary: 'Read every published version of a job family policy',
    tag: 'policies',
    roles: ['hr-admin', 'manager', 'approver', 'planner', 'auditor'],
    write: false,
    etag: true,
    successStatus: 200,
    response: PolicyReply,
    params: FamilyParams,
    handle: ({ params }) =>
      answer(loadPolicy(services.store, params.family), (loaded) => ({
        status: 200,
        body: { family: params.family, ...loaded.state },
        etag: loaded.revision,
      })),
  }),
];
