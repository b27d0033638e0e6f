import * as E from 'fp-ts/Either';
import { decodeEvent } from '../events/codec';
import { effectiveDateOf } from '../events/effective-date';
import { isCaseloadEvent } from '../events/guards';
import type { IsoDate } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import { evolveAllocation, type AllocationState, type OpenedCase } from './state';

/**
 * Every case as it stood on `on`, from the `allocation-` streams' facts (in log order):
 * each case folded through the events true on or before that date.
 */
export const casesOnDate = (
  recorded: readonly RecordedFact[],
  on: IsoDate,
): ReadonlyMap<string, OpenedCase> => {
  const states = new Map<string, AllocationState>();
  for (const fact of recorded) {
    const decoded = decodeEvent(fact);
    if (E.isLeft(decoded) || !isCaseloadEvent(decoded.right)) continue;
    if (effectiveDateOf(decoded.right) > on) continue;
    const before = states.get(fact.streamName) ?? { status: 'none' };
    states.set(fact.streamName, evolveAllocation(before, decoded.right));
  }
  const cases = new Map<string, OpenedCase>();
  for (const state of states.values())
    if (state.status !== 'none') cases.set(state.caseReference, state);
  return cases;
};

/** Open cases each worker holds on the date. */
export const caseloadsOf = (
  cases: ReadonlyMap<string, OpenedCase>,
): ReadonlyMap<string, readonly OpenedCase[]> => {
  const byWorker = new Map<string, OpenedCase[]>();
  for (const c of cases.values()) {
    if (c.status !== 'open' || c.holder === null) continue;
    const list = byWorker.get(c.holder.staffId) ?? [];
    list.push(c);
    byWorker.set(c.holder.staffId, list);
  }
  return byWorker;
};
