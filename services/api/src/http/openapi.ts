import type * as t from 'io-ts';
import { sessionCookieName } from '../auth/cookies';
import { objectProps } from './codec-walk';
import { acceptable } from './correlation';
import { ifMatchPattern } from './etag';
import { idempotencyKeyPattern } from './mount';
import { toJsonSchema, type JsonSchema } from './json-schema';
import { problemTypeOf, statusOf, type ApiErrorCode } from './problem';
import type { Route } from './route';

// The OpenAPI 3.1 document, generated from the route table and its io-ts codecs.

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', enum: Object.keys(statusOf) },
    field: { type: 'string', description: 'the offending field path' },
    rule: { type: 'string', description: 'the business rule that was not met' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          in: { enum: ['body', 'query', 'params', 'header'] },
          field: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
    correlationId: { type: 'string' },
  },
};

const problemRef = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const parametersOf = (codec: t.Mixed | undefined, where: 'path' | 'query') => {
  if (!codec) return [];
  const shape = objectProps(codec);
  if (!shape) return [];
  return Object.entries(shape.props).map(([name, c]) => ({
    name,
    in: where,
    required: where === 'path' || shape.required.has(name),
    schema: toJsonSchema(c),
  }));
};

const errorResponses = (route: Route): Record<string, unknown> => {
  const codes: ApiErrorCode[] =
    route.access === 'public'
      ? ['validation', 'not-found', 'unauthenticated']
      : ['validation', 'unauthenticated', 'forbidden'];
  if (route.path.includes('{')) codes.push('not-found');
  if (route.write)
    codes.push(
      'conflict',
      'precondition-failed',
      'rule-violation',
      'payload-too-large',
      'unsupported-media-type',
    );
  return Object.fromEntries(
    codes.map((c) => [
      String(statusOf[c]),
      problemRef(`${problemTypeOf(c)} (and others with this status)`),
    ]),
  );
};

export const buildOpenApi = (
  routes: readonly Route[],
  info: { title: string; version: string },
) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const headers = route.write
      ? [
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            schema: { type: 'string', pattern: ifMatchPattern },
            description: 'ETag (stream revision) the write expects; 412 when stale',
          },
          {
            name: 'X-Reason',
            in: 'header',
            required: false,
            schema: { type: 'string', minLength: 1, maxLength: 1000, pattern: '\\S' },
            description: 'why, in your words: kept in the envelope of the events written',
          },
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', pattern: idempotencyKeyPattern.source },
            description:
              'a retry with the same key (same caller, role and route) returns the first answer and writes nothing',
          },
        ]
      : [];
    const operation = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      description:
        route.access === 'public'
          ? 'No sign-in needed.'
          : `Roles: ${route.roles.join(', ')}. A bearer token, or the session cookie (writes then need X-CSRF-Token).`,
      'x-roles': route.roles,
      security: route.access === 'public' ? [] : [{ bearer: [] }, { session: [] }],
      parameters: [
        ...parametersOf(route.params, 'path'),
        ...parametersOf(route.query, 'query'),
        {
          name: 'X-Correlation-Id',
          in: 'header',
          required: false,
          schema: { type: 'string', pattern: acceptable.source },
          description:
            'your id for this request, echoed back; any other value is replaced by a fresh one',
        },
        ...headers,
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content:
                route.consumes === undefined
                  ? { 'application/json': { schema: toJsonSchema(route.body) } }
                  : { [route.consumes]: { schema: { type: 'string' } } },
            },
          }
        : {}),
      responses: {
        [String(route.successStatus)]:
          route.successStatus === 204
            ? { description: 'done; no body', content: {} }
            : route.successStatus === 302
              ? {
                  description: 'redirect',
                  headers: { Location: { schema: { type: 'string' }, description: 'where to go' } },
                }
              : {
                  description: 'success',
                  ...(route.etag
                    ? {
                        headers: {
                          ETag: { schema: { type: 'string' }, description: 'the stream revision' },
                        },
                      }
                    : {}),
                  content:
                    route.produces === undefined
                      ? {
                          'application/json': {
                            schema: route.response ? toJsonSchema(route.response) : {},
                          },
                        }
                      : {
                          [route.produces]: { schema: { type: 'string' } },
                          ...(route.producesAlso === undefined
                            ? {}
                            : {
                                [route.producesAlso]: {
                                  schema: { type: 'string', contentEncoding: 'binary' },
                                },
                              }),
                        },
                },
        ...errorResponses(route),
      },
    };
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        session: { type: 'apiKey', in: 'cookie', name: sessionCookieName },
      },
      schemas: { Problem: problemSchema },
    },
    paths,
  };
};
