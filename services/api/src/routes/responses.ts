import * as t from 'io-ts';
import { ActorRef, Grade, JobFamily, PolicyDocument, Verdict } from '@ladder/domain';

// Response shapes for the OpenAPI document, as codecs like everything else it shows.

/**
 * What every write answers: the stream it wrote, its new revision (also the ETag), the event
 * ids — and the id of what was written, by its own name (`staffId`, `vacancyId`, `caseId`, or a
 * policy's `family` and `version`).
 */
export const WrittenReply = t.intersection(
  [
    t.type({ streamName: t.string, revision: t.string, eventIds: t.array(t.string) }),
    t.partial({
      staffId: t.string,
      vacancyId: t.string,
      caseId: t.string,
      family: JobFamily,
      version: t.number,
    }),
  ],
  'WrittenReply',
);

export const RegradeRequestedReply = t.intersection([
  WrittenReply,
  t.type({ caseId: t.string, verdict: t.union([Verdict, t.null]) }),
  t.partial({ assessmentError: t.string }),
]);

/** A count of people as published: null when 1 to 4 (the small-number rule). */
const Shown = t.union([t.number, t.null]);

/** A row the small-number rule withheld says so; its figures are null (lists empty). */
const Withheld = t.partial({ suppressed: t.literal(true) });

const CountRow = t.intersection([
  t.type({ group: t.record(t.string, t.string), count: Shown }),
  t.partial({ fte: Shown, oldestDaysOpen: Shown }),
  Withheld,
]);

export const CountsReply = t.type({
  asOf: t.string,
  groupBy: t.array(t.string),
  total: Shown,
  rows: t.array(CountRow),
});

export { Verdict };

// Reads. Revisions and positions are bigints in the store, written as decimal strings
// (see `toJson`); optional fields are left out of the JSON when absent.

const Revision = t.string;

/** `GET /staff/{id}`: the staff aggregate's state (an empty stream is a 404, so never `not-joined`). */
export const StaffReply = t.type(
  {
    status: t.keyof({ active: null, left: null }),
    staffId: t.string,
    jobFamily: JobFamily,
    grade: Grade,
    pdrs: t.array(t.type({ period: t.string, eventId: t.union([t.string, t.null]) })),
    directReports: t.array(t.string),
    facts: t.record(t.string, t.string),
    retracted: t.array(t.string),
    appliedRegrades: t.array(t.string),
    /** Absence episodes standing, by their first day (the census's absences, issue 20). */
    openAbsences: t.array(
      t.type({ startedOn: t.string, ended: t.boolean, eventId: t.union([t.string, t.null]) }),
    ),
  },
  'StaffReply',
);

/** `GET /vacancies/{id}`: the vacancy as it stands (an empty stream is a 404, so never `none`). */
export const VacancyReply = t.intersection(
  [
    t.type({
      status: t.keyof({ open: null, filled: null, withdrawn: null }),
      vacancyId: t.string,
      jobFamily: JobFamily,
      grade: Grade,
    }),
    t.partial({
      filledBy: t.intersection([
        t.type({ staffId: t.string }),
        t.partial({ regradeCaseId: t.string }),
      ]),
    }),
  ],
  'VacancyReply',
);

const RegradeStatus = t.keyof({
  requested: null,
  assessed: null,
  approved: null,
  rejected: null,
  completed: null,
  withdrawn: null,
});

/** `GET /regrades/{id}`: the case (a case not yet requested is a 404, never this). */
export const RegradeReply = t.intersection(
  [
    t.type({
      status: RegradeStatus,
      caseId: t.string,
      staffId: t.string,
      jobFamily: JobFamily,
      fromGrade: Grade,
      toGrade: Grade,
      requestedBy: ActorRef,
      requestedOn: t.string,
    }),
    t.partial({ vacancyId: t.string, verdict: Verdict }),
  ],
  'RegradeReply',
);

