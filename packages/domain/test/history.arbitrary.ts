import fc from 'fast-check';
import type { DomainEvent } from '../src/events/domain-event';
import type { RecordedFact } from '../src/recorded-fact';
import { StreamId, type StreamId as Stream } from '../src/streams';
import { event, logBuilder } from './build';

// Random but valid histories of one Family Worker (fw-1) and a few vacancies, with late
// entries (recorded long after they were true) and retractions: the input of the
// property tests. Positions follow recording order, as a store would assign them.

const DAY = 86_400_000;
const base = Date.UTC(2020, 0, 1);
const dateOf = (offset: number): string => new Date(base + offset * DAY).toISOString().slice(0, 10);
const instantOf = (offset: number, hour = 10): string =>
  new Date(base + offset * DAY + hour * 3_600_000).toISOString();

interface Draft {
  readonly stream: Stream;
  readonly event: (d: string) => DomainEvent;
  readonly day: number;
  readonly lag: number;
}

const day = fc.integer({ min: 0, max: 4 * 365 });
const lag = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }));

const staffFact: fc.Arbitrary<Draft> = fc
  .record({
    day,
    lag,
    pick: fc.integer({ min: 0, max: 6 }),
    which: fc.integer({ min: 0, max: 3 }),
    ok: fc.boolean(),
  })
  .map(({ day, lag, pick, which, ok }) => ({
    stream: StreamId.staff('fw-1'),
    day,
    lag,
    event: (d: string): DomainEvent => {
      switch (pick) {
        case 0:
          return event('QualificationRecorded', {
            qualification: ['gcse-maths', 'gcse-english', 'ecdl', 'nvq-childcare-l3'][which],
            awardedOn: d,
          });
        case 1:
          return event('TrainingCompleted', {
            course: which % 2 ? 'cpd' : 'advanced-child-protection',
            completedOn: d,
          });
        case 2:
          return event('PdrRecorded', {
            period: `p-${d}`,
            outcome: ok ? 'positive' : 'unsatisfactory',
            reviewedOn: d,
            reviewerId: 'tm-1',
            reviewerRole: 'team-manager',
          });
        case 3:
          return event('AssessmentRecorded', {
            criterion: 'safeguarding-awareness',
            method: which % 2 ? 'A' : 'I',
            outcome: ok ? 'passed' : 'not-passed',
            assessorId: 'tm-1',
            assessedOn: d,
          });
        case 4:
          return event('ExperienceEvidenced', {
            area: which % 2 ? 'looked-after-children' : 'common-assessment-framework',
            evidencedOn: d,
          });
        case 5:
          return event('GradeChanged', { from: 'L1', to: 'L2', changedOn: d });
        default:
          return event('RegistrationRecorded', {
            regulator: 'HCPC',
            registrationNumber: `R${which}`,
            registeredOn: d,
          });
      }
    },
  }));

/** What a Family Worker needs for L2, each item present 19 times in 20, at a random date. */
const kitItems: readonly ((d: string) => DomainEvent)[] = [
  (d) => event('QualificationRecorded', { qualification: 'gcse-maths', awardedOn: d }),
  (d) => event('QualificationRecorded', { qualification: 'gcse-english', awardedOn: d }),
  (d) =>
    event('AssessmentRecorded', {
      criterion: 'safeguarding-awareness',
      method: 'A',
      outcome: 'passed',
      assessorId: 'tm-1',
      assessedOn: d,
    }),
  (d) =>
    event('AssessmentRecorded', {
      criterion: 'safeguarding-awareness',
      method: 'I',
      outcome: 'passed',
      assessorId: 'tm-1',
      assessedOn: d,
    }),
  (d) => event('ExperienceEvidenced', { area: 'looked-after-children', evidencedOn: d }),
  (d) => event('ExperienceEvidenced', { area: 'common-assessment-framework', evidencedOn: d }),
  // The last two must be recent: they are dated within a year of the evaluation axes.
  (d) => event('TrainingCompleted', { course: 'cpd', completedOn: d }),
  (d) =>
    event('PdrRecorded', {
      period: `kit-${d}`,
      outcome: 'positive',
      reviewedOn: d,
      reviewerId: 'tm-1',
      reviewerRole: 'team-manager',
    }),
];
const kit: fc.Arbitrary<Draft[]> = fc
  .tuple(
    ...kitItems.map((_, i) =>
      fc.record({
        present: fc.integer({ min: 0, max: 19 }),
        day:
          i < kitItems.length - 2
            ? fc.integer({ min: 300, max: 800 })
            : fc.integer({ min: 800, max: 950 }),
        lag: fc.integer({ min: 0, max: 30 }),
      }),
    ),
  )
  .map((items) =>
    items.flatMap((item, i) => {
      const make = kitItems[i];
      return item.present > 0 && make !== undefined
        ? [{ stream: StreamId.staff('fw-1'), day: item.day, lag: item.lag, event: make }]
        : [];
    }),
  );

