import { loadPolicy, publishPolicyVersion } from '@ladder/application';
import { policyCommands } from '@ladder/domain';
import type { Route } from '../http/route';
import type { LadderServices } from '../services';
import { PolicyReply } from './responses';
import { versionedDocumentRoutes } from './versioned-documents';

export const policyRoutes = (services: LadderServices): Route[] =>
  versionedDocumentRoutes(services, {
    collection: 'policies',
    getOperationId: 'getPolicy',
    getSummary: 'Read every published version of a job family policy',
    publishOperationId: 'publishPolicyVersion',
    publishSummary: 'Publish the next version of a job family policy',
    body: policyCommands.PublishPolicyVersion.body,
    reply: PolicyReply,
    load: (family) => loadPolicy(services.store, family),
    publish: (family, body, request) => publishPolicyVersion(services.store, family, body, request),
  });
