import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { aggregates, handleCommand, knownFrameworks } from '@ladder/application';
import {
  Grade,
  JobFamily,
  frameworkInForce,
  gradeAbove,
  parseStreamName,
  PolicyCommand,
  seedPolicies,
  StreamId,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { generateCouncil } from '@ladder/demo';
import { eligibilityPipeline, openVacancies } from '@ladder/projections';

// The first-run demo: a seeded council from @ladder/demo (which publishes the seed policies
// first), and a cast of real people from it for the printed tokens.

/** Appends a generated council with `staff` people over the last `years` years. */
export const seedDemoCouncil = async (
  store: EventStore,
  options: { readonly staff: number; readonly years: number; readonly now: Date },
): Promise<{ readonly events: number }> => {
  const start = new Date(
    Date.UTC(options.now.getUTCFullYear() - options.years, options.now.getUTCMonth(), 1),
  );
  const council = generateCouncil({
    seed: 2026,
    staff: options.staff,
    years: options.years,
    startDate: start.toISOString().slice(0, 10),
  });
  // Many appends in flight at once, so the store's group commit writes them in one transaction
  // and one fsync instead of one each. They are handed over in the council's order, which the
  // SQLite writer thread keeps.
  const inFlight = 512;
  for (let from = 0; from < council.appends.length; from += inFlight) {
    const window = council.appends.slice(from, from + inFlight);
    const results = await Promise.all(window.map((a) => store.append(a.streamName, a.events)));
    results.forEach((result, i) => {
      if (E.isLeft(result))
        throw new Error(`seeding ${window[i]?.streamName ?? '?'}: ${result.left.code}`);
    });
  }
  return { events: council.eventCount };
};

/** Publishes the seed policies (a no-op for versions already published). */
export const publishSeedPolicies = async (store: EventStore, now: Date): Promise<void> => {
  for (const document of seedPolicies) {
    const command = PolicyCommand.decode({
      type: 'PublishPolicyVersion',
      data: { document },
      actor: { id: 'ladder-setup', role: 'hr-admin' },
      at: now.toISOString(),
    });
    if (E.isLeft(command))
      throw new Error(`seed policy ${document.family} v${document.version} does not decode`);
    const result = await handleCommand(
      store,
      aggregates.policy,
      StreamId.policy(document.family),
      command.right,
      {
        commandId: `seed-policy:${document.family}:${document.version}`,
        correlationId: 'seed-policies',
        causationId: null,
      },
    );
    if (E.isLeft(result))
      throw new Error(`publishing ${document.family} v${document.version}: ${result.left.kind}`);
  }
};

export interface DemoCast {
  readonly managerId: string;
  readonly reportId: string | null;
  readonly family: JobFamily | null;
  readonly fromGrade: Grade | null;
  readonly toGrade: Grade | null;
  readonly vacancyId: string | null;
}

interface Line {
  reports: Set<string>;
  family: JobFamily;
  grade: Grade;
}

const record = (u: unknown): Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)
    ? Object.fromEntries(Object.entries(u))
    : {};

/** A manager with current reports, one of them who could progress, and a vacancy to name. */
export const findDemoCast = async (
  store: EventStore,
  readDb: Database,
  today: string,
): Promise<DemoCast | null> => {
  const people = new Map<string, Line>();
  const left = new Set<string>();
  for await (const e of store.readAll({
    filter: {
      eventTypes: [
        'StaffJoined',
        'GradeChanged',
        'StaffLeft',
        'LineManagerAssigned',
        'LineManagementEnded',
      ],
    },
  })) {
    const d = record(e.data);
    const stream = parseStreamName(e.streamName);
    if (E.isLeft(stream) || stream.right.kind !== 'staff') continue;
    const staffId = stream.right.id;
    const family = d['jobFamily'];
    const grade = e.type === 'GradeChanged' ? d['to'] : d['grade'];
    if (e.type === 'StaffJoined' && JobFamily.is(family) && Grade.is(grade))
      people.set(staffId, { reports: new Set(), family, grade });
    else if (e.type === 'GradeChanged') {
      const p = people.get(staffId);
      if (p && Grade.is(grade)) p.grade = grade;
    } else if (e.type === 'StaffLeft') left.add(staffId);
    else if (e.type === 'LineManagerAssigned')
      people.get(staffId)?.reports.add(String(d['reportId']));
    else if (e.type === 'LineManagementEnded')
      people.get(staffId)?.reports.delete(String(d['reportId']));
  }
  const managers = [...people.entries()]
    .filter(([id, p]) => !left.has(id) && [...p.reports].some((r) => !left.has(r)))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const vacancies = openVacancies(readDb, { asOf: today });
  const open = E.isRight(vacancies) ? vacancies.right : [];
  // Someone eligible today makes the printed journey go all the way to a new grade.
  const pipeline = eligibilityPipeline(readDb, { asOf: today, onlyEligible: true });
  const eligible = new Set(E.isRight(pipeline) ? pipeline.right.map((e) => e.staffId) : []);
  const candidates = managers.flatMap(([managerId, m]) =>
    [...m.reports].map((reportId) => ({ managerId, reportId, eligible: eligible.has(reportId) })),
  );
  candidates.sort((a, b) => Number(b.eligible) - Number(a.eligible));
  const frameworks = await knownFrameworks(store);
  for (const { managerId, reportId } of candidates) {
    const r = people.get(reportId);
    if (!r || left.has(reportId)) continue;
    const ladder = frameworkInForce(frameworks, r.family, today);
    const toGrade = gradeAbove(ladder, r.grade)?.code;
    if (toGrade === undefined) continue;
    const vacancy = open.find((v) => v.jobFamily === r.family && v.grade === toGrade);
    // Where the next grade is reached through a vacant post, the journey needs one open.
    if (ladder?.route === 'vacancy' && vacancy === undefined) continue;
    return {
      managerId,
      reportId,
      family: r.family,
      fromGrade: r.grade,
      toGrade,
      vacancyId: vacancy?.vacancyId ?? null,
    };
  }
  const first = managers[0];
  return first
    ? {
        managerId: first[0],
        reportId: null,
        family: null,
        fromGrade: null,
        toGrade: null,
        vacancyId: null,
      }
    : null;
};
