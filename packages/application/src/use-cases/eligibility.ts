import * as E from 'fp-ts/Either';
import { StreamId, type ActorRef, type Grade, type Verdict } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { EligibilityReads, VerdictQuery } from './eligibility-reads';
import type { UseCaseError } from './errors';
import { loadRegrade } from './load';
import { checkOwnLine } from './own-line';

// "As known at R, was this person eligible on E, and why": asked of the eligibility read model
// once it has applied the log through what the store held when the question was asked, so the
// answer is the same as evaluating the whole log and does not grow with it.

export interface EligibilityQuery extends Omit<VerdictQuery, 'toGrade'> {
  /** Judge the move this case asks for (its grade and vacancy) rather than the next grade. */
  readonly regradeCaseId?: string;
  /**
   * The store's head when the question was asked; omitted: now. A regrade request passes the
   * head from before it wrote the request, which the verdict does not depend on, so the
   * assessment need not wait for the projector to apply the request itself.
   */
  readonly askedAt?: bigint;
}

/** The move a case asks for, from its own stream; a case about someone else is refused. */
const moveOf = async (
  store: EventStore,
  query: EligibilityQuery,
): Promise<E.Either<UseCaseError, { toGrade?: Grade; vacancyId?: string }>> => {
  const named = query.vacancyId !== undefined ? { vacancyId: query.vacancyId } : {};
  if (query.regradeCaseId === undefined) return E.right(named);
  const c = await loadRegrade(store, query.regradeCaseId);
  if (E.isLeft(c)) return c;
  const state = c.right.state;
  if (state.status === 'none') return E.right(named);
  if (state.staffId !== query.staffId)
    return E.left({
      kind: 'case-of-another-person',
      caseId: query.regradeCaseId,
      staffId: query.staffId,
    });
  const vacancyId = state.vacancyId ?? query.vacancyId;
  return E.right({ toGrade: state.toGrade, ...(vacancyId !== undefined ? { vacancyId } : {}) });
};

/** The verdict, explained, for anyone the caller may see (no line check: see staffEligibility). */
export const eligibility = async (
  store: EventStore,
  reads: EligibilityReads,
  query: EligibilityQuery,
): Promise<E.Either<UseCaseError, Verdict>> => {
  const move = await moveOf(store, query);
  if (E.isLeft(move)) return move;
  // Everything recorded by the time of asking (so by `knownAt`, when it is now) is applied.
  await reads.through(query.askedAt ?? (await store.headPosition()));
  const verdict = reads.verdictOn({
    staffId: query.staffId,
    effectiveOn: query.effectiveOn,
    knownAt: query.knownAt,
    ...move.right,
  });
  return verdict === undefined
    ? E.left({ kind: 'not-found', stream: StreamId.staff(query.staffId) })
    : E.right(verdict);
};

/** A person's eligibility as the caller asks it: a manager only for their own line. */
export const staffEligibility = async (
  store: EventStore,
  reads: EligibilityReads,
  actor: ActorRef,
  query: EligibilityQuery,
): Promise<E.Either<UseCaseError, Verdict>> => {
  const inLine = await checkOwnLine(store, actor, query.staffId);
  return E.isLeft(inLine) ? inLine : eligibility(store, reads, query);
};
