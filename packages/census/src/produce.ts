import * as E from 'fp-ts/Either';
import { caseloadsOf, casesOnDate, IsoDate, type RecordedFact } from '@ladder/domain';
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
 * Whether the council recorded cases in Ladder by the date: before its first case, nobody's
 * count is known (a 0 then would be made up).
 */
const allocatingBy = (allocations: readonly RecordedFact[], on: string): boolean =>
  allocations.some((f) => f.effectiveAt.slice(0, 10) <= on);

/** Cases held by each worker on a date: caseload allocation's own fold of its streams. */
const countsOn = (
  allocations: readonly RecordedFact[],
  on: string,
): ReadonlyMap<string, number> => {
  const date = IsoDate.decode(on);
  if (E.isLeft(date)) return new Map();
  const held = caseloadsOf(casesOnDate(allocations, date.right));
  return new Map([...held].map(([worker, cases]) => [worker, cases.length]));
};

/**
 * Cases held on the date by caseload allocation's own rule (the domain's fold of the
 * allocation streams, as known at the instant). Not known at all when the council records no
 * cases in Ladder: then the items are left out, never zero.
 */
export const casesFromAllocations = (facts: CensusFacts): CasesHeld => {
  if (facts.allocations.length === 0) return () => undefined;
  const byDate = new Map<string, ReadonlyMap<string, number>>();
  return (staffId, on) => {
    if (!allocatingBy(facts.allocations, on)) return undefined;
    const counts = byDate.get(on) ?? countsOn(facts.allocations, on);
    byDate.set(on, counts);
    return counts.get(staffId) ?? 0;
  };
};

/** Allocation events folded between yields: each case's stream is folded whole, on its own. */
const SLICE = 2_000;

/**
 * The same counts, folded a slice of cases at a time with the event loop free between slices
 * (a case's state depends on its own stream alone, so slices fold apart and merge).
 */
export const casesFromAllocationsInSlices = async (
  facts: CensusFacts,
  dates: readonly string[],
): Promise<CasesHeld> => {
  if (facts.allocations.length === 0) return () => undefined;
  const streams = new Map<string, RecordedFact[]>();
  for (const f of facts.allocations) {
    const list = streams.get(f.streamName);
    if (list === undefined) streams.set(f.streamName, [f]);
    else list.push(f);
  }
  const byDate = new Map(dates.map((d) => [d, new Map<string, number>()]));
  let slice: RecordedFact[] = [];
  const fold = async () => {
    for (const [date, counts] of byDate)
      for (const [worker, n] of countsOn(slice, date))
        counts.set(worker, (counts.get(worker) ?? 0) + n);
    slice = [];
    await new Promise((resolve) => setImmediate(resolve));
  };
  for (const events of streams.values()) {
    slice.push(...events);
    if (slice.length >= SLICE) await fold();
  }
  await fold();
  const known = new Set(dates.filter((d) => allocatingBy(facts.allocations, d)));
  return (staffId, on) => (known.has(on) ? (byDate.get(on)?.get(staffId) ?? 0) : undefined);
};

/** The records and vacancies of the return for a year, without the file. */
const censusRecords = (facts: CensusFacts, request: CensusRequest) => {
  const period = censusPeriod(request.year);
  const casesHeld = request.casesHeld ?? casesFromAllocations(facts);
  const records = facts.engagements
    .flatMap((e) => workerRecord(e, period, facts.frameworks, casesHeld) ?? [])
    .sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  const vacancies = laLevelVacancies(facts.posts, records, period, facts.frameworks);
  return { period, records, vacancies };
};

/** The return for 30 September of the year, from the facts known at the instant. */
export const censusReturn = (facts: CensusFacts, request: CensusRequest): CensusReturn => {
  const { period, records, vacancies } = censusRecords(facts, request);
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
  const current = censusRecords(facts, request);
  const last = censusRecords(facts, { ...request, year: request.year - 1 });
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
