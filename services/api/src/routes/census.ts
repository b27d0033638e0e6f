import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  offerReturn,
  previewReturn,
  SCHEMA_YEAR,
  ValidatorMissing,
  type CensusRequest,
} from '@ladder/census';
import { IsoDateTime } from '@ladder/domain';
import { apiError, type ApiError } from '../http/problem';
import { IntFromQuery } from '../http/query-codecs';
import { defineRoute, type Route } from '../http/route';
import type { LadderServices } from '../services';
import { CensusPreviewReply } from './census-replies';

// The DfE children's social work workforce census (CSWW): the XML file for 30 September of a
// year, as known at an instant, validated before it is offered; and the preview beside it.
// The file holds each worker's personal items, so it is HR's; planners see the preview's
// figures, never who is behind them.

const CensusQuery = t.partial({
  year: IntFromQuery('CensusYear', 2017, 2100),
  knownAt: IsoDateTime,
});

/** The last census year whose 30 September has passed on the date. */
const lastCensusYear = (today: Date): number => {
  const year = today.getUTCFullYear();
  return today.toISOString().slice(5, 10) >= '09-30' ? year : year - 1;
};

const requestOf = (
  services: LadderServices,
  query: t.TypeOf<typeof CensusQuery>,
): E.Either<ApiError, CensusRequest> =>
  services.laCode === null
    ? E.left(
        apiError(
          'unavailable',
          'the council’s DfE local authority number is not set (LADDER_LA_CODE, three digits)',
        ),
      )
    : E.right({
        year: query.year ?? lastCensusYear(services.now()),
        knownAt: query.knownAt ?? services.now().toISOString(),
        laCode: services.laCode,
      });

export const censusRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'get',
    path: '/census/csww',
    operationId: 'censusReturn',
    summary:
      "The DfE children's social work workforce return (XML) for 30 September of a year, as known at an instant; validated against Ladder's XSD (2022 specification) first — a file that fails is answered as a problem with findings by worker and item",
    tag: 'census',
    roles: ['hr-admin'],
    write: false,
    successStatus: 200,
    response: t.string,
    produces: 'application/xml',
    query: CensusQuery,
    handle: async ({ query }) => {
      const request = requestOf(services, query);
      if (E.isLeft(request)) return request;
      const offered = await offerReturn(services.store, request.right).catch((e: unknown) => {
        // Without xmllint nothing can be checked, so nothing is offered: the server says why.
        if (e instanceof ValidatorMissing) return e;
        throw e;
      });
      if (offered instanceof ValidatorMissing)
        return E.left(apiError('unavailable', offered.message));
      if (!offered.valid)
        return E.left(
          apiError(
            'rule-violation',
            `the return does not validate against the census schema: ${String(offered.findings.length)} finding(s)`,
            {
              rule: 'census-return-valid',
              report: offered.findings.map((f) => ({
                staffId: f.staffId,
                worker: f.worker,
                field: f.field,
                line: f.line,
                message: f.message,
              })),
            },
          ),
        );
      return E.right({
        status: 200,
        body: null,
        download: {
          filename: offered.filename,
          contentType: 'application/xml; charset=utf-8',
          chunks: [offered.xml],
        },
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/census/csww/preview',
    operationId: 'censusPreview',
    summary:
      "The census year's indicators as the DfE computes them (turnover, vacancy, agency and absence rates, caseload) beside last year's and England's, and the workers with mandatory items missing (who they are for HR; how many for planners)",
    tag: 'census',
    roles: ['planner', 'hr-admin'],
    write: false,
    successStatus: 200,
    response: CensusPreviewReply,
    query: CensusQuery,
    handle: async ({ query }, ctx) => {
      const request = requestOf(services, query);
      if (E.isLeft(request)) return request;
      const preview = await previewReturn(services.store, request.right);
      return E.right({
        status: 200,
        body: {
          ...preview,
          schemaYear: SCHEMA_YEAR,
          missingCount: preview.missing.length,
          missing: ctx.principal.role === 'hr-admin' ? preview.missing : null,
        },
      });
    },
  }),
];
