import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import {
  decodeEvent,
  decodeFacts,
  evaluateDecoded,
  familyWorkerFramework,
  familyWorkerPolicyV1,
  FrameworkDocument,
  PolicyDocument,
  rulesKnownAt,
  socialWorkerPolicyV2,
  type RecordedFact,
} from '@ladder/domain';
import { isoDate, isoDateTime } from '@ladder/domain/testing';
import { getMemoryEventStore, type EventStore, type RecordedEvent } from '@ladder/event-store';
import { generateCouncil } from '../../test/population';
import { hr } from '../../test/world';
import { publishCareerFramework } from '../use-cases/framework';
import { publishPolicyVersion } from '../use-cases/policy';
import type { RequestMeta } from '../use-cases/request';
import { previewFrameworkDraft } from './framework-preview';
import { previewPolicyDraft } from './policy-preview';
import type { PreviewReport } from './report';

// Property: a preview equals evaluating every person after publishing the draft on a copy of
// the store. Councils are generated from seeds (test/population.ts); each draft is previewed on
// the council's store, then published for real on a copy (the memory adapter, which passes the
// conformance suite), and everyone is evaluated on both by the domain's `evaluate` over the
// whole log — no grouping, no read model — to give the changes the preview must report.

const on = isoDate('2025-06-01');
const knownAt = isoDateTime('2025-12-31T12:00:00.000Z');
const ladderDay = isoDate('2026-01-01');
const asked = (at: string): RequestMeta => ({
  actor: hr,
  at: isoDateTime(at),
  correlationId: 'preview-test',
  causationId: null,
});

const decodeOrThrow = <A>(
  codec: { decode: (u: unknown) => E.Either<unknown, A> },
  raw: unknown,
) => {
  const d = codec.decode(raw);
  if (E.isLeft(d)) throw new TypeError('test draft does not decode');
  return d.right;
};

const policyDraft = (base: PolicyDocument, version: number, change: (c: unknown[]) => unknown[]) =>
  decodeOrThrow(PolicyDocument, {
    ...base,
    version,
    effectiveFrom: '2025-01-01',
    title: `${base.title} (draft)`,
    criteria: change(JSON.parse(JSON.stringify(base.criteria)) as unknown[]),
  });

type Raw = { id: string; rule: Record<string, unknown>; importance: string };
const edit = (id: string, f: (c: Raw) => Raw | null) => (cs: unknown[]) =>
  (cs as Raw[]).flatMap((c) => (c.id === id ? (f(c) ?? []) : [c]));

/** Drafts that tighten, loosen, add and drop criteria — each a next version of a seed. */
const policyDrafts = [
  policyDraft(
    familyWorkerPolicyV1,
    2,
    edit('fw-pdr', (c) => ({ ...c, rule: { ...c.rule, months: 6 } })),
  ),
  policyDraft(
    familyWorkerPolicyV1,
    2,
    edit('fw-vacancy', (c) => ({ ...c, rule: { kind: 'vacancy-open' } })),
  ),
  policyDraft(
    familyWorkerPolicyV1,
    2,
    edit('fw-d2-ecdl', (c) => ({ ...c, importance: 'essential' })),
  ),
  policyDraft(
    familyWorkerPolicyV1,
    2,
    edit('fw-e1-maths', () => null),
  ),
  policyDraft(
    socialWorkerPolicyV2,
    3,
    edit('sw-dbs', (c) => ({ ...c, rule: { ...c.rule, months: 12, updateServiceCounts: false } })),
  ),
];

const frameworkDraft = (change: (grades: Record<string, unknown>[]) => Record<string, unknown>[]) =>
  decodeOrThrow(FrameworkDocument, {
    ...familyWorkerFramework,
    version: 2,
    // A revised ladder may not be backdated: it takes effect after the preview's instant.
    effectiveFrom: '2026-01-01',
    grades: change(familyWorkerFramework.grades.map((g) => ({ ...g }))),
  });
