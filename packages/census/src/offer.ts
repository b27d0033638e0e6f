import { censusPeriod } from './period';
import {
  casesFromAllocationsInSlices,
  censusPreview,
  censusReturn,
  type CensusPreview,
  type CensusRequest,
} from './produce';
import type { CensusLog } from './log';
import { readCensusFacts, type ReadProgress } from './read-facts';
import { validateReturn, type ValidationFinding } from './validate';

/** The file for the DfE, or what stops it validating. */
export type OfferedReturn =
  | {
      readonly valid: true;
      readonly filename: string;
      readonly xml: string;
      readonly records: number;
    }
  | { readonly valid: false; readonly findings: readonly ValidationFinding[] };

/**
 * The return as the DfE will receive it: read from the log as known at the instant, written,
 * and validated against Ladder's XSD before it is offered; a file that fails is never offered.
 */
export const offerReturn = async (
  log: CensusLog,
  request: CensusRequest,
  onProgress?: (progress: ReadProgress) => void,
): Promise<OfferedReturn> => {
  const facts = await readCensusFacts(log, request.knownAt, onProgress);
  const casesHeld =
    request.casesHeld ??
    (await casesFromAllocationsInSlices(facts, [censusPeriod(request.year).referenceDate]));
  const ret = censusReturn(facts, { ...request, casesHeld });
  const validation = await validateReturn(ret.xml, ret.records);
  if (!validation.valid) return validation;
  return {
    valid: true,
    filename: `csww-${String(request.year)}-${request.laCode}.xml`,
    xml: ret.xml,
    records: ret.records.length,
  };
};

/** The preview: this year's indicators beside last year's and England's, and the gaps. */
export const previewReturn = async (
  log: CensusLog,
  request: CensusRequest,
  onProgress?: (progress: ReadProgress) => void,
): Promise<CensusPreview> => {
  const facts = await readCensusFacts(log, request.knownAt, onProgress);
  const dates = [request.year, request.year - 1].map((y) => censusPeriod(y).referenceDate);
  const casesHeld = request.casesHeld ?? (await casesFromAllocationsInSlices(facts, dates));
  return censusPreview(facts, { ...request, casesHeld });
};
