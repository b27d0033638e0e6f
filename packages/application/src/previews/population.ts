import * as E from 'fp-ts/Either';
import {
  decodeFacts,
  isStaffEvent,
  parseStreamName,
  type DecodedFact,
  type RecordedFact,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { slices } from './slices';

/** One person as a preview needs them: where they work and their own facts, decoded once. */
export interface PreviewPerson {
  readonly staffId: string;
  readonly jobFamily: string;
  readonly team: string;
  readonly facts: readonly RecordedFact[];
  readonly decoded: readonly DecodedFact[];
}

/**
 * The log read once for a whole-population preview: each person's facts, each family's
 * vacancy facts (the only other facts a verdict reads) and the rules' facts (policies and
 * frameworks), all as recorded through `through`.
 */
export interface Population {
  readonly people: readonly PreviewPerson[];
  readonly vacanciesOf: (jobFamily: string) => readonly DecodedFact[];
  readonly ruleFacts: readonly RecordedFact[];
  /** The log position read through. */
  readonly through: bigint;
}

const kindOf = (streamName: string): string | undefined => {
  const parsed = parseStreamName(streamName);
  return E.isRight(parsed) ? parsed.right.kind : undefined;
};

/** Reads the global log through the store's head at the start (pages, never whole at once). */
export const readPopulation = async (store: EventStore): Promise<Population> => {
  const through = await store.headPosition();
  const ownFacts = new Map<string, RecordedFact[]>();
  const vacancyFacts = new Map<string, RecordedFact[]>();
  const ruleFacts: RecordedFact[] = [];
  for await (const event of store.readAll()) {
    if (event.position > through) break;
    const kind = kindOf(event.streamName);
    const into = kind === 'staff' ? ownFacts : kind === 'vacancy' ? vacancyFacts : undefined;
    if (into !== undefined) {
      const facts = into.get(event.streamName);
      if (facts === undefined) into.set(event.streamName, [event]);
      else facts.push(event);
    } else if (kind === 'policy' || kind === 'framework') ruleFacts.push(event);
  }
  const people: PreviewPerson[] = [];
  const turn = slices();
  for (const facts of ownFacts.values()) {
    await turn.due();
    const decoded = decodeFacts(facts);
    const joined = decoded.find((f) => f.known?.event.type === 'StaffJoined')?.known?.event;
    if (joined === undefined || !isStaffEvent(joined) || joined.type !== 'StaffJoined') continue;
    const { staffId, jobFamily, team } = joined.data;
    people.push({ staffId, jobFamily, team, facts, decoded });
  }
  const byFamily = new Map<string, DecodedFact[]>();
  for (const facts of vacancyFacts.values()) {
    await turn.due();
    const decoded = decodeFacts(facts);
    const opened = decoded.find((f) => f.known?.event.type === 'VacancyOpened')?.known?.event;
    if (opened === undefined || opened.type !== 'VacancyOpened') continue;
    const family = opened.data.jobFamily;
    const kept = byFamily.get(family);
    if (kept === undefined) byFamily.set(family, [...decoded]);
    else kept.push(...decoded);
  }
  people.sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  return {
    people,
    vacanciesOf: (family) => byFamily.get(family) ?? [],
    ruleFacts,
    through,
  };
};