const frameworkDrafts = [
  frameworkDraft((gs) => gs.map((g) => (g['code'] === 'L2' ? { ...g, spanOfControl: 1 } : g))),
  frameworkDraft((gs) => gs.filter((g) => g['code'] !== 'L3')),
];

const everything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for await (const e of store.readAll()) all.push(e);
  return all;
};

/** The same log in a new memory store, each event recorded at the instant it was. */
const copyOf = async (store: EventStore) => {
  let clock = '';
  const copy = getMemoryEventStore({ clock: () => new Date(clock) });
  for (const e of await everything(store)) {
    clock = e.recordedAt;
    const { streamName, revision: _r, position: _p, recordedAt: _a, ...event } = e;
    const appended = await copy.append(streamName, [event]);
    if (E.isLeft(appended)) throw new Error(appended.left.code);
  }
  return { copy, recordAt: (instant: string) => (clock = instant) };
};

interface Move {
  readonly team: string;
  readonly staffId: string;
  readonly way: 'gain' | 'lose';
}

/** Everyone of the family evaluated on the whole log as known at `knownAt`, by staff id. */
const verdicts = (log: readonly RecordedFact[], family: string, effectiveOn = on) => {
  const rules = rulesKnownAt(log, knownAt);
  const decoded = decodeFacts(log); // once: the same verdicts as `evaluate`, byte for byte
  const out = new Map<string, { team: string; eligible: boolean }>();
  for (const f of log) {
    const e = decodeEvent(f);
    if (E.isLeft(e) || e.right.type !== 'StaffJoined') continue;
    const data = e.right.data;
    if (data.jobFamily !== family) continue;
    const v = evaluateDecoded(decoded, rules, { effectiveOn, knownAt, staffId: data.staffId });
    if (v.outcome === 'not-on-staff' || v.outcome === 'has-left') continue;
    out.set(data.staffId, { team: data.team, eligible: v.eligible });
  }
  return out;
};

const movesBetween = (before: ReturnType<typeof verdicts>, after: ReturnType<typeof verdicts>) =>
  [...before.entries()]
    .flatMap(([staffId, b]): Move[] => {
      const a = after.get(staffId);
      return a === undefined || a.eligible === b.eligible
        ? []
        : [{ team: b.team, staffId, way: a.eligible ? 'gain' : 'lose' }];
    })
    .sort((x, y) => (x.staffId < y.staffId ? -1 : 1));

const reported = (r: PreviewReport): Move[] =>
  r.byTeam
    .flatMap((t) => [
      ...t.gain.map((c): Move => ({ team: t.team, staffId: c.staffId, way: 'gain' })),
      ...t.lose.map((c): Move => ({ team: t.team, staffId: c.staffId, way: 'lose' })),
    ])
    .sort((x, y) => (x.staffId < y.staffId ? -1 : 1));

const seeds = [11, 23, 37, 41];
/** Changes the policy drafts made, over every council: the property must not pass vacuously. */
let policyChanges = 0;
let spanBreaches = 0;

