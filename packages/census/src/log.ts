// The census reads the global log through this narrow port (any Ladder event store fits it),
// so the package needs the store's shape, not the store.

export interface LogEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The payload as stored; the domain's codecs decode it. */
  readonly data: unknown;
  readonly streamName: string;
  readonly recordedAt: string;
  readonly position: bigint;
}

export interface CensusLog {
  readAll(options?: {
    readonly filter?: { readonly eventTypes?: readonly string[] };
  }): AsyncIterable<LogEvent>;
  headPosition(): Promise<bigint>;
}

/** The event types the return is built from; the rest of the log is not read. */
export const censusEventTypes = [
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
] as const;
