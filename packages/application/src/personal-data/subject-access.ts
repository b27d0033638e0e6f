import * as E from 'fp-ts/Either';
import { decodeEvent, StreamId, streamNameOf, type IsoDateTime } from '@ladder/domain';
import {
  personalPartOf,
  type Actor,
  type EventStore,
  type JsonValue,
  type KeyRecord,
  type PersonalKeyService,
  type RecordedEvent,
} from '@ladder/event-store';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from '../use-cases/errors';

// Subject access (UK GDPR Art 15): everything Ladder holds about a person — each fact with
// who recorded it, when and why, each decision with its explanation, and what personal data
// is still readable — read from the log itself, so nothing a read model forgot is left out.

export interface SubjectAccessRecord {
  readonly eventId: string;
  readonly streamName: string;
  readonly type: string;
  readonly effectiveAt: string;
  readonly recordedAt: string;
  readonly recordedBy: Actor;
  readonly reason: string | null;
  /** The payload without its personal part. */
  readonly facts: JsonValue;
  /** The personal part as readable now (or the erased marker); null when there was none. */
  readonly personal: JsonValue | null;
}

export interface SubjectAccessDecision {
  /** The regrade case's stream. */
  readonly streamName: string;
  readonly recordedAt: string;
  readonly assessedBy: Actor;
  readonly effectiveOn: string;
  readonly outcome: string;
  readonly summary: string;
  /** Each criterion, met or not, in the domain's own words. */
  readonly lines: readonly {
    readonly label: string;
    readonly status: string;
    readonly detail: string;
  }[];
}

export interface SubjectAccessExport {
  readonly staffId: string;
  readonly generatedAt: IsoDateTime;
  readonly generatedBy: Actor;
  readonly records: readonly SubjectAccessRecord[];
  readonly decisions: readonly SubjectAccessDecision[];
  /** The person's data keys: a destroyed key is personal data erased. */
  readonly keys: readonly KeyRecord[];
}

const factsOf = (data: JsonValue): JsonValue => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const { personal: _personal, ...facts } = data as { readonly [key: string]: JsonValue };
  return facts;
};

const recordOf = (e: RecordedEvent): SubjectAccessRecord => ({
  eventId: e.eventId,
  streamName: e.streamName,
  type: e.type,
  effectiveAt: e.effectiveAt,
  recordedAt: e.recordedAt,
  recordedBy: e.actor,
  reason: e.reason ?? null,
  facts: factsOf(e.data),
  personal: personalPartOf(e.data),
});

/** The streams about someone else that name this person: regrade cases, their line managers. */
const streamsNaming = async (store: EventStore, staffId: string): Promise<RecordedEvent[]> => {
  const found: RecordedEvent[] = [];
  const cases = new Set<string>();
  const types = ['RegradeRequested', 'LineManagerAssigned', 'LineManagementEnded'];
  for await (const event of store.readAll({ filter: { eventTypes: types } })) {
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded)) continue;
    const e = decoded.right;
    if (e.type === 'RegradeRequested' && e.data.staffId === staffId) cases.add(e.data.caseId);
    // Line management is recorded on the manager's stream, naming the report.
    if (
      (e.type === 'LineManagerAssigned' || e.type === 'LineManagementEnded') &&
      e.data.reportId === staffId
    )
      found.push(event);
  }
  for (const caseId of cases)
    found.push(...(await readWholeStream(store, streamNameOf(StreamId.regrade(caseId)))));
  return found;
};

export const subjectAccess = async (
  ctx: { readonly store: EventStore; readonly keys: PersonalKeyService },
  staffId: string,
  by: { readonly actor: Actor; readonly at: IsoDateTime },
): Promise<E.Either<UseCaseError, SubjectAccessExport>> => {
  const person = StreamId.staff(staffId);
  const own = await readWholeStream(ctx.store, streamNameOf(person));
  if (own.length === 0) return E.left({ kind: 'not-found', stream: person });
  const erasure = await readWholeStream(ctx.store, streamNameOf(StreamId.personal(staffId)));
  const others = await streamsNaming(ctx.store, staffId);
  const all = [...own, ...erasure, ...others].sort((a, b) =>
    a.position < b.position ? -1 : a.position > b.position ? 1 : 0,
  );
  const decisions: SubjectAccessDecision[] = [];
  for (const event of others) {
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded) || decoded.right.type !== 'EligibilityAssessed') continue;
    const { verdict, assessedBy } = decoded.right.data;
    decisions.push({
      streamName: event.streamName,
      recordedAt: event.recordedAt,
      assessedBy,
      effectiveOn: verdict.effectiveOn,
      outcome: verdict.outcome,
      summary: verdict.summary,
      lines: verdict.lines.map((l) => ({ label: l.label, status: l.status, detail: l.detail })),
    });
  }
  return E.right({
    staffId,
    generatedAt: by.at,
    generatedBy: by.actor,
    records: all.map(recordOf),
    decisions,
    keys: await ctx.keys.keysOf(staffId),
  });
};
