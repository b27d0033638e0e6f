// Kafka header names Ladder writes. Values are UTF-8 strings.

/** On every integration event Ladder publishes. */
export const eventHeaders = {
  eventId: 'ladder-event-id',
  eventType: 'ladder-event-type',
  schemaVersion: 'ladder-schema-version',
  correlationId: 'ladder-correlation-id',
} as const;

/** Added to an inbound message when it is copied to the dead-letter topic. */
export const deadLetterHeaders = {
  /** `invalid` (failed validation), `refused` (a rule said no) or `failed` (could not be applied). */
  code: 'ladder-dlq-code',
  /** Human-readable: names the field or the rule. */
  reason: 'ladder-dlq-reason',
  sourceTopic: 'ladder-dlq-source-topic',
  sourcePartition: 'ladder-dlq-source-partition',
  sourceOffset: 'ladder-dlq-source-offset',
} as const;
