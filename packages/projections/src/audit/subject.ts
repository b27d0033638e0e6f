import { isRight } from 'fp-ts/Either';
import { parseStreamName } from '@ladder/domain';
import type { JsonValue, RecordedEvent } from '@ladder/event-store';

const field = (data: JsonValue, name: string): string | null => {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const value = (data as { readonly [key: string]: JsonValue })[name];
  return typeof value === 'string' ? value : null;
};

/**
 * The staff member an event is about, as far as the envelope says: the owner of a staff
 * stream, or the `staffId` a regrade or vacancy event names. Later events of a regrade
 * stream inherit the staff member its first event named (the caller remembers that).
 */
export const subjectOf = (
  event: RecordedEvent,
): { readonly staffId: string | null; readonly ownStream: boolean } => {
  const stream = parseStreamName(event.streamName);
  if (isRight(stream) && stream.right.kind === 'staff')
    return { staffId: stream.right.id, ownStream: true };
  return { staffId: field(event.data, 'staffId'), ownStream: false };
};

/** The event id a retraction withdraws, if this event is one. */
export const retractedBy = (event: RecordedEvent): string | null =>
  event.type === 'FactRetracted' ? field(event.data, 'retractedEventId') : null;

/** The payload without personal data, which the audit trail does not copy (it stays erasable). */
export const factsOnly = (data: JsonValue): { facts: JsonValue; hadPersonal: boolean } => {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { facts: data, hadPersonal: false };
  const { personal, ...facts } = data as { readonly [key: string]: JsonValue };
  return { facts, hadPersonal: personal !== undefined };
};
