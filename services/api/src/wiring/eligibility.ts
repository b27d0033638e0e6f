import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  evaluate,
  IsoDate,
  IsoDateTime,
  PolicyDocument,
  StreamId,
  streamNameOf,
  type Grade,
  type Verdict,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { apiError, type ApiError } from '../http/problem';
import type { EligibilityQuery, LadderServices } from '../services';
import { readWholeStream } from '@ladder/application';

// Gathers what `evaluate` needs — the person's stream, the vacancies, the policy versions
// published by then — and asks it: "as known at R, was this person eligible on E, and why".

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};

const Published = t.type({ document: PolicyDocument });

export const makeEligibility =
  (store: EventStore, load: LadderServices['load'], now: () => Date) =>
  async (
    query: EligibilityQuery & { readonly regradeCaseId?: string },
  ): Promise<E.Either<ApiError, Verdict>> => {
    const knownAt = query.knownAt ?? now().toISOString();
    if (!IsoDate.is(query.effectiveOn) || !IsoDateTime.is(knownAt))
      return E.left(
        apiError('validation', 'effectiveOn must be YYYY-MM-DD and knownAt an ISO date-time', {
          field: 'effectiveOn',
        }),
      );
    let toGrade: Grade | undefined;
    let vacancyId: string | undefined;
    if (query.regradeCaseId !== undefined) {
      const c = await load.regrade(query.regradeCaseId);
      if (E.isLeft(c)) return c;
      if (c.right.state.status !== 'none') {
        toGrade = c.right.state.toGrade;
        vacancyId = c.right.state.vacancyId;
      }
    }
    const staff = await readWholeStream(store, streamNameOf(StreamId.staff(query.staffId)));
    if (staff.length === 0) return E.left(apiError('not-found', `no staff ${query.staffId}`));
    const vacancies = await collect(store.readAll({ filter: { streamPrefixes: ['vacancy-'] } }));
    const publications = await collect(
      store.readAll({ filter: { eventTypes: ['PolicyVersionPublished'] } }),
    );
    const policies = publications
      .filter((p) => Date.parse(p.recordedAt) <= Date.parse(knownAt))
      .flatMap((p) => {
        const decoded = Published.decode(p.data);
        return E.isRight(decoded) ? [decoded.right.document] : [];
      });
    return E.right(
      evaluate([...staff, ...vacancies], policies, {
        effectiveOn: query.effectiveOn,
        knownAt,
        staffId: query.staffId,
        ...(toGrade !== undefined ? { toGrade } : {}),
        ...(vacancyId !== undefined ? { vacancyId } : {}),
      }),
    );
  };
