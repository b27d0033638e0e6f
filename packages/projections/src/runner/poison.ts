import type { RecordedEvent } from '@ladder/event-store';

/** What an operator needs to find the event that stopped a projection. */
export interface PoisonEventInfo {
  readonly projection: string;
  readonly eventId: string;
  readonly streamName: string;
  readonly position: bigint;
  readonly revision: bigint;
  readonly type: string;
  readonly cause: string;
}

/** Thrown out of a batch when one projection cannot fold one event. */
export class PoisonEvent extends Error {
  constructor(readonly info: PoisonEventInfo) {
    super(describePoison(info));
    this.name = 'PoisonEvent';
  }
}

export const describePoison = (info: PoisonEventInfo): string =>
  `projection "${info.projection}" stopped at event ${info.eventId} ` +
  `(stream ${info.streamName}@${info.revision}, position ${info.position}, type ${info.type}): ${info.cause}`;

export const poisonOf = (projection: string, event: RecordedEvent, error: unknown): PoisonEvent =>
  new PoisonEvent({
    projection,
    eventId: event.eventId,
    streamName: event.streamName,
    position: event.position,
    revision: event.revision,
    type: event.type,
    cause: error instanceof Error ? error.message : String(error),
  });
