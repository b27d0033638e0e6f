import * as t from 'io-ts';

// The value of every message on an outbound topic: the event's envelope and its facts, as
// JSON. Personal data never leaves: the payload's `personal` part and the free-text `reason`
// are not published. Revision and position are decimal strings (they are 64-bit integers).

const DecimalString = t.refinement(t.string, (s) => /^(0|[1-9]\d*)$/.test(s), 'DecimalString');

export const AggregateKind = t.keyof({
  staff: null,
  vacancy: null,
  regrade: null,
  policy: null,
  framework: null,
  allocation: null,
  // Erasures of personal data (no personal data in them): downstream copies erase theirs too.
  personal: null,
});

/** A payload with no `personal` part. */
export const PublicData = t.refinement(
  t.UnknownRecord,
  (data) => !Object.prototype.hasOwnProperty.call(data, 'personal'),
  'PublicData',
);

export const IntegrationEvent = t.type(
  {
    eventId: t.string,
    type: t.string,
    schemaVersion: t.number,
    aggregate: t.type({ kind: AggregateKind, id: t.string }),
    revision: DecimalString,
    position: DecimalString,
    recordedAt: t.string,
    effectiveAt: t.string,
    actor: t.type({ id: t.string, role: t.string }),
    correlationId: t.string,
    causationId: t.union([t.string, t.null]),
    data: PublicData,
  },
  'IntegrationEvent',
);
export type IntegrationEvent = t.TypeOf<typeof IntegrationEvent>;
