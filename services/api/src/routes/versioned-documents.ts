import type * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { Loaded, RequestMeta, UseCaseError, Written } from '@ladder/application';
import { JobFamily } from '@ladder/domain';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { WrittenReply } from './responses';
import { answer, callUseCase, written } from './use-case';

// Policies and career frameworks are both versioned documents, one stream per job family: the
// same two routes read every version and publish the next. One shape, two collections.

const FamilyParams = t.type({ family: JobFamily }, 'FamilyParams');

const readers = ['hr-admin', 'manager', 'approver', 'planner', 'auditor'] as const;

interface Publication {
  readonly document: { readonly version: number };
}

/** One collection of versioned documents: its path, names, codecs and use cases. */
export interface VersionedDocuments<B extends Publication, S> {
  /** The path's first segment, e.g. `policies`; also the OpenAPI tag. */
  readonly collection: string;
  readonly getOperationId: string;
  readonly getSummary: string;
  readonly publishOperationId: string;
  readonly publishSummary: string;
  /** The body of a publication (the command's codec). */
  readonly body: t.Type<B, unknown, unknown>;
  /** The answer to a read: the family and every version published. */
  readonly reply: t.Mixed;
  readonly load: (family: string) => Promise<E.Either<UseCaseError, Loaded<S>>>;
  readonly publish: (
    family: string,
    body: B,
    request: RequestMeta,
  ) => Promise<E.Either<UseCaseError, Written>>;
}

/** `GET /{collection}/{family}` (with its ETag) and `POST /{collection}/{family}/versions`. */
export const versionedDocumentRoutes = <B extends Publication, S>(
  services: LadderServices,
  documents: VersionedDocuments<B, S>,
): Route[] => [
  defineRoute({
    method: 'get',
    path: `/${documents.collection}/{family}`,
    operationId: documents.getOperationId,
    summary: documents.getSummary,
    tag: documents.collection,
    roles: [...readers],
    write: false,
    etag: true,
    successStatus: 200,
    response: documents.reply,
    params: FamilyParams,
    handle: ({ params }) =>
      answer(documents.load(params.family), (loaded) => ({
        status: 200,
        body: { family: params.family, ...loaded.state },
        etag: loaded.revision,
      })),
  }),
  defineRoute({
    method: 'post',
    path: `/${documents.collection}/{family}/versions`,
    operationId: documents.publishOperationId,
    summary: documents.publishSummary,
    tag: documents.collection,
    roles: ['hr-admin'],
    write: true,
    etag: true,
    successStatus: 201,
    response: WrittenReply,
    params: FamilyParams,
    body: documents.body,
    handle: ({ params, body }, ctx) =>
      callUseCase(
        services,
        ctx,
        (request) => documents.publish(params.family, body, request),
        (w) =>
          written(w, 201, `/${documents.collection}/${params.family}`, {
            family: params.family,
            version: body.document.version,
          }),
      ),
  }),
];