const vacancyFacts: fc.Arbitrary<Draft[]> = fc
  .record({
    n: fc.integer({ min: 1, max: 3 }),
    day: fc.integer({ min: 500, max: 950 }),
    lag,
    close: fc.integer({ min: 0, max: 4 }),
    after: fc.integer({ min: 1, max: 300 }),
    // Mostly Children's Services; sometimes another service, which the seed policy passes over.
    serviceArea: fc.constantFrom('childrens-services', 'childrens-services', 'adult-social-care'),
  })
  .map(({ n, day, lag, close, after, serviceArea }) => {
    const stream = StreamId.vacancy(`v-${n}`);
    const opened: Draft = {
      stream,
      day,
      lag,
      event: (d) =>
        event('VacancyOpened', {
          vacancyId: `v-${n}`,
          jobFamily: 'family-worker',
          grade: n === 3 ? 'L3' : 'L2',
          serviceArea,
          team: 't',
          zone: 'z',
          openedOn: d,
        }),
    };
    if (close <= 2) return [opened];
    const closing: Draft = {
      stream,
      day: day + after,
      lag,
      event: (d) =>
        close === 3
          ? event('VacancyWithdrawn', { withdrawnOn: d, reason: 'budget' })
          : event('VacancyFilled', { staffId: 'someone-else', filledOn: d }),
    };
    return [opened, closing];
  });

export const historyArbitrary: fc.Arbitrary<readonly RecordedFact[]> = fc
  .record({
    staff: fc
      .tuple(kit, fc.array(staffFact, { maxLength: 15 }))
      .map(([k, extra]) => [...k, ...extra]),
    vacancies: fc.array(vacancyFacts, { minLength: 1, maxLength: 2 }),
    retractions: fc.array(fc.record({ target: fc.nat(), lag: fc.integer({ min: 1, max: 200 }) }), {
      maxLength: 3,
    }),
  })
  .map(({ staff, vacancies, retractions }) => {
    // Vacancy streams are kept unique by id.
    const seen = new Set<string>();
    const vacancyDrafts = vacancies.filter((v) => {
      const id = v[0]?.stream.id ?? '';
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    const drafts = [...staff, ...vacancyDrafts.flat()].map((d, i) => ({
      ...d,
      id: `e-${i}`,
      recorded: d.day + d.lag,
    }));
    const retractionDrafts =
      staff.length === 0
        ? []
        : retractions.map((r, i) => {
            const target = drafts[r.target % staff.length];
            return {
              target: target?.id ?? '',
              recorded: (target?.recorded ?? 0) + r.lag,
              id: `r-${i}`,
            };
          });
    const all = [
      {
        recorded: -200,
        id: 'joined',
        write: (log: ReturnType<typeof logBuilder>) =>
          log.record(
            StreamId.staff('fw-1'),
            event('StaffJoined', {
              staffId: 'fw-1',
              jobFamily: 'family-worker',
              grade: 'L1',
              team: 't',
              zone: 'z',
              contractedHours: 37,
              joinedOn: dateOf(-200),
            }),
            { recordedAt: instantOf(-200), eventId: 'joined' },
          ),
      },
      ...drafts.map((d) => ({
        recorded: d.recorded,
        id: d.id,
        write: (log: ReturnType<typeof logBuilder>) =>
          log.record(d.stream, d.event(dateOf(d.day)), {
            recordedAt: instantOf(d.recorded),
            eventId: d.id,
          }),
      })),
      ...retractionDrafts.map((r) => ({
        recorded: r.recorded,
        id: r.id,
        write: (log: ReturnType<typeof logBuilder>) =>
          log.record(
            StreamId.staff('fw-1'),
            event('FactRetracted', {
              retractedEventId: r.target,
              reason: 'mistake',
              retractedOn: dateOf(r.recorded),
            }),
            { recordedAt: instantOf(r.recorded, 11), eventId: r.id },
          ),
      })),
    ].sort((a, b) => a.recorded - b.recorded || (a.id < b.id ? -1 : 1));
    const log = logBuilder();
    for (const item of all) item.write(log);
    return log.facts;
  });

/** An evaluation date and a knowledge time around the end of the generated range. */
export const axesArbitrary = fc
  .record({
    effective: fc.integer({ min: 880, max: 1100 }),
    known: fc.integer({ min: 850, max: 1300 }),
  })
  .map(({ effective, known }) => ({
    effectiveOn: dateOf(effective),
    knownAt: instantOf(known, 12),
  }));
