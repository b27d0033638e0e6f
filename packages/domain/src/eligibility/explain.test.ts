import { describe, expect, it } from 'vitest';
import { isoDate, isoDateTime } from '../../test/dates';
import { familyWorkerLevel1 } from '../../test/seed-scenarios';
import { evaluate } from './evaluate';
import { seedRules } from './rules';
import { explainVerdict } from './explain';

describe('an explained verdict for people', () => {
  it('names each criterion, the events it rested on, and what is missing', () => {
    const verdict = evaluate(familyWorkerLevel1().facts, seedRules, {
      effectiveOn: isoDate('2024-06-01'),
      knownAt: isoDateTime('2024-06-01T12:00:00Z'),
    });
    const text = explainVerdict(verdict).split('\n');
    expect(text[0]).toMatch(/^Not eligible for L2 on 2024-06-01 under family-worker policy v1/);
    expect(text).toContain(
      '  UNMET essential Specific vacant role at the next grade in Children’s Services — no open vacancy at L2 in childrens-services',
    );
    expect(text).toContain(
      '      missing: an open family-worker vacancy at L2 in childrens-services',
    );
    expect(text).toContain(
      '  met   essential Positive annual PDR — positive PDR for 2023-24, reviewed 2024-04-15 [fw-1-10]',
    );
  });

  it('fields come in one fixed order, so the JSON is the same byte for byte', () => {
    const verdict = evaluate(familyWorkerLevel1().facts, seedRules, {
      effectiveOn: isoDate('2024-06-01'),
      knownAt: isoDateTime('2024-06-01T12:00:00Z'),
    });
    expect(Object.keys(verdict)).toEqual([
      'staffId',
      'jobFamily',
      'fromGrade',
      'toGrade',
      'effectiveOn',
      'knownAt',
      'policy',
      'outcome',
      'eligible',
      'rank',
      'summary',
      'lines',
    ]);
  });
});
