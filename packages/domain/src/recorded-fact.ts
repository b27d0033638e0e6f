import type { JsonValue } from './primitives/json';

/**
 * An event as the store recorded it: the envelope the domain evaluates. Structurally a
 * subset of the event-store port's `RecordedEvent`, so a `RecordedEvent` can be passed
 * as it is, without the domain depending on the store.
 */
export interface RecordedFact {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** When the store accepted it: the "known at" axis. */
  readonly recordedAt: string;
  /** The business date-time it is true from: the "effective on" axis. */
  readonly effectiveAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason?: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: JsonValue;
}
