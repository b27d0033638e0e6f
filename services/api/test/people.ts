import { seedPolicies } from '@ladder/domain';
import type { Principal } from '../src/auth/roles';
import type { Harness } from './harness';

// People and facts recorded through the API itself, as HR would.

export const hr: Principal = { id: 'hr-1', role: 'hr-admin' };
export const approver: Principal = { id: 'approver-1', role: 'approver' };
export const planner: Principal = { id: 'planner-1', role: 'planner' };
export const auditor: Principal = { id: 'auditor-1', role: 'auditor' };

/** `YYYY-MM-DD`, `months` before today (UTC). */
export const monthsAgo = (months: number, from = new Date()): string => {
  const d = new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, Math.min(from.getUTCDate(), 28)),
  );
  return d.toISOString().slice(0, 10);
};

const expectCreated = async <R extends { status: number; body: Record<string, unknown> }>(
  p: Promise<R>,
  what: string,
): Promise<R> => {
  const r = await p;
  if (r.status !== 201) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
};

export const publishSeedPolicies = async (h: Harness): Promise<void> => {
  for (const document of seedPolicies)
    await expectCreated(
      h.call('POST', `/policies/${document.family}/versions`, { as: hr, body: { document } }),
      `publish ${document.family} v${document.version}`,
    );
};

export const join = (
  h: Harness,
  staffId: string,
  more: { grade?: string; team?: string; joinedOn?: string; name?: string } = {},
) =>
  expectCreated(
    h.call('POST', '/staff', {
      as: hr,
      body: {
        staffId,
        jobFamily: 'family-worker',
        grade: more.grade ?? 'L1',
        team: more.team ?? 'north-early-help',
        zone: 'north',
        contractedHours: 37,
        joinedOn: more.joinedOn ?? monthsAgo(30),
        personal: { name: more.name ?? `Person ${staffId}` },
      },
    }),
    `join ${staffId}`,
  );

export const record = (h: Harness, staffId: string, segment: string, body: unknown) =>
  expectCreated(
    h.call('POST', `/staff/${staffId}/${segment}`, { as: hr, body }),
    `${segment} for ${staffId}`,
  );

/** A Level 1 Family Worker who meets every essential criterion for Level 2 (given an open L2 vacancy). */
export const joinEligibleFamilyWorker = async (
  h: Harness,
  staffId: string,
  team = 'north-early-help',
) => {
  await join(h, staffId, { team });
  await record(h, staffId, 'qualifications', {
    qualification: 'gcse-maths',
    awardedOn: monthsAgo(120),
  });
  await record(h, staffId, 'qualifications', {
    qualification: 'gcse-english',
    awardedOn: monthsAgo(120),
  });
  for (const method of ['A', 'I'])
    await record(h, staffId, 'assessments', {
      criterion: 'safeguarding-awareness',
      method,
      outcome: 'passed',
      assessorId: 'assessor-1',
      assessedOn: monthsAgo(6),
    });
  await record(h, staffId, 'training', { course: 'cpd', completedOn: monthsAgo(3) });
  await record(h, staffId, 'experience', {
    area: 'looked-after-children',
    evidencedOn: monthsAgo(8),
  });
  await record(h, staffId, 'experience', {
    area: 'common-assessment-framework',
    evidencedOn: monthsAgo(8),
  });
  await record(h, staffId, 'pdrs', {
    period: monthsAgo(2).slice(0, 4),
    outcome: 'positive',
    reviewedOn: monthsAgo(2),
    reviewerId: 'reviewer-1',
    reviewerRole: 'line-manager',
  });
};

/** A Level 2 manager with the given reports; returns the manager principal. */
export const managerOf = async (
  h: Harness,
  managerId: string,
  reports: readonly string[],
): Promise<Principal> => {
  await join(h, managerId, { grade: 'L2' });
  for (const reportId of reports)
    await record(h, managerId, 'line-reports', { reportId, assignedOn: monthsAgo(12) });
  return { id: managerId, role: 'manager' };
};

export const openVacancy = (
  h: Harness,
  vacancyId: string,
  grade = 'L2',
  team = 'north-early-help',
) =>
  expectCreated(
    h.call('POST', '/vacancies', {
      as: hr,
      body: {
        vacancyId,
        jobFamily: 'family-worker',
        grade,
        serviceArea: 'childrens-services',
        team,
        zone: 'north',
        openedOn: monthsAgo(1),
      },
    }),
    `open ${vacancyId}`,
  );

/** The body of a Level 1 → Level 2 Family Worker regrade request for a named vacancy. */
export const regradeToL2 = (caseId: string, staffId: string, vacancyId: string) => ({
  caseId,
  staffId,
  jobFamily: 'family-worker',
  fromGrade: 'L1',
  toGrade: 'L2',
  vacancyId,
});
