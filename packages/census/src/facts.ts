import type {
  DomainEvent,
  FrameworkDocument,
  RecordedFact,
  StaffEvent,
  StaffEventData,
  VacancyEvent,
} from '@ladder/domain';

// What the log says about each engagement (one staff stream) and each funded post, as known
// at the chosen instant: the facts the census's records are read from. A retracted fact is
// dropped; dates are the facts' own business dates, so late facts land where they belong.

export interface EngagementFacts {
  readonly staffId: string;
  readonly joined: StaffEventData<'StaffJoined'>;
  /** Grade from each date on: the join's grade, then each change, in date order. */
  readonly grades: readonly { readonly on: string; readonly grade: string }[];
  readonly left: StaffEventData<'StaffLeft'> | null;
  readonly registrations: readonly StaffEventData<'RegistrationRecorded'>[];
  readonly qualifications: readonly StaffEventData<'QualificationRecorded'>[];
  readonly kss: readonly StaffEventData<'KssStatusRecorded'>[];
  readonly absences: readonly AbsenceEpisode[];
}

export interface AbsenceEpisode {
  readonly reason: StaffEventData<'AbsenceRecorded'>['reason'];
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly workingDaysLost: number | null;
}

export interface FundedPost {
  readonly vacancyId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly fte: number;
  readonly openedOn: string;
  /** Filled or withdrawn on; null while open. */
  readonly closedOn: string | null;
}

export interface CensusFacts {
  readonly engagements: readonly EngagementFacts[];
  readonly posts: readonly FundedPost[];
  readonly frameworks: readonly FrameworkDocument[];
  /** The allocation streams' events known at the instant (caseload allocation's own fold reads them). */
  readonly allocations: readonly RecordedFact[];
}

interface Held<E> {
  readonly eventId: string;
  readonly event: E;
}

/** Folds decoded events (already known at the instant) into the census's facts. */
export const censusFactsFolder = () => {
  const staff = new Map<string, Held<StaffEvent>[]>();
  const vacancies = new Map<string, Held<VacancyEvent>[]>();
  const frameworks: FrameworkDocument[] = [];
  const retracted = new Set<string>();
  const allocations: RecordedFact[] = [];

  const add = (
    stream: { kind: string; id: string },
    recorded: RecordedFact,
    event: DomainEvent,
  ) => {
    const eventId = recorded.eventId;
    if (stream.kind === 'allocation') allocations.push(recorded);
    else if (event.type === 'CareerFrameworkPublished') frameworks.push(event.data.document);
    else if (event.type === 'FactRetracted') retracted.add(event.data.retractedEventId);
    else if (stream.kind === 'staff' && isStaffEvent(event))
      push(staff, stream.id, { eventId, event });
    else if (stream.kind === 'vacancy' && isVacancyEvent(event))
      push(vacancies, stream.id, { eventId, event });
  };

  const facts = (): CensusFacts => ({
    engagements: [...staff].flatMap(([staffId, held]) => {
      const standing = held.filter((h) => !retracted.has(h.eventId)).map((h) => h.event);
      const e = engagementOf(staffId, standing);
      return e === null ? [] : [e];
    }),
    posts: [...vacancies].flatMap(([vacancyId, held]) => {
      const p = postOf(
        vacancyId,
        held.map((h) => h.event),
      );
      return p === null ? [] : [p];
    }),
    frameworks,
    allocations,
  });

  return { add, facts };
};

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

const staffTypes = new Set<string>([
  'StaffJoined',
  'GradeChanged',
  'StaffLeft',
  'RegistrationRecorded',
  'QualificationRecorded',
  'KssStatusRecorded',
  'AbsenceRecorded',
  'AbsenceEnded',
]);
const isStaffEvent = (e: DomainEvent): e is StaffEvent => staffTypes.has(e.type);
const isVacancyEvent = (e: DomainEvent): e is VacancyEvent =>
  e.type === 'VacancyOpened' || e.type === 'VacancyFilled' || e.type === 'VacancyWithdrawn';

const byDate = <T>(list: readonly T[], dateOf: (t: T) => string): T[] =>
  [...list].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));

const engagementOf = (staffId: string, events: readonly StaffEvent[]): EngagementFacts | null => {
  let joined: StaffEventData<'StaffJoined'> | null = null;
  let left: StaffEventData<'StaffLeft'> | null = null;
  const changes: { on: string; grade: string }[] = [];
  const registrations: StaffEventData<'RegistrationRecorded'>[] = [];
  const qualifications: StaffEventData<'QualificationRecorded'>[] = [];
  const kss: StaffEventData<'KssStatusRecorded'>[] = [];
  const opened: AbsenceEpisode[] = [];
  const ends = new Map<string, StaffEventData<'AbsenceEnded'>>();
  for (const e of events)
    switch (e.type) {
      case 'StaffJoined':
        joined = e.data;
        break;
      case 'GradeChanged':
        changes.push({ on: e.data.changedOn, grade: e.data.to });
        break;
      case 'StaffLeft':
        left = e.data;
        break;
      case 'RegistrationRecorded':
        registrations.push(e.data);
        break;
      case 'QualificationRecorded':
        qualifications.push(e.data);
        break;
      case 'KssStatusRecorded':
        kss.push(e.data);
        break;
      case 'AbsenceRecorded':
        opened.push({
          reason: e.data.reason,
          startedOn: e.data.startedOn,
          endedOn: e.data.endedOn ?? null,
          workingDaysLost: e.data.workingDaysLost ?? null,
        });
        break;
      case 'AbsenceEnded':
        ends.set(e.data.startedOn, e.data);
        break;
      default:
        break;
    }
  if (joined === null) return null;
  const absences = opened.map((a) => {
    const end = ends.get(a.startedOn);
    return end === undefined || a.endedOn !== null
      ? a
      : { ...a, endedOn: end.endedOn, workingDaysLost: end.workingDaysLost };
  });
  return {
    staffId,
    joined,
    grades: [{ on: joined.joinedOn, grade: joined.grade }, ...byDate(changes, (c) => c.on)],
    left,
    registrations: byDate(registrations, (r) => r.registeredOn),
    qualifications: byDate(qualifications, (q) => q.awardedOn),
    kss: byDate(kss, (k) => k.recognisedOn),
    absences: byDate(absences, (a) => a.startedOn),
  };
};

const postOf = (vacancyId: string, events: readonly VacancyEvent[]): FundedPost | null => {
  let post: Omit<FundedPost, 'closedOn'> | null = null;
  let closedOn: string | null = null;
  for (const e of events)
    if (e.type === 'VacancyOpened')
      post = {
        vacancyId,
        jobFamily: e.data.jobFamily,
        grade: e.data.grade,
        fte: e.data.fte ?? 1,
        openedOn: e.data.openedOn,
      };
    else closedOn = e.type === 'VacancyFilled' ? e.data.filledOn : e.data.withdrawnOn;
  return post === null ? null : { ...post, closedOn };
};
