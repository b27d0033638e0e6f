import { caseloadEventDefinitions, type RecordedFact } from '@ladder/domain';

// The census reads the global log through this narrow port (any Ladder event store fits it),
// so the package needs the store's shape, not the store.

/** An event as the store recorded it (any store's recorded event fits). */
export type LogEvent = RecordedFact;

export interface CensusLog {
  readAll(options?: {
    readonly filter?: { readonly eventTypes?: readonly string[] };
  }): AsyncIterable<LogEvent>;
  headPosition(): Promise<bigint>;
}

/** The event types the return is built from; the rest of the log is not read. */
export const censusEventTypes: readonly string[] = [
  'CareerFrameworkPublished',
  'StaffJoined',
  'GradeChanged',
  'StaffLeft',
  'RegistrationRecorded',
  'QualificationRecorded',
  'KssStatusRecorded',
  'AbsenceRecorded',
  'AbsenceEnded',
  'FactRetracted',
  'VacancyOpened',
  'VacancyFilled',
  'VacancyWithdrawn',
  // Cases and who holds them (caseload allocation, issue 15): the census's Cases30.
  ...caseloadEventDefinitions.map((d) => d.type),
];
