import { isStaffEvent, isVacancyEvent } from '../events/guards';
import type { StaffEvent } from '../events/staff';
import type { VacancyEvent } from '../events/vacancy';
import type { Grade, JobFamily } from '../frameworks/codes';
import type { IsoDate } from '../primitives/time';
import { parseStreamName, streamNameOf, StreamId } from '../streams';
import type { VacancyView } from './evidence';
import type { KnownFact } from './known-facts';

const byEffectiveThenLog = (a: KnownFact, b: KnownFact): number =>
  a.effectiveOn < b.effectiveOn
    ? -1
    : a.effectiveOn > b.effectiveOn
      ? 1
      : a.position < b.position
        ? -1
        : a.position > b.position
          ? 1
          : 0;

const kindOf = (f: KnownFact): string | undefined => {
  const parsed = parseStreamName(f.streamName);
  return parsed._tag === 'Right' ? parsed.right.kind : undefined;
};

const isVacancyFact = (f: KnownFact): f is KnownFact<VacancyEvent> => isVacancyEvent(f.event);

export type StaffSituation =
  | { readonly kind: 'not-on-staff'; readonly staffId: string }
  | {
      readonly kind: 'on-staff' | 'left';
      readonly staffId: string;
      readonly jobFamily: JobFamily;
      readonly grade: Grade;
      readonly gradeSince: { readonly on: IsoDate; readonly eventId: string };
      readonly facts: readonly KnownFact[];
      readonly joinedEventId: string;
    };

/** The first staff member the history speaks of, in log order. */
export const staffIdIn = (facts: readonly KnownFact[]): string | undefined => {
  const joined = facts.find((f) => f.event.type === 'StaffJoined');
  return joined?.event.type === 'StaffJoined' ? joined.event.data.staffId : undefined;
};

/** Where a person stood on the date: on the staff or not, their family, grade and facts. */
export const staffSituation = (facts: readonly KnownFact[], staffId: string): StaffSituation => {
  const stream = streamNameOf(StreamId.staff(staffId));
  const own = facts.filter((f) => f.streamName === stream);
  const timeline = [...own]
    .sort(byEffectiveThenLog)
    .filter((f): f is KnownFact<StaffEvent> => isStaffEvent(f.event));
  const joined = timeline.find((f) => f.event.type === 'StaffJoined');
  if (joined === undefined || joined.event.type !== 'StaffJoined')
    return { kind: 'not-on-staff', staffId };
  let grade = joined.event.data.grade;
  let gradeSince = { on: joined.effectiveOn, eventId: joined.eventId };
  let left = false;
  for (const f of timeline) {
    if (f.event.type === 'GradeChanged') {
      grade = f.event.data.to;
      gradeSince = { on: f.effectiveOn, eventId: f.eventId };
    }
    if (f.event.type === 'StaffLeft') left = true;
  }
  return {
    kind: left ? 'left' : 'on-staff',
    staffId,
    jobFamily: joined.event.data.jobFamily,
    grade,
    gradeSince,
    facts: own,
    joinedEventId: joined.eventId,
  };
};

/** Every vacancy in the history as it stood on the date. */
export const vacanciesIn = (facts: readonly KnownFact[]): readonly VacancyView[] => {
  const byStream = new Map<string, KnownFact<VacancyEvent>[]>();
  for (const f of [...facts].sort(byEffectiveThenLog))
    if (kindOf(f) === 'vacancy' && isVacancyFact(f))
      byStream.set(f.streamName, [...(byStream.get(f.streamName) ?? []), f]);
  const views: VacancyView[] = [];
  for (const events of byStream.values()) {
    const opened = events.find((f) => f.event.type === 'VacancyOpened');
    if (opened === undefined || opened.event.type !== 'VacancyOpened') continue;
    const closing = events.find(
      (f) => f.event.type === 'VacancyFilled' || f.event.type === 'VacancyWithdrawn',
    );
    views.push({
      vacancyId: opened.event.data.vacancyId,
      jobFamily: opened.event.data.jobFamily,
      grade: opened.event.data.grade,
      serviceArea: opened.event.data.serviceArea,
      status:
        closing === undefined
          ? 'open'
          : closing.event.type === 'VacancyFilled'
            ? 'filled'
            : 'withdrawn',
      eventIds: [opened.eventId, ...(closing ? [closing.eventId] : [])],
    });
  }
  return views.sort((a, b) => (a.vacancyId < b.vacancyId ? -1 : a.vacancyId > b.vacancyId ? 1 : 0));
};
