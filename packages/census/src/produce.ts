import { missingItems, type MissingItems } from './missing';
import { indicatorsOf, type Indicators } from './indicators';
import type { CensusFacts } from './facts';
import { nationalFor, type NationalFigures } from './national';
import { censusPeriod, type CensusPeriod } from './period';
import { workerRecord, type CasesHeld } from './records';
import { laLevelVacancies, type LaLevelVacancies } from './vacancies';
import type { WorkerRecord } from './worker-record';
import { returnXml } from './xml';

export interface CensusRequest {
  readonly year: number;
  readonly knownAt: string;
  readonly laCode: string;
  /** Cases held at 30 September from caseload allocation; absent items when not known. */
  readonly casesHeld?: CasesHeld;
}

export interface CensusReturn {
  readonly period: CensusPeriod;
  readonly knownAt: string;
  readonly records: readonly WorkerRecord[];
  readonly vacancies: LaLevelVacancies;
  readonly xml: string;
}

const noCases: CasesHeld = () => undefined;

/** The return for 30 September of the year, from the facts known at the instant. */
export const censusReturn = (facts: CensusFacts, request: CensusRequest): CensusReturn => {
  const period = censusPeriod(request.year);
  const records = facts.engagements
    .flatMap((e) => workerRecord(e, period, facts.frameworks, request.casesHeld ?? noCases) ?? [])
    .sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  const vacancies = laLevelVacancies(facts.posts, records, period, facts.frameworks);
  const xml = returnXml(
    { period, laCode: request.laCode, knownAt: request.knownAt },
    vacancies,
    records,
  );
  return { period, knownAt: request.knownAt, records, vacancies, xml };
};

export interface CensusPreview {
  readonly year: number;
  readonly referenceDate: string;
  readonly knownAt: string;
  readonly indicators: Indicators;
  readonly lastYear: Indicators;
  readonly national: NationalFigures | null;
  readonly records: number;
  readonly missing: readonly MissingItems[];
}

/** The figures a council sees before it submits: this year's, last year's, England's. */
export const censusPreview = (facts: CensusFacts, request: CensusRequest): CensusPreview => {
  const current = censusReturn(facts, request);
  const last = censusReturn(facts, { ...request, year: request.year - 1 });
  return {
    year: request.year,
    referenceDate: current.period.referenceDate,
    knownAt: request.knownAt,
    indicators: indicatorsOf(current.records, current.vacancies, current.period),
    lastYear: indicatorsOf(last.records, last.vacancies, last.period),
    national: nationalFor(request.year),
    records: current.records.length,
    missing: missingItems(current.records),
  };
};
