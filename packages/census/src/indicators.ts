import { CASE_HOLDER } from './codes';
import type { CensusPeriod } from './period';
import { inPeriod } from './period';
import type { LaLevelVacancies } from './vacancies';
import type { WorkerRecord } from './worker-record';

/** The DfE's published indicators for one council and year, computed as the DfE does. */
export interface Indicators {
  readonly inPostFte: number;
  readonly inPostHeadcount: number;
  /** Headcount by the DfE's role code, each person once in their most senior role. */
  readonly inPostHeadcountByRole: Readonly<Record<string, number>>;
  readonly startersFte: number;
  readonly startersHeadcount: number;
  readonly leaversFte: number;
  readonly leaversHeadcount: number;
  /** Leavers ÷ in post, %. */
  readonly turnoverRateFte: number | null;
  readonly turnoverRateHeadcount: number | null;
  readonly agencyFte: number;
  readonly agencyHeadcount: number;
  /** Agency ÷ (agency + in post), %. */
  readonly agencyRateFte: number | null;
  readonly vacancyFte: number;
  /** Vacancies ÷ (vacancies + in post), %. */
  readonly vacancyRateFte: number | null;
  readonly caseHoldersFte: number;
  /** Null while any case holder's cases are not known (never a partial sum). */
  readonly cases: number | null;
  /** Cases ÷ case-holder FTE. */
  readonly caseload: number | null;
  readonly workingDaysLost: number;
  /** Working days lost ÷ (in-post FTE × working days in a year), %. */
  readonly absenceRateFte: number | null;
}

/**
 * Working days in a year for the absence rate: 365 less 104 weekend days and England's 8
 * bank holidays. With it the 2023 England row (270,751 days, 33,119.1 FTE) gives the
 * published 3.2 %.
 */
export const WORKING_DAYS_A_YEAR = 253;

const round = (n: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(n * f) / f;
};
const rate = (part: number, whole: number): number | null =>
  whole > 0 ? round((part / whole) * 100, 1) : null;
const sum = (records: readonly WorkerRecord[], pick: (r: WorkerRecord) => number | undefined) =>
  round(
    records.reduce((s, r) => s + (pick(r) ?? 0), 0),
    2,
  );

/**
 * A person is counted once however many records they have: the DfE de-duplicates on SWE
 * number, date of birth, gender and ethnicity (and the start or leaving date for flows). A
 * record with no SWE number stands for itself.
 */
const personKey = (r: WorkerRecord): string =>
  r.sweNo === undefined
    ? `staff:${r.staffId}`
    : [r.sweNo, r.birthDate ?? '', r.gender ?? '', r.ethnicity ?? ''].join('|');

/** Each person's most senior role (the lowest code: 1 senior manager … 6 qualified). */
const byRole = (records: readonly WorkerRecord[]): Record<string, number> => {
  const senior = new Map<string, number>();
  for (const r of records) {
    if (r.orgRole === undefined) continue;
    const key = personKey(r);
    senior.set(key, Math.min(senior.get(key) ?? r.orgRole, r.orgRole));
  }
  const counts: Record<string, number> = {};
  for (const role of senior.values()) counts[String(role)] = (counts[String(role)] ?? 0) + 1;
  return counts;
};

const distinct = (records: readonly WorkerRecord[], key: (r: WorkerRecord) => string): number =>
  new Set(records.map(key)).size;

export const indicatorsOf = (
  records: readonly WorkerRecord[],
  vacancies: LaLevelVacancies,
  period: CensusPeriod,
): Indicators => {
  const employees = records.filter((r) => !r.agency);
  const inPost = employees.filter((r) => r.inPost);
  const starters = employees.filter(
    (r) => r.roleStartDate !== undefined && inPeriod(period, r.roleStartDate),
  );
  const leavers = employees.filter((r) => r.roleEndDate !== undefined);
  const inPostFte = sum(inPost, (r) => r.fte30);
  const inPostHeadcount = distinct(inPost, personKey);
  const leaversFte = sum(leavers, (r) => r.fte);
  const leaversHeadcount = distinct(leavers, (r) => `${personKey(r)}|${r.roleEndDate ?? ''}`);
  const caseHolders = inPost.filter((r) => r.orgRole === CASE_HOLDER);
  const caseHoldersFte = sum(caseHolders, (r) => r.fte30);
  const casesKnown = caseHolders.length > 0 && caseHolders.every((r) => r.cases30 !== undefined);
  const cases = casesKnown ? caseHolders.reduce((s, r) => s + (r.cases30 ?? 0), 0) : null;
  const workingDaysLost = sum(employees, (r) => r.workingDaysLost);
  return {
    inPostFte,
    inPostHeadcount,
    inPostHeadcountByRole: byRole(inPost),
    startersFte: sum(starters, (r) => r.fte),
    startersHeadcount: distinct(starters, (r) => `${personKey(r)}|${r.roleStartDate ?? ''}`),
    leaversFte,
    leaversHeadcount,
    turnoverRateFte: rate(leaversFte, inPostFte),
    turnoverRateHeadcount: rate(leaversHeadcount, inPostHeadcount),
    agencyFte: vacancies.agencyFte,
    agencyHeadcount: vacancies.agencyHeadcount,
    agencyRateFte: rate(vacancies.agencyFte, vacancies.agencyFte + inPostFte),
    vacancyFte: vacancies.vacanciesFte,
    vacancyRateFte: rate(vacancies.vacanciesFte, vacancies.vacanciesFte + inPostFte),
    caseHoldersFte,
    cases,
    caseload: cases !== null && caseHoldersFte > 0 ? round(cases / caseHoldersFte, 1) : null,
    workingDaysLost,
    absenceRateFte: rate(workingDaysLost, inPostFte * WORKING_DAYS_A_YEAR),
  };
};
