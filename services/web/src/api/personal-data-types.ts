// What the personal-data routes answer (services/api/src/routes/personal-data.ts).

export interface OpenErasureRequest {
  readonly staffId: string;
  readonly requestId: string;
  readonly requestedBy: { readonly id: string; readonly role: string };
  readonly requestedOn: string;
  readonly reason: string | null;
}

export interface Erasure {
  readonly streamName: string;
  readonly keysDestroyed: number;
  readonly clearTextEventIds: readonly string[];
}

export interface DueErasure {
  readonly staffId: string;
  readonly rule: string;
  readonly description: string;
  readonly scope: string;
  readonly dueOn: string;
  readonly eventIds: readonly string[];
}

export interface RetentionJob {
  readonly id: string;
  readonly mode: 'dry-run' | 'run';
  readonly asOf: string;
  readonly startedBy: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly eventsScanned: number;
  readonly due: readonly DueErasure[] | null;
  readonly erased: readonly (DueErasure & { readonly keysDestroyed: number })[] | null;
  readonly error: string | null;
}

export interface RetentionRule {
  readonly id: string;
  readonly description: string;
  readonly record: string;
  readonly months: number;
}
