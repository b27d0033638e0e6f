import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  evaluate,
  PolicyDocument,
  StreamId,
  streamNameOf,
  type ActorRef,
  type Grade,
  type IsoDate,
  type IsoDateTime,
  type Verdict,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from './errors';
import { loadRegrade } from './load';
import { checkOwnLine } from './own-line';

// Gathers what `evaluate` needs — the person's stream, the vacancies, the policy versions
// published by then — and asks it: "as known at R, was this person eligible on E, and why".

export interface EligibilityQuery {
  readonly staffId: string;
  readonly effectiveOn: IsoDate;
  /** As known at this instant. */
  readonly knownAt: IsoDateTime;
  /** Judge the move this case asks for (its grade and vacancy) rather than the next grade. */
  readonly regradeCaseId?: string;
  /** Judge the vacancy criterion on this vacancy rather than the first one open. */
  readonly vacancyId?: string;
}

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};

const Published = t.type({ document: PolicyDocument });

/** The verdict, explained, for anyone the caller may see (no line check: see staffEligibility). */
export const eligibility = async (
  store: EventStore,
  query: EligibilityQuery,
): Promise<E.Either<UseCaseError, Verdict>> => {
  let toGrade: Grade | undefined;
  let vacancyId = query.vacancyId;
  if (query.regradeCaseId !== undefined) {
    const c = await loadRegrade(store, query.regradeCaseId);
    if (E.isLeft(c)) return c;
    if (c.right.state.status !== 'none') {
      if (c.right.state.staffId !== query.staffId)
        return E.left({
          kind: 'case-of-another-person',
          caseId: query.regradeCaseId,
          staffId: query.staffId,
        });
      toGrade = c.right.state.toGrade;
      vacancyId = c.right.state.vacancyId ?? vacancyId;
    }
  }
  const person = StreamId.staff(query.staffId);
  const staff = await readWholeStream(store, streamNameOf(person));
  if (staff.length === 0) return E.left({ kind: 'not-found', stream: person });
  const vacancies = await collect(store.readAll({ filter: { streamPrefixes: ['vacancy-'] } }));
  const publications = await collect(
    store.readAll({ filter: { eventTypes: ['PolicyVersionPublished'] } }),
  );
  const policies = publications
    .filter((p) => Date.parse(p.recordedAt) <= Date.parse(query.knownAt))
    .flatMap((p) => {
      const decoded = Published.decode(p.data);
      return E.isRight(decoded) ? [decoded.right.document] : [];
    });
  return E.right(
    evaluate([...staff, ...vacancies], policies, {
      effectiveOn: query.effectiveOn,
      knownAt: query.knownAt,
      staffId: query.staffId,
      ...(toGrade !== undefined ? { toGrade } : {}),
      ...(vacancyId !== undefined ? { vacancyId } : {}),
    }),
  );
};

/** A person's eligibility as the caller asks it: a manager only for their own line. */
export const staffEligibility = async (
  store: EventStore,
  actor: ActorRef,
  query: EligibilityQuery,
): Promise<E.Either<UseCaseError, Verdict>> => {
  const inLine = await checkOwnLine(store, actor, query.staffId);
  return E.isLeft(inLine) ? inLine : eligibility(store, query);
};
