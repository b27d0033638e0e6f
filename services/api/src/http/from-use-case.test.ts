import { describe, expect, it } from 'vitest';
import type { UseCaseError } from '@ladder/application';
import { domainError } from '@ladder/domain';
import { ExpectedRevision } from '@ladder/event-store';
import { fromUseCaseError } from './from-domain';
import { statusOf } from './problem';

// Every kind of use-case refusal has one status and one problem, decided here alone.

const wrong = {
  code: 'WrongExpectedRevision' as const,
  streamName: 'staff-1',
  expected: ExpectedRevision.exact(1n),
  actual: 3n,
};

const cases: readonly (readonly [UseCaseError, number, string])[] = [
  [{ kind: 'domain', error: domainError('StaffHasLeft', 'r', 'm') }, 409, 'conflict'],
  [{ kind: 'domain', error: domainError('ApproverIsRequester', 'r', 'm') }, 422, 'rule-violation'],
  [{ kind: 'stale', error: wrong }, 412, 'precondition-failed'],
  [{ kind: 'store', error: wrong }, 409, 'wrong-expected-revision'],
  [{ kind: 'store', error: { code: 'StoreUnavailable', message: 'down' } }, 503, 'unavailable'],
  [{ kind: 'not-found', stream: { kind: 'regrade', id: 'rg-1' } }, 404, 'not-found'],
  [{ kind: 'not-in-line', managerId: 'tm-1', staffId: 'fw-1' }, 403, 'forbidden'],
  [
    { kind: 'policy-for-another-family', family: 'social-worker', documentFamily: 'family-worker' },
    400,
    'validation',
  ],
];

describe('use-case refusals at the edge', () => {
  it.each(cases)('%o is %i %s', (error, status, code) => {
    const problem = fromUseCaseError(error);
    expect(problem.code).toBe(code);
    expect(statusOf[problem.code]).toBe(status);
  });

  it('a stale If-Match names the current revision; a manager outside the line names the rule', () => {
    expect(fromUseCaseError({ kind: 'stale', error: wrong }).extra).toEqual({
      currentRevision: '3',
    });
    expect(
      fromUseCaseError({ kind: 'not-in-line', managerId: 'tm-1', staffId: 'fw-1' }),
    ).toMatchObject({
      rule: 'managers-act-on-own-reports',
      detail: 'staff fw-1 is not in the line of manager tm-1',
    });
  });

  it('another family’s document names the field and both families', () => {
    expect(
      fromUseCaseError({
        kind: 'policy-for-another-family',
        family: 'social-worker',
        documentFamily: 'family-worker',
      }),
    ).toMatchObject({
      field: 'document.family',
      detail: 'the document is for family-worker, the path says social-worker',
      errors: [{ in: 'body', field: 'document.family', message: 'must be social-worker' }],
    });
  });
});
