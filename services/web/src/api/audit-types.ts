// What the auditor's pages read, as the API answers it (its /openapi.json is the reference).
import type { RecordedEvent } from './types';

/** How an event stands for one pair of axes, as `GET /audit/staff/{id}/timeline` marks it. */
export type TimelineStatus = 'in-effect' | 'not-in-effect' | 'not-yet-known' | 'retracted';

/** A stored event with its envelope, as the history and timeline routes answer it. */
export interface StoredEvent extends RecordedEvent {
  readonly schemaVersion: number;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: unknown;
  readonly streamName: string;
  readonly revision: string;
  readonly position: string;
}

export interface StaffTimeline {
  readonly staffId: string;
  readonly effectiveOn: string;
  readonly knownAt: string;
  /** The instants this person's facts were recorded, earliest first: the "known at" stops. */
  readonly recordedInstants: readonly string[];
  readonly events: readonly (StoredEvent & { readonly status: TimelineStatus })[];
}

/** One event of the organisation-wide audit trail (`GET /audit/events`), its whole envelope. */
export interface AuditEntry {
  readonly position: string;
  readonly eventId: string;
  readonly streamName: string;
  readonly revision: number;
  readonly staffId: string | null;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly effectiveAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: unknown;
  readonly hadPersonalData: boolean;
  readonly retracts: string | null;
  readonly retractedBy: string | null;
  readonly hash: string;
  readonly previousHash: string;
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  readonly nextCursor: string | null;
}

/** A hash-chain verification job (`POST /audit/verifications`, then its Location). */
export interface VerificationJob {
  readonly id: string;
  readonly staffId: string | null;
  readonly status: 'running' | 'done' | 'failed';
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly progress: {
    readonly streamsDone: number;
    readonly streamsTotal: number;
    readonly eventsDone: number;
    readonly eventsPerSecond: number;
  };
  readonly result: {
    readonly streams: number;
    readonly events: number;
    readonly notYetProjected: number;
    readonly firstBreak: {
      readonly streamName: string;
      readonly revision: string;
      readonly eventId: string;
      readonly position: string | null;
      readonly type: string;
      readonly kind: 'hash-mismatch' | 'missing-from-store' | 'different-event';
      readonly recordedHash: string;
      readonly recomputedHash: string | null;
    } | null;
  } | null;
  readonly error: string | null;
}
