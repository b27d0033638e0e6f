import type { StaffEvent, StaffEventType } from '../events/staff';
import type { EventMeta } from '../decider';
import type { Grade, JobFamily } from '../frameworks/codes';
import type { NonEmptyString } from '../primitives/strings';

/** What the staff member's rules need to remember (facts for eligibility live in the log). */
export type StaffState =
  | { readonly status: 'not-joined' }
  | {
      readonly status: 'active' | 'left';
      readonly staffId: NonEmptyString;
      readonly jobFamily: JobFamily;
      readonly grade: Grade;
      /** PDR periods still standing (a retracted PDR frees its period). */
      readonly pdrs: readonly { readonly period: string; readonly eventId: string | null }[];
      readonly directReports: readonly NonEmptyString[];
      /** Event id → type of every fact seen with its id, so retractions can be checked. */
      readonly facts: Readonly<Record<string, StaffEventType>>;
      readonly retracted: readonly string[];
      /** Regrade cases already applied, so a re-sent grade change is a no-op. */
      readonly appliedRegrades: readonly string[];
      /** Absence episodes standing (a retracted one is dropped), by the day they started. */
      readonly openAbsences: readonly AbsenceEpisode[];
    };

export interface AbsenceEpisode {
  readonly startedOn: string;
  readonly ended: boolean;
  readonly eventId: string | null;
}

export type JoinedStaff = Extract<StaffState, { status: 'active' | 'left' }>;

export const initialStaffState: StaffState = { status: 'not-joined' };

export const evolveStaff = (state: StaffState, event: StaffEvent, meta?: EventMeta): StaffState => {
  if (event.type === 'StaffJoined')
    return {
      status: 'active',
      staffId: event.data.staffId,
      jobFamily: event.data.jobFamily,
      grade: event.data.grade,
      pdrs: [],
      directReports: [],
      facts: meta ? { [meta.eventId]: event.type } : {},
      retracted: [],
      appliedRegrades: [],
      openAbsences: [],
    };
  if (state.status === 'not-joined') return state;
  const s = meta ? { ...state, facts: { ...state.facts, [meta.eventId]: event.type } } : state;
  switch (event.type) {
    case 'PdrRecorded':
      return {
        ...s,
        pdrs: [...s.pdrs, { period: event.data.period, eventId: meta?.eventId ?? null }],
      };
    case 'LineManagerAssigned':
      return { ...s, directReports: [...s.directReports, event.data.reportId] };
    case 'LineManagementEnded':
      return { ...s, directReports: s.directReports.filter((r) => r !== event.data.reportId) };
    case 'GradeChanged':
      return {
        ...s,
        grade: event.data.to,
        appliedRegrades:
          event.data.regradeCaseId === undefined
            ? s.appliedRegrades
            : [...s.appliedRegrades, event.data.regradeCaseId],
      };
    case 'StaffLeft':
      return { ...s, status: 'left' };
    case 'AbsenceRecorded':
      return {
        ...s,
        openAbsences: [
          ...s.openAbsences,
          {
            startedOn: event.data.startedOn,
            ended: event.data.endedOn !== undefined,
            eventId: meta?.eventId ?? null,
          },
        ],
      };
    case 'AbsenceEnded':
      return {
        ...s,
        openAbsences: s.openAbsences.map((a) =>
          a.startedOn === event.data.startedOn ? { ...a, ended: true } : a,
        ),
      };
    case 'FactRetracted': {
      const id = event.data.retractedEventId;
      return {
        ...s,
        retracted: [...s.retracted, id],
        pdrs: s.pdrs.filter((p) => p.eventId !== id),
        openAbsences: s.openAbsences.filter((a) => a.eventId !== id),
      };
    }
    default:
      return s;
  }
};