describe('a preview equals publishing the draft on a copy and evaluating everyone', () => {
  it.each(seeds)('policy drafts, council %i', async (seed) => {
    const council = await generateCouncil(seed, 40, on);
    for (const draft of policyDrafts) {
      const head = await council.store.headPosition();
      const report = await previewPolicyDraft(
        council.store,
        draft.family,
        { document: draft, effectiveOn: on },
        asked(knownAt),
      );
      if (E.isLeft(report)) throw new Error(JSON.stringify(report.left));
      // Nothing written.
      expect(await council.store.headPosition()).toBe(head);

      const { copy, recordAt } = await copyOf(council.store);
      recordAt('2025-12-30T09:00:00.000Z');
      const published = await publishPolicyVersion(
        copy,
        draft.family,
        { document: draft },
        asked('2025-12-30T09:00:00.000Z'),
      );
      expect(E.isRight(published)).toBe(true);
      const before = verdicts(await everything(council.store), draft.family);
      const after = verdicts(await everything(copy), draft.family);

      expect(reported(report.right)).toEqual(movesBetween(before, after));
      expect(report.right.evaluated).toBe(before.size);
      expect(report.right.gain + report.right.lose).toBe(movesBetween(before, after).length);
      // Each change names criteria, unmet on the side that is not eligible.
      for (const team of report.right.byTeam)
        for (const c of [...team.gain, ...team.lose]) {
          expect(c.responsible.length).toBeGreaterThan(0);
          for (const r of c.responsible)
            expect(c.draft.eligible ? r.current : r.draft).toBe('unmet');
        }
      policyChanges += report.right.gain + report.right.lose;
    }
  });

  it.each(seeds)('framework drafts, council %i', async (seed) => {
    const council = await generateCouncil(seed, 40, on);
    for (const draft of frameworkDrafts) {
      const head = await council.store.headPosition();
      const report = await previewFrameworkDraft(
        council.store,
        draft.family,
        { document: draft, effectiveOn: ladderDay },
        asked(knownAt),
      );
      if (E.isLeft(report)) throw new Error(JSON.stringify(report.left));
      expect(await council.store.headPosition()).toBe(head);

      const { copy, recordAt } = await copyOf(council.store);
      recordAt('2025-12-30T09:00:00.000Z');
      const published = await publishCareerFramework(
        copy,
        draft.family,
        { document: draft },
        asked('2025-12-30T09:00:00.000Z'),
      );
      expect(E.isRight(published)).toBe(true);
      const log = await everything(council.store);
      const before = verdicts(log, draft.family, ladderDay);
      const after = verdicts(await everything(copy), draft.family, ladderDay);
      expect(reported(report.right)).toEqual(movesBetween(before, after));

      // Span: every Level 2 with more reports than the draft's span, counted from the log.
      const span = draft.grades.find((g) => g.code === 'L2')?.spanOfControl ?? 0;
      const reports = new Map<string, number>();
      for (const f of log) {
        const e = decodeEvent(f);
        if (E.isLeft(e) || e.right.type !== 'LineManagerAssigned') continue;
        const { managerId } = e.right.data;
        reports.set(managerId, (reports.get(managerId) ?? 0) + 1);
      }
      const expected = [...reports.entries()]
        .filter(([, n]) => n > span && n <= 5)
        .map(([id]) => id)
        .sort();
      expect(report.right.spanBreaches.map((b) => b.staffId).sort()).toEqual(expected);
      spanBreaches += expected.length;
    }
  });

  it('the drafts changed someone’s eligibility and span on these councils (not a vacuous pass)', () => {
    expect(policyChanges).toBeGreaterThan(0);
    expect(spanBreaches).toBeGreaterThan(0);
  });

  it('a date before the draft takes effect changes nothing, and says the draft is not in force', async () => {
    const council = await generateCouncil(7, 30, on);
    const draft = policyDrafts[0];
    if (draft === undefined) throw new Error('no draft');
    const report = await previewPolicyDraft(
      council.store,
      draft.family,
      { document: draft, effectiveOn: isoDate('2024-12-31') },
      asked(knownAt),
    );
    expect(report).toMatchObject({ _tag: 'Right', right: { gain: 0, lose: 0, byTeam: [] } });
    expect(E.isRight(report) && report.right.draft.inForce).toBe(false);
  });

  it('a draft publishing would refuse is refused the same way, and nothing is written', async () => {
    const council = await generateCouncil(7, 10, on);
    const head = await council.store.headPosition();
    const skipping = decodeOrThrow(PolicyDocument, {
      ...familyWorkerPolicyV1,
      version: 3,
      effectiveFrom: '2025-01-01',
    });
    const report = await previewPolicyDraft(
      council.store,
      'family-worker',
      { document: skipping },
      asked(knownAt),
    );
    expect(report).toMatchObject({
      _tag: 'Left',
      left: { kind: 'domain', error: { code: 'PolicyVersionOutOfSequence' } },
    });
    expect(await council.store.headPosition()).toBe(head);
  });
});
