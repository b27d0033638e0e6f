import { describe, expect, it } from 'vitest';
import { event, logBuilder } from '../../test/build';
import { isoDate } from '../../test/dates';
import { StreamId } from '../streams';
import { frameworkInForce, frameworksKnownAt } from './catalogue';
import { gradeAbove } from './ladder';
import { familyWorkerFramework, seedFrameworks } from './seeds';

const v2: unknown = {
  ...familyWorkerFramework,
  version: 2,
  effectiveFrom: '2027-04-01',
  // Level 3 is retired; Level 2 may line-manage 8.
  grades: familyWorkerFramework.grades
    .filter((g) => g.code !== 'L3')
    .map((g) => (g.code === 'L2' ? { ...g, spanOfControl: 8 } : g)),
};

describe('the framework in force on a date', () => {
  const log = logBuilder();
  log.record(
    StreamId.framework('family-worker'),
    event('CareerFrameworkPublished', {
      document: familyWorkerFramework,
      publishedOn: '2017-07-20',
    }),
    { recordedAt: '2017-07-20T09:00:00Z' },
  );
  log.record(
    StreamId.framework('family-worker'),
    event('CareerFrameworkPublished', { document: v2, publishedOn: '2026-12-02' }),
    { recordedAt: '2026-12-02T09:00:00Z' },
  );
  const known = frameworksKnownAt(log.facts, '2030-01-01T00:00:00Z');

  it('is the latest version whose effective date is on or before it', () => {
    expect(frameworkInForce(known, 'family-worker', isoDate('2027-03-31'))?.version).toBe(1);
    expect(frameworkInForce(known, 'family-worker', isoDate('2027-04-01'))?.version).toBe(2);
    expect(frameworkInForce(known, 'family-worker', isoDate('2017-07-31'))).toBeUndefined();
    expect(frameworkInForce(known, 'youth-worker', isoDate('2027-04-01'))).toBeUndefined();
  });

  it('changing a span of control does not rewrite the past', () => {
    const span = (on: string) =>
      frameworkInForce(known, 'family-worker', isoDate(on))?.grades.find((g) => g.code === 'L2')
        ?.spanOfControl;
    expect(span('2026-12-01')).toBe(5);
    expect(span('2027-04-01')).toBe(8);
  });

  it('a retired grade keeps its place on the dates it existed', () => {
    const before = frameworkInForce(known, 'family-worker', isoDate('2027-03-31'));
    const after = frameworkInForce(known, 'family-worker', isoDate('2027-04-01'));
    expect(gradeAbove(before, 'L2')?.code).toBe('L3');
    expect(gradeAbove(after, 'L2')).toBeUndefined();
  });

  it('is only what was recorded by the instant asked about', () => {
    const then = frameworksKnownAt(log.facts, '2026-12-01T00:00:00Z');
    expect(then.map((f) => f.version)).toEqual([1]);
  });

  it('the seeds are the two councils’ ladders, as data', () => {
    expect(seedFrameworks.map((f) => [f.family, f.grades.map((g) => g.code)])).toEqual([
      ['family-worker', ['L1', 'L2', 'L3']],
      ['social-worker', ['SW2', 'SW3']],
    ]);
  });
});
