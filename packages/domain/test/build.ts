import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { decodeEvent, encodeEvent } from '../src/events/codec';
import {
  currentSchemaVersion,
  type DomainEvent,
  type DomainEventType,
} from '../src/events/domain-event';
import { effectiveDateOf } from '../src/events/effective-date';
import { firstFailure } from '../src/primitives/validation';
import { startOfDay } from '../src/primitives/time';
import type { RecordedFact } from '../src/recorded-fact';
import { streamNameOf, type StreamId } from '../src/streams';

// Builders for tests and examples: plain JSON in, checked by the real codecs, so a test
// can never hold a value the domain would refuse.

/** A domain event from plain data, decoded by its codec (throws on a defect in the test). */
export const event = <T extends DomainEventType>(
  type: T,
  data: unknown,
): Extract<DomainEvent, { type: T }> => {
  const decoded = decodeEvent({ type, schemaVersion: currentSchemaVersion[type], data });
  if (E.isLeft(decoded)) throw new TypeError(decoded.left.message);
  const ev = decoded.right;
  const isT = (e: DomainEvent): e is Extract<DomainEvent, { type: T }> => e.type === type;
  if (!isT(ev)) throw new TypeError(`decoded ${ev.type}, expected ${type}`);
  return ev;
};

export const defaultActor = { id: 'hr-officer-1', role: 'hr' };
export const defaultAt = '2024-06-03T09:00:00Z';

/** A command from plain data, decoded by its codec. */
export const command = <A>(
  codec: t.Decoder<unknown, A>,
  type: string,
  data: unknown,
  context: { actor?: { id: string; role: string }; at?: string } = {},
): A => {
  const decoded = codec.decode({
    type,
    data,
    actor: context.actor ?? defaultActor,
    at: context.at ?? defaultAt,
  });
  if (E.isLeft(decoded)) {
    const f = firstFailure(decoded.left);
    throw new TypeError(`${type}: ${f.field} ${f.message}`);
  }
  return decoded.right;
};

export interface RecordOptions {
  readonly recordedAt: string;
  /** Defaults to midnight UTC of the event's own business date. */
  readonly effectiveAt?: string;
  readonly eventId?: string;
  readonly actor?: { readonly id: string; readonly role: string };
}

/** A growing log of recorded facts with strictly increasing positions, as a store would hold. */
export const logBuilder = () => {
  const facts: RecordedFact[] = [];
  const revisions = new Map<string, bigint>();
  return {
    facts,
    record(stream: StreamId, ev: DomainEvent, options: RecordOptions): RecordedFact {
      const streamName = streamNameOf(stream);
      const revision = revisions.get(streamName) ?? 0n;
      revisions.set(streamName, revision + 1n);
      const encoded = encodeEvent(ev);
      const fact: RecordedFact = {
        eventId: options.eventId ?? `evt-${facts.length + 1}`,
        ...encoded,
        streamName,
        revision,
        position: BigInt(facts.length + 1),
        recordedAt: options.recordedAt,
        effectiveAt: options.effectiveAt ?? startOfDay(effectiveDateOf(ev)),
        actor: options.actor ?? defaultActor,
        correlationId: 'corr-1',
        causationId: null,
      };
      facts.push(fact);
      return fact;
    },
  };
};
