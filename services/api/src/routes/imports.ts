import { Readable } from 'node:stream';
import { importCsv, importKindNamed, importKinds } from '@ladder/application';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { validationError } from '../http/problem';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { requestOf } from './use-case';

// An HR system's CSV export, streamed into the same import the CLI runs: the request body is
// read a chunk at a time and each row written as it is read (awaiting the store, so the event
// loop serves other requests between rows); only the list of problems grows.

const kindNames = Object.fromEntries(importKinds.map((k) => [k.name, null]));
const ImportQuery = t.intersection([
  t.type({
    kind: t.keyof(kindNames, 'ImportKind'),
    dates: t.keyof({ uk: null, iso: null }, 'DateStyle'),
  }),
  t.partial({ dryRun: t.keyof({ true: null, false: null }, 'Boolean') }),
]);

/** The request itself, unread: the CSV file as a byte stream. */
const CsvFile = new t.Type<Readable, Readable, unknown>(
  'CsvFile',
  (u): u is Readable => u instanceof Readable,
  (u, c) => (u instanceof Readable ? t.success(u) : t.failure(u, c, 'send the file as text/csv')),
  t.identity,
);

export const ImportReply = t.type(
  {
    kind: t.string,
    dryRun: t.boolean,
    rows: t.number,
    badRows: t.number,
    problems: t.array(
      t.type({ line: t.number, column: t.union([t.string, t.null]), reason: t.string }),
    ),
    unchanged: t.number,
    corrected: t.number,
    eventsWritten: t.number,
  },
  'ImportReply',
);

export const importRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'post',
    path: '/imports',
    operationId: 'importCsv',
    summary:
      'Import a CSV file of one kind of HR record (dryRun=true: check every row, write nothing); the answer names each bad row by line and column',
    tag: 'imports',
    roles: ['hr-admin'],
    // Idempotent by its ids (kind, row key, content): importing again writes nothing.
    write: false,
    successStatus: 200,
    response: ImportReply,
    consumes: 'text/csv',
    query: ImportQuery,
    body: CsvFile,
    handle: async ({ query, body }, ctx) => {
      const kind = importKindNamed(String(query.kind));
      if (kind === undefined)
        return E.left(validationError([{ in: 'query', field: 'kind', message: 'unknown kind' }]));
      const request = requestOf(ctx, services.now());
      if (E.isLeft(request)) return request;
      const report = await importCsv(services.store, body, {
        kind,
        dates: query.dates,
        dryRun: query.dryRun === 'true',
        request: request.right,
      });
      // A header that cannot be read refuses the file before any row: nothing was written.
      if (report.rows === 0 && report.problems.some((p) => p.line === 1))
        return E.left(
          validationError(
            report.problems.map((p) => ({
              in: 'body',
              field: p.column ?? 'file',
              message: p.reason,
            })),
          ),
        );
      return E.right({ status: 200, body: report });
    },
  }),
];
