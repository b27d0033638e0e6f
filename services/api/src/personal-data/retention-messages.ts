import type { RetentionErasure } from '@ladder/application';
import type { DueErasure } from '@ladder/domain';

// What the API and a retention worker say to each other (structured clone).

export interface RetentionInput {
  readonly mode: 'dry-run' | 'run';
  /** The store setting and key file, opened again in the worker. */
  readonly eventStore: string;
  readonly keys: string;
  /** The retention schedule (policy data), as the API read it. */
  readonly schedule: unknown;
  /** The day the schedule is judged on. */
  readonly today: string;
  /** Who started the run and when (the erasures are recorded as theirs). */
  readonly actor: { readonly id: string; readonly role: string };
  readonly at: string;
  readonly correlationId: string;
}

export type RetentionMessage =
  | { readonly kind: 'progress'; readonly eventsScanned: number }
  | { readonly kind: 'dry-run'; readonly due: readonly DueErasure[] }
  | { readonly kind: 'run'; readonly erased: readonly RetentionErasure[] }
  | { readonly kind: 'failed'; readonly message: string };

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null;

export const isRetentionMessage = (u: unknown): u is RetentionMessage =>
  isRecord(u) &&
  ((u['kind'] === 'progress' && typeof u['eventsScanned'] === 'number') ||
    (u['kind'] === 'dry-run' && Array.isArray(u['due'])) ||
    (u['kind'] === 'run' && Array.isArray(u['erased'])) ||
    (u['kind'] === 'failed' && typeof u['message'] === 'string'));
