import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { censusHistory } from '../test/history';
import { censusReturn } from './produce';
import { readCensusFacts } from './read-facts';
import { schemaPath } from './schema';
import { validateReturn, ValidatorMissing } from './validate';

const knownAt = '2026-10-01T12:00:00Z';

describe('the return validated by xmllint against Ladder’s XSD', () => {
  it('is a valid schema itself', () => {
    expect(() => execFileSync('xmllint', ['--noout', schemaPath], { stdio: 'pipe' })).not.toThrow();
  });

  it('validates a complete return (year ending 30 September 2025)', async () => {
    const facts = await readCensusFacts(censusHistory(), knownAt);
    const ret = censusReturn(facts, { year: 2025, knownAt, laCode: '303' });
    expect(ret.records.length).toBeGreaterThan(3);
    expect(await validateReturn(ret.xml, ret.records)).toEqual({ valid: true });
  });

  it('reports by worker and field when a worker has no Social Work England number', async () => {
    const facts = await readCensusFacts(censusHistory(), knownAt);
    const ret = censusReturn(facts, { year: 2026, knownAt, laCode: '303' });
    const result = await validateReturn(ret.xml, ret.records);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    const position = ret.records.findIndex((r) => r.staffId === 'j') + 1;
    expect(result.findings).toEqual([
      expect.objectContaining({ staffId: 'j', worker: position, field: 'SWENo' }),
    ]);
  });

  it('reports the header when the LA code is not three digits', async () => {
    const facts = await readCensusFacts(censusHistory(), knownAt);
    const ret = censusReturn(facts, { year: 2025, knownAt, laCode: '30' });
    const result = await validateReturn(ret.xml, ret.records);
    expect(result).toEqual({
      valid: false,
      findings: [expect.objectContaining({ staffId: null, worker: null, field: 'LEA' })],
    });
  });

  it('says so when xmllint cannot be run, rather than offering an unchecked file', async () => {
    const facts = await readCensusFacts(censusHistory(), knownAt);
    const ret = censusReturn(facts, { year: 2025, knownAt, laCode: '303' });
    await expect(validateReturn(ret.xml, ret.records, 'no-such-xmllint')).rejects.toBeInstanceOf(
      ValidatorMissing,
    );
  });
});
