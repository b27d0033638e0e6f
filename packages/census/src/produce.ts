import * as E from 'fp-ts/Either';
import { caseloadsOf, casesOnDate, IsoDate } from '@ladder/domain';
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

/**
 * Cases held on the date by caseload allocation's own rule (the domain's fold of the
 * allocation streams, as known at the instant). Not known at all when the council records no
 * cases in Ladder: then the items are left out, never zero.
 */
const casesFromAllocations = (facts: CensusFacts): CasesHeld => {
  if (facts.allocations.length === 0) return () => undefined;
  const byDate = new Map<string, ReadonlyMap<string, number>>();
  return (staffId, on) => {
    let counts = byDate.get(on);
    if (counts === undefined) {
      const date = IsoDate.decode(on);
      if (E.isLeft(date)) return undefined;
      const held = caseloadsOf(casesOnDate(facts.allocations, date.right));
      counts = new Map([...held].map(([worker, cases]) => [worker, cases.length]));
      byDate.set(on, counts);
    }
    return counts.get(staffId) ?? 0;
  };
};

/** The return for 30 September of the year, from the facts known at the instant. */
export const censusReturn = (facts: CensusFacts, request: CensusRequest): CensusReturn => {
  const period = censusPeriod(request.year);
  const records = facts.engagements
    .flatMap(
      (e) =>
        workerRecord(
          e,
          period,
          facts.frameworks,
          request.casesHeld ?? casesFromAllocations(facts),
        ) ?? [],
    )
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