export const RegradeListReply = t.type(
  {
    cases: t.array(
      t.type({
        caseId: t.string,
        staffId: t.string,
        jobFamily: t.string,
        fromGrade: t.string,
        toGrade: t.string,
        vacancyId: t.union([t.string, t.null]),
        requestedBy: t.string,
        state: RegradeStatus,
        requestedOn: t.string,
        stateSince: t.string,
        ageDays: t.number,
      }),
    ),
  },
  'RegradeListReply',
);

/** `GET /vacancies`: open posts (nobody holds them, so nobody is named). */
export const VacancyListReply = t.type(
  {
    asOf: t.string,
    vacancies: t.array(
      t.type({
        vacancyId: t.string,
        jobFamily: t.string,
        grade: t.string,
        team: t.string,
        zone: t.string,
        openedOn: t.string,
        daysOpen: t.number,
      }),
    ),
  },
  'VacancyListReply',
);

/** A person as the staff directory holds them (name: HR admins and their manager only). */
const DirectoryEntry = {
  staffId: t.string,
  name: t.union([t.string, t.null]),
  jobFamily: t.string,
  grade: t.string,
  gradeSince: t.string,
  team: t.string,
  zone: t.string,
  contractedHours: t.number,
  joinedOn: t.string,
  lineManagerId: t.union([t.string, t.null]),
  status: t.keyof({ active: null, left: null }),
  leftOn: t.union([t.string, t.null]),
};

/** `GET /staff`: HR's staff search, a page at a time. */
export const StaffSearchReply = t.type(
  { staff: t.array(t.type(DirectoryEntry)), nextCursor: t.union([t.string, t.null]) },
  'StaffSearchReply',
);

/** `GET /staff/{managerId}/reports`: a manager's direct reports as their list shows them. */
export const ReportsReply = t.type(
  {
    managerId: t.string,
    asOf: t.string,
    dueWithinDays: t.number,
    reports: t.array(
      t.type({
        ...DirectoryEntry,
        verdict: t.union([
          t.type({
            outcome: t.string,
            eligible: t.boolean,
            toGrade: t.union([Grade, t.null]),
            summary: t.string,
          }),
          t.null,
        ]),
        due: t.array(
          t.type({
            kind: t.keyof({ registration: null, dbs: null, training: null }),
            item: t.string,
            dueOn: t.string,
            overdue: t.boolean,
            eventId: t.string,
          }),
        ),
        openCases: t.array(
          t.type({
            caseId: t.string,
            toGrade: t.string,
            state: RegradeStatus,
            requestedOn: t.string,
          }),
        ),
      }),
    ),
  },
  'ReportsReply',
);

export const PolicyReply = t.type(
  { family: JobFamily, versions: t.array(PolicyDocument) },
  'PolicyReply',
);

const Actor = t.type({ id: t.string, role: t.string });

/** One event as the store recorded it (its envelope and payload), as the history routes answer. */
const StoredEvent = t.intersection([
  t.type({
    eventId: t.string,
    type: t.string,
    schemaVersion: t.number,
    effectiveAt: t.string,
    actor: Actor,
    correlationId: t.string,
    causationId: t.union([t.string, t.null]),
    data: t.unknown,
    streamName: t.string,
    revision: Revision,
    position: Revision,
    recordedAt: t.string,
  }),
  t.partial({ reason: t.string }),
]);

/** `GET /staff/{id}/history`: the stored events as known then, each marked in effect or not. */
export const StaffHistoryReply = t.type(
  {
    staffId: t.string,
    effectiveOn: t.string,
    knownAt: t.string,
    events: t.array(
      t.intersection([StoredEvent, t.type({ inEffect: t.boolean, retracted: t.boolean })]),
    ),
  },
  'StaffHistoryReply',
);

/**
 * `GET /audit/staff/{id}/timeline`: every stored event, each placed in the cut for the pair,
 * and the instants at which the person's facts were recorded (the "known at" axis).
 */
export const StaffTimelineReply = t.type(
  {
    staffId: t.string,
    effectiveOn: t.string,
    knownAt: t.string,
    recordedInstants: t.array(t.string),
    events: t.array(
      t.intersection([
        StoredEvent,
        t.type({
          status: t.keyof({
            'in-effect': null,
            'not-in-effect': null,
            'not-yet-known': null,
            retracted: null,
          }),
        }),
      ]),
    ),
  },
  'StaffTimelineReply',
);

