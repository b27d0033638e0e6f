// What the pages read, as the API answers it (its /openapi.json is the reference). The verdict
// is the domain's own type: the pages show its explanation, they never work one out.
import type { Verdict } from '@ladder/domain';

export type { CriterionLine, Verdict } from '@ladder/domain';

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

export interface OpenVacancy {
  readonly vacancyId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly team: string;
  readonly openedOn: string;
}
