/**
 * Input limits every adapter enforces before writing (documented in docs/event-store.md).
 * The append size matches EventStoreDB's default MaxAppendSize (1 MiB per append request),
 * so a batch accepted by the embedded store is also accepted in production.
 */
export const limits = {
  /** Letters, digits, `_`, `.`, `:` and `-`; not starting with `$` (reserved for system streams). */
  streamName: { pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, maxLength: 200 },
  /** PascalCase words optionally dotted, e.g. `PdrRecorded`, `Staff.Joined`. */
  eventType: { pattern: /^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*$/, maxLength: 100 },
  eventsPerAppend: 1_000,
  /** UTF-8 bytes of one event's serialised envelope. */
  eventBytes: 512 * 1024,
  /** UTF-8 bytes of all serialised envelopes in one append. */
  appendBytes: 1024 * 1024,
  /** Free-text fields: reason, actor id/role, correlation and causation ids. */
  textLength: 1_000,
} as const;
