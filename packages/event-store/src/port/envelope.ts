// The envelope every stored event carries (DESIGN.md §2). Adapters store and return it
// unchanged; payloads (`data`) are validated by the domain's codecs, not here.

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Who caused the event: taken from the caller's token, never from the request body. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** What a writer hands to `append`. The store adds revision, position and recordedAt. */
export interface NewEvent {
  /** Unique id (UUID). Re-appending the same ids is how a retry stays idempotent. */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Business date-time the fact is true from (ISO 8601, UTC). */
  readonly effectiveAt: string;
  readonly actor: Actor;
  /** Why a person did this, where they said. */
  readonly reason?: string;
  readonly correlationId: string;
  /** The event or command id that caused this one; null for a first cause. */
  readonly causationId: string | null;
  readonly data: JsonValue;
}

/** A stored event: the envelope plus what the store assigned on acceptance. */
export interface RecordedEvent extends NewEvent {
  readonly streamName: string;
  /** 0-based position within its stream. */
  readonly revision: bigint;
  /** Position in the global log: strictly increasing, gaps allowed, never reused. */
  readonly position: bigint;
  /** When the store accepted it (ISO 8601, UTC). */
  readonly recordedAt: string;
}
