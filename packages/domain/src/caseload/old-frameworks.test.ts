import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../events/codec';
import { parseStreamName, streamNameOf, StreamId } from '../streams';
import { caseloadPolicyOf, caseloadRuleOf, DEFAULT_GRADE_CASELOAD_RULE } from './rule-of';

// A store written before caseload rules existed holds framework versions without them.
const storedBeforeIssue15 = {
  type: 'CareerFrameworkPublished',
  schemaVersion: 1,
  data: {
    publishedOn: '2024-01-02',
    document: {
      family: 'social-worker',
      version: 1,
      effectiveFrom: '2017-04-01',
      title: "Social Worker (Children's Services, BEXLEYSW2/3)",
      employer: 'London Borough of Bexley',
      route: 'assessment',
      grades: [
        { code: 'SW2', label: 'Social Worker SW2', spanOfControl: 5, censusRole: 'case-holder' },
        { code: 'SW3', label: 'Social Worker SW3', spanOfControl: 5, censusRole: 'case-holder' },
      ],
    },
  },
};

describe('framework versions published before caseload rules', () => {
  it('still decode, and their grades take the stated safe default', () => {
    const decoded = decodeEvent(storedBeforeIssue15);
    if (E.isLeft(decoded) || decoded.right.type !== 'CareerFrameworkPublished')
      throw new Error('an old framework event must decode');
    const { document } = decoded.right.data;
    expect(caseloadRuleOf(document, 'SW3')).toEqual({
      rule: DEFAULT_GRADE_CASELOAD_RULE,
      stated: false,
    });
    expect(caseloadPolicyOf(document)).toEqual({ limitPerFte: null, emergencyAllocationHours: 72 });
  });
});

describe('the allocation stream', () => {
  it('is allocation-<case reference>, read back by its kind', () => {
    expect(streamNameOf(StreamId.allocation('CIN-004211'))).toBe('allocation-CIN-004211');
    expect(parseStreamName('allocation-CIN-004211')).toEqual(
      E.right({ kind: 'allocation', id: 'CIN-004211' }),
    );
  });
});
