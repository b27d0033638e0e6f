import * as E from 'fp-ts/Either';
import {
  encodeEvent,
  effectiveDateOf,
  seedFrameworks,
  seedPolicies,
  startOfDay,
  StreamId,
  streamNameOf,
  uuidV5,
  type DomainEvent,
} from '@ladder/domain';
import { event } from '@ladder/domain/testing';
import { getMemoryEventStore, type EventStore, type NewEvent } from '@ladder/event-store';

// A generated council for whole-population tests: a seeded RNG (mulberry32) decides who
// joins where, which facts they hold and which posts are open, so each seed is one council,
// the same every run. Events are appended as a store holds them, each recorded a day after
// its date on the store's clock, rules (the seed policies and frameworks) first.

const mulberry32 = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface GeneratedCouncil {
  readonly store: EventStore;
  /** Moves the store's clock: what is appended next is recorded at this instant. */
  readonly recordAt: (instant: string) => void;
  readonly people: number;
}

/** A council of `staff` people around `on`, from `seed`. */
export const generateCouncil = async (
  seed: number,
  staff: number,
  on: string,
): Promise<GeneratedCouncil> => {
  const rng = mulberry32(seed);
  const chance = (p: number) => rng() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const daysBefore = (max: number) => addDays(on, -Math.floor(rng() * max));
  let clock = '2017-01-01T00:00:00.000Z';
  const store = getMemoryEventStore({ clock: () => new Date(clock) });
  let n = 0;
  const append = async (stream: StreamId, e: DomainEvent, recordedOn?: string) => {
    const date = effectiveDateOf(e);
    clock = `${recordedOn ?? addDays(date, 1)}T12:00:00.000Z`;
    const envelope: NewEvent = {
      ...encodeEvent(e),
      eventId: uuidV5(`preview-council:${seed}:${n++}`),
      effectiveAt: startOfDay(date),
      actor: { id: 'generator', role: 'hr-admin' },
      correlationId: 'generated',
      causationId: null,
    };
    const appended = await store.append(streamNameOf(stream), [envelope]);
    if (E.isLeft(appended)) throw new Error(appended.left.code);
  };
  for (const document of seedFrameworks)
    await append(
      StreamId.framework(document.family),
      event('CareerFrameworkPublished', { document, publishedOn: document.effectiveFrom }),
      '2017-01-01',
    );
  for (const document of seedPolicies)
    await append(
      StreamId.policy(document.family),
      event('PolicyVersionPublished', { document, publishedOn: '2017-01-01' }),
      '2017-01-01',
    );
  // Facts are appended in date order across everyone, as a council records them.
  const facts: { stream: StreamId; event: DomainEvent }[] = [];
  const teams = ['north-early-help', 'south-early-help', 'west-safeguarding'];
  const fw: string[] = [];
  for (let i = 0; i < staff; i++) {
    const staffId = `p-${seed}-${String(i).padStart(3, '0')}`;
    const stream = StreamId.staff(staffId);
    const social = chance(0.35);
    const grade = social ? 'SW2' : pick(['L1', 'L1', 'L2']);
    const joinedOn = daysBefore(2000);
    const add = (type: Parameters<typeof event>[0], data: unknown) =>
      facts.push({ stream, event: event(type, data) });
    add('StaffJoined', {
      staffId,
      jobFamily: social ? 'social-worker' : 'family-worker',
      grade,
      team: pick(teams),
      zone: 'z',
      contractedHours: 37,
      joinedOn,
    });
    if (!social && grade === 'L2') fw.push(staffId);
    const after = (max: number) => {
      const d = daysBefore(max);
      return d < joinedOn ? joinedOn : d;
    };
    const qualifications = social
      ? ['social-work-degree', 'gcse-maths']
      : ['gcse-maths', 'gcse-english', 'nvq-childcare-l3', 'ecdl'];
    for (const q of qualifications)
      if (chance(0.92)) add('QualificationRecorded', { qualification: q, awardedOn: joinedOn });
    if (chance(0.9))
      add('PdrRecorded', {
        period: '2024-25',
        outcome: chance(0.9) ? 'positive' : 'requires-improvement',
        reviewedOn: after(420),
        reviewerId: 'tm',
        reviewerRole: 'team-manager',
      });
    for (const course of ['cpd', 'advanced-child-protection'])
      if (chance(0.6)) add('TrainingCompleted', { course, completedOn: after(900) });
    for (const area of ['looked-after-children', 'common-assessment-framework'])
      if (chance(0.75)) add('ExperienceEvidenced', { area, evidencedOn: after(900) });
    const criteria = social
      ? [
          'complex-reports',
          'caseload-management',
          'child-development',
          'statutory-child-protection',
          'holistic-assessment',
          'analysis-and-planning',
        ]
      : ['safeguarding-awareness'];
    for (const criterion of criteria)
      for (const method of ['A', 'I', 'T'])
        if (chance(0.98))
          add('AssessmentRecorded', {
            criterion,
            method,
            outcome: 'passed',
            assessorId: 'tm',
            assessedOn: after(700),
          });
    if (social) {
      if (chance(0.9))
        add('RegistrationRecorded', {
          regulator: 'Social Work England',
          registrationNumber: `SW${i}`,
          registeredOn: joinedOn,
        });
      if (chance(0.9))
        add('DbsCheckRecorded', {
          level: 'enhanced-barred',
          checkedOn: after(1200),
          updateService: chance(0.5),
        });
    }
  }
  // Line management: each Level 2 manages some Level 1s of the family.
  const level1 = facts
    .map((f) => f.event)
    .flatMap((e) => (e.type === 'StaffJoined' && e.data.grade === 'L1' ? [e.data.staffId] : []));
  for (const managerId of fw)
    for (let k = 0; k < 4 && level1.length > 0; k++)
      if (chance(0.6)) {
        const reportId = level1.pop() ?? '';
        facts.push({
          stream: StreamId.staff(managerId),
          event: event('LineManagerAssigned', {
            managerId,
            reportId,
            assignedOn: addDays(on, -30),
          }),
        });
      }
  // Posts at L2 and L3, in Children's Services or elsewhere, some filled since.
  for (let v = 0; v < Math.max(3, Math.floor(staff / 6)); v++) {
    const vacancyId = `v-${seed}-${v}`;
    const openedOn = daysBefore(400);
    facts.push({
      stream: StreamId.vacancy(vacancyId),
      event: event('VacancyOpened', {
        vacancyId,
        jobFamily: 'family-worker',
        grade: pick(['L2', 'L3']),
        serviceArea: pick(['childrens-services', 'childrens-services', 'adult-social-care']),
        team: pick(teams),
        zone: 'z',
        openedOn,
      }),
    });
    if (chance(0.4))
      facts.push({
        stream: StreamId.vacancy(vacancyId),
        event: event('VacancyFilled', { staffId: 'someone-else', filledOn: addDays(openedOn, 20) }),
      });
  }
  // Stable by date, so a person's joining comes before their facts of the same day.
  const ordered = facts
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => {
      const da = effectiveDateOf(a.event);
      const db = effectiveDateOf(b.event);
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    });
  for (const f of ordered) await append(f.stream, f.event);
  return { store, recordAt: (instant) => (clock = instant), people: staff };
};
