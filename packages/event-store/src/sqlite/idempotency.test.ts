import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { ExpectedRevision } from '../port/expected-revision';
import { answerRetriedAppend, type StoredEventRef } from './idempotency';

const ref = (
  revision: bigint,
  batchStart: bigint,
  batchSize: bigint,
  streamName = 'staff-1',
): StoredEventRef => ({
  streamName,
  revision,
  position: revision + 100n,
  batchStart,
  batchSize,
});

describe('answerRetriedAppend', () => {
  const batch = [ref(3n, 3n, 2n), ref(4n, 3n, 2n)];

  it('answers an exact retry with the first result', () => {
    expect(
      answerRetriedAppend('staff-1', ['a', 'b'], batch, ExpectedRevision.exact(2n), 9n),
    ).toEqual(E.right({ nextExpectedRevision: 4n, position: 104n }));
    expect(answerRetriedAppend('staff-1', ['a', 'b'], batch, ExpectedRevision.any, 9n)).toEqual(
      E.right({ nextExpectedRevision: 4n, position: 104n }),
    );
  });

  it('refuses a prefix, a superset or a shifted window of an earlier batch', () => {
    const code = (r: ReturnType<typeof answerRetriedAppend>): string =>
      E.isLeft(r) ? r.left.code : 'ok';
    expect(code(answerRetriedAppend('staff-1', ['a'], [batch[0]], ExpectedRevision.any, 9n))).toBe(
      'DuplicateEventId',
    );
    expect(
      code(
        answerRetriedAppend(
          'staff-1',
          ['a', 'b', 'c'],
          [...batch, undefined],
          ExpectedRevision.any,
          9n,
        ),
      ),
    ).toBe('DuplicateEventId');
    expect(
      code(
        answerRetriedAppend(
          'staff-1',
          ['b', 'c'],
          [ref(4n, 3n, 2n), ref(5n, 5n, 2n)],
          ExpectedRevision.any,
          9n,
        ),
      ),
    ).toBe('DuplicateEventId');
    expect(
      code(answerRetriedAppend('staff-2', ['a', 'b'], batch, ExpectedRevision.any, 'no-stream')),
    ).toBe('DuplicateEventId');
  });

  it('a retry under another expected revision is the conflict it is now, or a duplicate', () => {
    expect(
      answerRetriedAppend('staff-1', ['a', 'b'], batch, ExpectedRevision.noStream, 9n),
    ).toMatchObject(E.left({ code: 'WrongExpectedRevision', actual: 9n }));
    expect(
      answerRetriedAppend('staff-1', ['a', 'b'], batch, ExpectedRevision.exact(9n), 9n),
    ).toMatchObject(E.left({ code: 'DuplicateEventId', eventId: 'a' }));
  });
});
