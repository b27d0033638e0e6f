// What the pages read, as the API answers it (its /openapi.json is the reference). The verdict
// is the domain's own type: the pages show its explanation, they never work one out.
import type { Verdict } from '@ladder/domain';

export type { CriterionLine, Verdict } from '@ladder/domain';
export type { DirectoryEntry, OpenVacancy, StaffSearchPage } from '@ladder/api/wire';

export type Role = 'hr-admin' | 'manager' | 'approver' | 'planner' | 'auditor';

export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly staffId?: string;
}

export interface Session {
  readonly user: SessionUser;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface SignInOptions {
  readonly demo: boolean;
  readonly oidc: boolean;
}

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly summary: string;
}

export interface StaffRecord {
  readonly status: 'active' | 'left';
  readonly staffId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly directReports: readonly string[];
}

export type RegradeStatus =
  'requested' | 'assessed' | 'approved' | 'rejected' | 'completed' | 'withdrawn';

export interface RegradeCase {
  readonly status: RegradeStatus;
  readonly caseId: string;
  readonly staffId: string;
  readonly jobFamily: string;
  readonly fromGrade: string;
  readonly toGrade: string;
  readonly requestedBy: { readonly id: string; readonly role: string };
  readonly requestedOn: string;
  readonly vacancyId?: string;
  readonly verdict?: Verdict;
}

export interface RegradeListItem {
  readonly caseId: string;
  readonly staffId: string;
  readonly jobFamily: string;
  readonly fromGrade: string;
  readonly toGrade: string;
  readonly state: RegradeStatus;
  readonly requestedOn: string;
  readonly stateSince: string;
  readonly ageDays: number;
}

/** One recorded event as a history route answers it (a person's or a case's). */
export interface RecordedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly effectiveAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason?: string;
}

/** A person's recorded event, marked as `GET /staff/{id}/history` marks it. */
export interface StaffHistoryEvent extends RecordedEvent {
  readonly inEffect: boolean;
  readonly retracted: boolean;
}

/** One of a manager's direct reports, as `GET /staff/{managerId}/reports` lists them. */
export interface TeamMember {
  readonly staffId: string;
  /** The name given on joining; null when none is held (or it was erased). */
  readonly name: string | null;
  readonly jobFamily: string;
  readonly grade: string;
  readonly team: string;
  readonly verdict: {
    readonly outcome: string;
    readonly eligible: boolean;
    readonly toGrade: string | null;
    readonly summary: string;
  } | null;
  readonly due: readonly {
    readonly kind: 'registration' | 'dbs' | 'training';
    readonly item: string;
    readonly dueOn: string;
    readonly overdue: boolean;
  }[];
  readonly openCases: readonly {
    readonly caseId: string;
    readonly toGrade: string;
    readonly state: RegradeStatus;
  }[];
}

/** A recorded fact with its payload, as HR admins read `GET /staff/{id}/history`. */
export interface StaffFactEvent extends StaffHistoryEvent {
  readonly data: Readonly<Record<string, unknown>>;
}

/** What every write answers: the stream written, its new revision, the event ids. */
export interface Written {
  readonly streamName: string;
  readonly revision: string;
  readonly eventIds: readonly string[];
  readonly staffId?: string;
  readonly vacancyId?: string;
}

// The planner's figures. A count of people is null where the small-number rule withheld it.

export type Shown = number | null;

export interface CountRow {
  readonly group: Readonly<Record<string, string>>;
  readonly count: Shown;
  readonly fte?: Shown;
  readonly oldestDaysOpen?: Shown;
  readonly suppressed?: true;
}

/** `GET /workforce/headcount` and `/workforce/vacancies`. */
export interface CountTable {
  readonly asOf: string;
  readonly groupBy: readonly string[];
  readonly total: Shown;
  readonly rows: readonly CountRow[];
}

/** `GET /workforce/headcount/series`: one count table per month, counted on its first day. */
export interface HeadcountSeries {
  readonly from: string;
  readonly to: string;
  readonly groupBy: readonly string[];
  readonly months: readonly {
    readonly month: string;
    readonly asOf: string;
    readonly total: Shown;
    readonly rows: readonly CountRow[];
  }[];
}

export interface PipelineRow {
  readonly group: Readonly<Record<string, string>>;
  readonly count: Shown;
  readonly eligible: Shown;
  readonly notEligible: Shown;
  readonly oneEssentialAway: Shown;
  readonly further: Shown;
  readonly unmetEssentials: readonly { readonly criterion: string; readonly count: Shown }[];
  readonly suppressed?: true;
}

/** `GET /workforce/pipeline`. */
export interface Pipeline {
  readonly asOf: string;
  readonly pipeline: readonly PipelineRow[];
}

/** `GET /workforce/expiring/months`. */
export interface DueByMonth {
  readonly asOf: string;
  readonly months: number;
  readonly overdue: readonly CountRow[];
  readonly byMonth: readonly CountRow[];
}

/** One rung of a career framework: its code, label, span of control and census role. */
export interface FrameworkGrade {
  readonly code: string;
  readonly label: string;
  readonly spanOfControl: number;
  readonly censusRole:
    | 'case-holder'
    | 'senior-practitioner'
    | 'first-line-manager'
    | 'middle-manager'
    | 'senior-manager'
    | 'qualified-without-cases'
    | 'not-a-social-worker';
}

/** A version of a job family's career framework: its grades in order and how they are climbed. */
export interface CareerFramework {
  readonly family: string;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly title: string;
  readonly employer: string;
  readonly route: 'vacancy' | 'assessment';
  readonly grades: readonly FrameworkGrade[];
}

/** `GET /frameworks?on=`: every family, the version in force on the date and every version. */
export interface Frameworks {
  readonly on: string;
  readonly families: readonly {
    readonly family: string;
    readonly inForce: CareerFramework | null;
    readonly versions: readonly CareerFramework[];
  }[];
}

/** `GET /frameworks/{family}`. */
export interface FamilyFramework {
  readonly family: string;
  readonly versions: readonly CareerFramework[];
}