/** `GET /regrades/{id}/history`: the case's recorded steps, in the order they were recorded. */
export const CaseHistoryReply = t.type(
  { caseId: t.string, events: t.array(StoredEvent) },
  'CaseHistoryReply',
);

export const AuditPageReply = t.type(
  {
    entries: t.array(
      t.type({
        position: t.string,
        eventId: t.string,
        streamName: t.string,
        revision: t.number,
        staffId: t.union([t.string, t.null]),
        type: t.string,
        schemaVersion: t.number,
        recordedAt: t.string,
        effectiveAt: t.string,
        actor: Actor,
        reason: t.union([t.string, t.null]),
        correlationId: t.string,
        causationId: t.union([t.string, t.null]),
        data: t.unknown,
        hadPersonalData: t.boolean,
        retracts: t.union([t.string, t.null]),
        retractedBy: t.union([t.string, t.null]),
        hash: t.string,
        previousHash: t.string,
      }),
    ),
    nextCursor: t.union([t.string, t.null]),
  },
  'AuditPageReply',
);

export const ChainVerificationReply = t.type(
  {
    streams: t.number,
    events: t.number,
    notYetProjected: t.number,
    firstBreak: t.union([
      t.type({
        streamName: t.string,
        revision: Revision,
        eventId: t.string,
        position: t.union([Revision, t.null]),
        type: t.string,
        kind: t.keyof({
          'hash-mismatch': null,
          'missing-from-store': null,
          'different-event': null,
        }),
        recordedHash: t.string,
        recomputedHash: t.union([t.string, t.null]),
      }),
      t.null,
    ]),
  },
  'ChainVerificationReply',
);

/** An audit verification run as a job: polled until done or failed. */
export const VerificationJobReply = t.type(
  {
    id: t.string,
    staffId: t.union([t.string, t.null]),
    status: t.keyof({ running: null, done: null, failed: null }),
    startedAt: t.string,
    finishedAt: t.union([t.string, t.null]),
    progress: t.type({
      streamsDone: t.number,
      streamsTotal: t.number,
      eventsDone: t.number,
      eventsPerSecond: t.number,
    }),
    result: t.union([ChainVerificationReply, t.null]),
    error: t.union([t.string, t.null]),
  },
  'VerificationJobReply',
);

export const PipelineReply = t.type(
  {
    asOf: t.string,
    pipeline: t.array(
      t.intersection([
        t.type({
          group: t.record(t.string, t.string),
          count: Shown,
          eligible: Shown,
          notEligible: Shown,
          oneEssentialAway: Shown,
          further: Shown,
          unmetEssentials: t.array(t.type({ criterion: t.string, count: Shown })),
        }),
        Withheld,
      ]),
    ),
  },
  'PipelineReply',
);

export const ExpiringReply = t.type(
  {
    asOf: t.string,
    withinDays: t.number,
    expiring: t.array(
      t.intersection([
        t.type({
          group: t.record(t.string, t.string),
          count: Shown,
          overdue: Shown,
          earliestDueOn: t.union([t.string, t.null]),
        }),
        Withheld,
      ]),
    ),
  },
  'ExpiringReply',
);

/** Headcount and FTE month by month, each month a count table of its own (its census day). */
export const HeadcountSeriesReply = t.type(
  {
    from: t.string,
    to: t.string,
    groupBy: t.array(t.string),
    months: t.array(
      t.type({ month: t.string, asOf: t.string, total: Shown, rows: t.array(CountRow) }),
    ),
  },
  'HeadcountSeriesReply',
);

const DueRow = t.intersection([
  t.type({ group: t.record(t.string, t.string), count: Shown }),
  Withheld,
]);

/** Registrations, DBS checks and training falling due, overdue first, then month by month. */
export const ExpiringByMonthReply = t.type(
  { asOf: t.string, months: t.number, overdue: t.array(DueRow), byMonth: t.array(DueRow) },
  'ExpiringByMonthReply',
);
