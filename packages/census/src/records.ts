import { frameworkInForce, type CensusRole, type FrameworkDocument } from '@ladder/domain';
import {
  absenceReasonCode,
  CASE_HOLDER,
  genderCode,
  kssCode,
  leaverDestinationCode,
  leavingReasonCode,
  orgRoleCode,
  qualificationLevelCode,
  startOriginCode,
  type OrgRole,
} from './codes';
import { addDays, daysBetween, maxDate, minDate } from './dates';
import type { AbsenceEpisode, EngagementFacts } from './facts';
import { fteOf } from './fte';
import { inPeriod, type CensusPeriod } from './period';
import type { WorkerRecord } from './worker-record';

/** Cases a worker held at the end of the reference date, when caseload allocation knows. */
export type CasesHeld = (staffId: string, on: string) => number | undefined;

/** The census role of the grade held on a date, from the career framework in force then. */
export const censusRoleOn = (
  frameworks: readonly FrameworkDocument[],
  e: EngagementFacts,
  on: string,
): CensusRole | undefined => {
  const grade = [...e.grades].reverse().find((g) => g.on <= on)?.grade ?? e.grades[0]?.grade;
  const ladder = frameworkInForce(frameworks, e.joined.jobFamily, on);
  return ladder?.grades.find((g) => g.code === grade)?.censusRole;
};

// An engagement is in post on 30 September if it started by then and had not left: `leftOn`
// is the leaving date, so someone leaving on 30 September is a leaver, not in post.
const inPostOn = (e: EngagementFacts, on: string): boolean =>
  e.joined.joinedOn <= on && (e.left === null || e.left.leftOn > on);

/** The last day the record describes: 30 September, or the leaving date in the year. */
const asAt = (e: EngagementFacts, period: CensusPeriod): string =>
  e.left !== null && e.left.leftOn <= period.referenceDate ? e.left.leftOn : period.referenceDate;

/**
 * The return's record of one engagement, or null when it is out of scope: not a social
 * worker (family workers), not in the year, or an agency worker not in place on 30 September.
 */
export const workerRecord = (
  e: EngagementFacts,
  period: CensusPeriod,
  frameworks: readonly FrameworkDocument[],
  casesHeld: CasesHeld,
): WorkerRecord | null => {
  const ref = period.referenceDate;
  const inPost = inPostOn(e, ref);
  const leftInYear = e.left !== null && inPeriod(period, e.left.leftOn);
  const agency = e.joined.engagement === 'agency';
  if (!inPost && (!leftInYear || agency)) return null;
  const on = asAt(e, period);
  // A leaver's role is the one they held on their last day in post.
  const role = censusRoleOn(frameworks, e, inPost ? on : addDays(on, -1));
  if (role === undefined || role === 'not-a-social-worker') return null;
  const orgRole: OrgRole = orgRoleCode[role];
  const fte = fteOf(e.joined.contractedHours, e.joined.zeroHours === true);
  const registration =
    [...e.registrations].reverse().find((r) => r.registeredOn <= on) ?? e.registrations[0];
  const startOrigin = e.joined.startOrigin;
  const cases30 = inPost && orgRole === CASE_HOLDER ? casesHeld(e.staffId, ref) : undefined;
  const base: WorkerRecord = {
    staffId: e.staffId,
    inPost,
    agency,
    sweNo: registration?.registrationNumber,
    fte,
    qualInst: [],
    orgRole,
    roleStartDate: e.joined.joinedOn,
    startOrigin: startOrigin === undefined ? undefined : startOriginCode[startOrigin],
  };
  if (agency) return { ...base, fte30: fte, cases30 };
  const personal = e.joined.personal ?? {};
  const degrees = e.qualifications.filter((q) => q.institution !== undefined);
  const programmes = new Set(e.qualifications.flatMap((q) => q.programme ?? []));
  // A route is only claimed (or denied) once a qualification's details are recorded.
  const route = (programme: 'step-up' | 'frontline') =>
    degrees.length > 0 ? programmes.has(programme) : undefined;
  const level = [...degrees].reverse().find((q) => q.level !== undefined)?.level;
  const kss = [...e.kss].reverse().find((k) => k.recognisedOn <= on);
  const absence = inPost ? e.absences.find((a) => covers(a, ref)) : undefined;
  const left = leftInYear ? e.left : null;
  return {
    ...base,
    birthDate: personal.dateOfBirth,
    gender: personal.gender === undefined ? undefined : genderCode[personal.gender],
    ethnicity: personal.ethnicity,
    qualInst: [...new Set(degrees.flatMap((q) => q.institution ?? []))],
    qualLevel: level === undefined ? undefined : qualificationLevelCode[level],
    stepUpGrad: route('step-up'),
    roleEndDate: left?.leftOn,
    leaverDestination:
      left?.destination === undefined ? undefined : leaverDestinationCode[left.destination],
    reasonLeave:
      left?.leavingReason === undefined ? undefined : leavingReasonCode[left.leavingReason],
    fte30: inPost ? fte : undefined,
    cases30,
    workingDaysLost: sicknessDaysLost(e.absences, period),
    contractWeeks: contractWeeks(e, period),
    frontlineGrad: route('frontline'),
    absentAt30: inPost ? absence !== undefined : undefined,
    reasonAbsence: absence === undefined ? undefined : absenceReasonCode[absence.reason],
    kssStatus: kss === undefined ? undefined : kssCode[kss.status],
  };
};

const covers = (a: AbsenceEpisode, on: string): boolean =>
  a.startedOn <= on && (a.endedOn === null || a.endedOn >= on);

/**
 * Working days lost to sickness in the year. An episode that crosses 1 October or 30
 * September counts the share of its calendar days inside the year (Ladder holds the days
 * lost per episode, not per day); an open episode's days are not known yet and count 0.
 */
export const sicknessDaysLost = (
  absences: readonly AbsenceEpisode[],
  period: CensusPeriod,
): number => {
  let total = 0;
  for (const a of absences) {
    if (a.reason !== 'sickness' || a.endedOn === null || a.workingDaysLost === null) continue;
    const from = maxDate(a.startedOn, period.firstDay);
    const to = minDate(a.endedOn, period.referenceDate);
    if (from > to) continue;
    const share = (daysBetween(from, to) + 1) / (daysBetween(a.startedOn, a.endedOn) + 1);
    total += a.workingDaysLost * share;
  }
  return Math.round(total * 100) / 100;
};

/** Weeks under contract in the year (to one place): from the start, or 1 October, to the end. */
export const contractWeeks = (e: EngagementFacts, period: CensusPeriod): number => {
  const from = maxDate(e.joined.joinedOn, period.firstDay);
  const lastDay =
    e.left !== null && e.left.leftOn <= period.referenceDate ? e.left.leftOn : period.referenceDate;
  const days = daysBetween(from, lastDay) + 1;
  return days <= 0 ? 0 : Math.round((days / 7) * 10) / 10;
};
