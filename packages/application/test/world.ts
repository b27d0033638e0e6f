import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { ActorRef, staffCommands } from '@ladder/domain';
import { isoDateTime } from '@ladder/domain/testing';
import { getSqliteEventStore, type EventStore, type RecordedEvent } from '@ladder/event-store';
// The real eligibility read model, by path: the application's use cases hold only its port,
// so the package does not depend on projections; its tests need the real thing.
import {
  eligibilityProjection,
  eligibilityReads,
  openReadModels,
  startRunner,
} from '@ladder/projections';
import { publishSeedFrameworks } from '../src/frameworks/seed-frameworks';
import type { EligibilityReads } from '../src/use-cases/eligibility-reads';
import { bodyOf, type DataOf } from '../src/use-cases/issue';
import type { RequestMeta } from '../src/use-cases/request';

// A use case's world for *.int.test.ts: a real SQLite file in a temp directory, callers, and
// bodies decoded the way an edge decodes them.

export interface World {
  readonly store: EventStore;
  /** Verdicts from the eligibility read model, kept by a runner following the store. */
  readonly reads: EligibilityReads;
  /** The stream's events, as recorded. */
  events(streamName: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/** A fresh world holding the seed career frameworks, as every Ladder start publishes them. */
export const openWorld = async (): Promise<World> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-use-cases-'));
  const store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
  await publishSeedFrameworks(store, new Date());
  const readDb = openReadModels(join(dir, 'read-models.sqlite'));
  const runner = startRunner({ store, db: readDb, projections: [eligibilityProjection] });
  return {
    store,
    reads: eligibilityReads(readDb, runner),
    events: async (streamName) => {
      const out: RecordedEvent[] = [];
      for await (const e of store.readStream(streamName)) out.push(e);
      return out;
    },
    close: async () => {
      await runner.stop();
      readDb.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const actor = (id: string, role: string): ActorRef => {
  const a = { id, role };
  if (!ActorRef.is(a)) throw new TypeError(`not an actor: ${id} ${role}`);
  return a;
};

export const hr = actor('hr-1', 'hr-admin');
export const approver = actor('approver-1', 'approver');
export const managerNamed = (id: string): ActorRef => actor(id, 'manager');

/**
 * A request as an edge would make it: who, when (now, so that what the world recorded is
 * known by then), and the envelope.
 */
export const askedBy = (
  who: ActorRef,
  more: Partial<Omit<RequestMeta, 'actor'>> = {},
): RequestMeta => ({
  actor: who,
  at: isoDateTime(new Date().toISOString()),
  correlationId: 'corr-1',
  causationId: 'req-1',
  ...more,
});

/** A body decoded with K's codec, as the edge does once (throws on a typo in the test). */
export const body = <
  D extends Readonly<Record<string, { readonly body: t.Mixed }>>,
  K extends keyof D,
>(
  definitions: D & { readonly [P in K]: D[P] },
  type: K,
  raw: unknown,
): DataOf<D, K> => {
  const decoded = bodyOf(definitions, type).decode(raw);
  if (E.isLeft(decoded)) throw new TypeError(`${String(type)} body does not decode`);
  return decoded.right;
};

/** A Family Worker joining at a grade (Level 1 unless told), decoded as the edge would. */
export const joining = (staffId: string, grade = 'L1') =>
  body(staffCommands, 'JoinStaff', {
    staffId,
    jobFamily: 'family-worker',
    grade,
    team: 'north-early-help',
    zone: 'north',
    contractedHours: 37,
    joinedOn: '2021-04-01',
  });
