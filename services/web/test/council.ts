import { callApi, tokenFor } from './api';
import type { RunningLadder } from './server';
import type { StaffRecord, TeamMember, Verdict } from '../src/api/types';

// Test setup through the machine API (bearer tokens signed with the server's own secret): the
// demo manager's reports and a regrade case in the state a test starts from.

export interface Report {
  readonly staffId: string;
  /** As the team page shows them: the name given on joining, else the staff id. */
  readonly label: string;
  readonly verdict: Verdict;
  /** The vacancy the verdict rests on, for families that progress into one. */
  readonly vacancyId: string | null;
}

const vacancyOf = (verdict: Verdict): string | null => {
  const line = verdict.lines.find((l) => l.kind === 'vacancy-open' && l.status === 'met');
  return line === undefined ? null : (/vacancy (\S+) at/.exec(line.detail)?.[1] ?? null);
};

/** The manager's current reports, each with today's verdict. */
export const reportsOf = async (ladder: RunningLadder, managerId: string): Promise<Report[]> => {
  const hr = await tokenFor(ladder.dataDir, { id: 'hr-demo', role: 'hr-admin' });
  const manager = (await callApi(ladder.url, hr, `/staff/${managerId}`)).body as StaffRecord;
  const team = (await callApi(ladder.url, hr, `/staff/${managerId}/reports`)).body as {
    reports: TeamMember[];
  };
  const labelOf = (staffId: string): string =>
    team.reports.find((m) => m.staffId === staffId)?.name ?? staffId;
  return Promise.all(
    manager.directReports.map(async (staffId) => {
      const verdict = (await callApi(ladder.url, hr, `/staff/${staffId}/eligibility`))
        .body as Verdict;
      return { staffId, label: labelOf(staffId), verdict, vacancyId: vacancyOf(verdict) };
    }),
  );
};

/** Requests a regrade as `requester` (an hr-admin token), naming the verdict's vacancy. */
export const requestAs = async (
  ladder: RunningLadder,
  requesterId: string,
  report: Report,
  caseId: string,
): Promise<void> => {
  const token = await tokenFor(ladder.dataDir, { id: requesterId, role: 'hr-admin' });
  const { verdict } = report;
  const answer = await callApi(ladder.url, token, '/regrades', {
    caseId,
    staffId: report.staffId,
    jobFamily: verdict.jobFamily,
    fromGrade: verdict.fromGrade,
    toGrade: verdict.toGrade,
    ...(report.vacancyId !== null ? { vacancyId: report.vacancyId } : {}),
  });
  if (answer.status !== 201)
    throw new Error(`requesting ${caseId}: ${JSON.stringify(answer.body)}`);
};

/** Opens a vacancy at the report's next grade (HR's step), so a request can name one. */
export const openVacancyFor = async (
  ladder: RunningLadder,
  report: Report,
  vacancyId: string,
): Promise<void> => {
  const hr = await tokenFor(ladder.dataDir, { id: 'hr-demo', role: 'hr-admin' });
  const answer = await callApi(ladder.url, hr, '/vacancies', {
    vacancyId,
    jobFamily: report.verdict.jobFamily,
    grade: report.verdict.toGrade,
    serviceArea: 'childrens-services',
    team: 'Central Family Support',
    zone: 'Central',
    openedOn: new Date().toISOString().slice(0, 10),
  });
  if (answer.status !== 201)
    throw new Error(`opening ${vacancyId}: ${JSON.stringify(answer.body)}`);
};

/** How many regrade cases are about `staffId`, whatever their state. */
export const casesAbout = async (ladder: RunningLadder, staffId: string): Promise<number> => {
  const hr = await tokenFor(ladder.dataDir, { id: 'hr-demo', role: 'hr-admin' });
  const { body } = await callApi(ladder.url, hr, '/regrades');
  return (body as { cases: { staffId: string }[] }).cases.filter((c) => c.staffId === staffId)
    .length;
};

/** The demo people's ids by role, as the sign-in page offers them (the manager's is a staff id). */
export const demoPeople = async (ladder: RunningLadder): Promise<Map<string, string>> => {
  const people = (await (await fetch(`${ladder.url}/auth/demo/people`)).json()) as {
    id: string;
    role: string;
  }[];
  return new Map(people.map((p) => [p.role, p.id]));
};

/** True when the server's OpenAPI document has every one of `paths`. */
export const hasPaths = async (
  ladder: RunningLadder,
  paths: readonly string[],
): Promise<boolean> => {
  const doc = (await (await fetch(`${ladder.url}/openapi.json`)).json()) as { paths: object };
  return paths.every((p) => p in doc.paths);
};
