import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  dueErasures,
  parseStreamName,
  type DueErasure,
  type IsoDate,
  type NonEmptyString,
  type RetentionFacts,
  type RetentionSchedule,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { RequestMeta } from '../use-cases/request';
import type { UseCaseError } from '../use-cases/errors';
import { storedInClear } from './clear-text';
import { onPerson, type PersonalDataContext } from './erasure';
import { dbsKeyId } from './key-ref';

// The retention job: what the schedule makes due on a date, found in one pass over the few
// event types that matter (the store filters them), listed for HR to review (the dry run) and
// then erased, each erasure recorded. Both call `dueErasures` with the same facts and date.

interface Person {
  leftOn: IsoDate | null;
  erased: boolean;
  dbsChecks: { eventId: string; checkedOn: IsoDate; erased: boolean }[];
}

export interface RetentionScan {
  readonly facts: readonly RetentionFacts[];
  /** DBS checks whose details were written in clear before sealing (not shreddable). */
  readonly clearText: ReadonlySet<string>;
}

const retentionTypes = ['StaffLeft', 'DbsCheckRecorded', 'PersonalDataErased'];

/** What the log says about leaving dates, DBS checks and erasures; `onEvent` hears progress. */
export const scanRetentionFacts = async (
  store: EventStore,
  onEvent?: (seen: number) => void,
): Promise<RetentionScan> => {
  const people = new Map<string, Person>();
  const clearText = new Set<string>();
  const personOf = (staffId: string): Person => {
    let p = people.get(staffId);
    if (p === undefined) {
      p = { leftOn: null, erased: false, dbsChecks: [] };
      people.set(staffId, p);
    }
    return p;
  };
  let seen = 0;
  for await (const event of store.readAll({ filter: { eventTypes: retentionTypes } })) {
    onEvent?.(++seen);
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded)) continue;
    const e = decoded.right;
    if (e.type === 'PersonalDataErased') {
      const p = personOf(e.data.staffId);
      if (e.data.scope === 'person') p.erased = true;
      const gone = new Set(e.data.eventIds ?? []);
      for (const c of p.dbsChecks) if (gone.has(c.eventId)) c.erased = true;
      continue;
    }
    const stream = parseStreamName(event.streamName);
    if (E.isLeft(stream) || stream.right.kind !== 'staff') continue;
    const p = personOf(stream.right.id);
    if (e.type === 'StaffLeft') p.leftOn = e.data.leftOn;
    if (e.type === 'DbsCheckRecorded') {
      p.dbsChecks.push({ eventId: event.eventId, checkedOn: e.data.checkedOn, erased: p.erased });
      if (storedInClear(event)) clearText.add(event.eventId);
    }
  }
  const facts = [...people.entries()].map(([staffId, p]) => ({ staffId, ...p }));
  return { facts, clearText };
};

/** The dry run: every erasure due on `today`, for HR to review. Writes nothing. */
export const retentionDryRun = async (
  store: EventStore,
  schedule: RetentionSchedule,
  today: IsoDate,
  onEvent?: (seen: number) => void,
): Promise<DueErasure[]> =>
  dueErasures((await scanRetentionFacts(store, onEvent)).facts, schedule, today);

export interface RetentionErasure extends DueErasure {
  readonly keysDestroyed: number;
  readonly clearTextEventIds: readonly string[];
}

/** The run: the dry run's list, each erased and recorded (a re-run on the same day is a retry). */
export const runRetention = async (
  ctx: PersonalDataContext,
  schedule: RetentionSchedule,
  today: IsoDate,
  request: RequestMeta,
  onEvent?: (seen: number) => void,
): Promise<E.Either<UseCaseError, RetentionErasure[]>> => {
  const { facts, clearText } = await scanRetentionFacts(ctx.store, onEvent);
  const done: RetentionErasure[] = [];
  for (const due of dueErasures(facts, schedule, today)) {
    const eventIds = due.eventIds.filter((id) => !clearText.has(id));
    const clearTextEventIds = due.eventIds.filter((id) => clearText.has(id));
    const written = await onPerson(
      ctx.store,
      due.staffId,
      'ErasePersonalDataByRetention',
      {
        staffId: due.staffId as NonEmptyString,
        rule: due.rule as NonEmptyString,
        scope: due.scope,
        ...(due.scope === 'records'
          ? { eventIds: due.eventIds as NonEmptyString[], clearTextEventIds }
          : {}),
      },
      { ...request, retryKey: `retention:${today}:${due.rule}:${due.staffId}` },
    );
    if (E.isLeft(written)) return written;
    let keysDestroyed = 0;
    if (due.scope === 'person')
      keysDestroyed = (await ctx.keys.destroySubject(due.staffId, request.at)).destroyed;
    else
      for (const id of eventIds)
        keysDestroyed += (await ctx.keys.destroyKey(dbsKeyId(due.staffId, id), request.at))
          .destroyed;
    done.push({ ...due, keysDestroyed, clearTextEventIds });
  }
  return E.right(done);
};
