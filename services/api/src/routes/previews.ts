import * as t from 'io-ts';
import { PreviewReport, previewFrameworkDraft, previewPolicyDraft } from '@ladder/application';
import { FrameworkDocument, IsoDate, JobFamily, PolicyDocument } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { callUseCase } from './use-case';

// Previews before publishing (HR admins only: the answer names people, so no planner sees it
// and no count needs the planners' small-number suppression). POST because the draft is the
// body; nothing is written (`write: false`: no Idempotency-Key, no If-Match).

const FamilyParams = t.type({ family: JobFamily }, 'FamilyParams');

const PolicyPreviewBody = t.intersection(
  [
    t.type({ document: PolicyDocument }),
    /** The date to judge on; omitted: the draft's effectiveFrom. */
    t.partial({ effectiveOn: IsoDate }),
  ],
  'PolicyPreviewBody',
);

const FrameworkPreviewBody = t.intersection(
  [
    t.type({ document: FrameworkDocument }),
    /** The date to judge on; omitted: the draft's effectiveFrom. */
    t.partial({ effectiveOn: IsoDate }),
  ],
  'FrameworkPreviewBody',
);

export const previewRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/policies/{family}/previews',
    operationId: 'previewPolicyDraft',
    summary:
      'Preview a draft policy version: who would gain or lose eligibility on a date, by team, and the criterion responsible (nothing is published)',
    tag: 'policies',
    roles: ['hr-admin'],
    write: false,
    successStatus: 200,
    response: PreviewReport,
    params: FamilyParams,
    body: PolicyPreviewBody,
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => previewPolicyDraft(services.store, params.family, body, request),
        (report) => ({ status: 200, body: report }),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/frameworks/{family}/previews',
    operationId: 'previewFrameworkDraft',
    summary:
      'Preview a draft career framework: who would gain or lose eligibility on a date, by team, and which managers would breach a new span of control (nothing is published)',
    tag: 'frameworks',
    roles: ['hr-admin'],
    write: false,
    successStatus: 200,
    response: PreviewReport,
    params: FamilyParams,
    body: FrameworkPreviewBody,
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => previewFrameworkDraft(services.store, params.family, body, request),
        (report) => ({ status: 200, body: report }),
      ),
  }),
];
