import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { JobFamily, PolicyCommand, policyCommands } from '@ladder/domain';
import { apiError } from '../http/problem';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { PolicyReply, WrittenReply } from './responses';
import { asCommand, commandOf, andThen, written } from './common';

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
      body.document.family !== params.family
        ? Promise.resolve(
            E.left(
              apiError(
                'validation',
                `the document is for ${body.document.family}, the path says ${params.family}`,
                {
                  field: 'document.family',
                  errors: [
                    { in: 'body', field: 'document.family', message: `must be ${params.family}` },
                  ],
                },
              ),
            ),
          )
        : andThen(
            asCommand(PolicyCommand, commandOf('PublishPolicyVersion', body, ctx, services.now())),
            (command) =>
              andThen(
                services.run.policy({ kind: 'policy', id: params.family }, command, ctx),
                (w) =>
                  Promise.resolve(
                    E.right(
                      written(w, 201, `/policies/${params.family}`, {
                        family: params.family,
                        version: body.document.version,
                      }),
                    ),
                  ),
              ),
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
      andThen(services.load.policy(params.family), (loaded) =>
        Promise.resolve(
          E.right({
            status: 200,
            body: { family: params.family, ...loaded.state },
            etag: loaded.revision,
          }),
        ),
      ),
  }),
];
