import { afterEach, beforeEach, describe } from 'vitest';
import type { EventStore } from '../port/event-store';
import { appendAndReadTests } from './append-and-read.tests';
import { envelopeTests } from './envelope.tests';
import { expectedRevisionTests } from './expected-revision.tests';
import type { ConformanceContext, DuplicateDetection } from './fixtures';
export type { DuplicateDetection } from './fixtures';
import { idempotencyTests } from './idempotency.tests';
import { subscriptionTests } from './subscription.tests';
import { validationTests } from './validation.tests';

export interface ConformanceOptions {
  readonly duplicateDetection?: DuplicateDetection;
}

export interface StoreUnderTest {
  readonly store: EventStore;
  /** Called after every test; must tolerate a store the test already closed. */
  cleanup(): Promise<void>;
}

/**
 * The conformance suite: what makes an adapter an adapter. Call it from a `*.int.test.ts`
 * beside the adapter. `makeStore` runs before every test; tests only use streams under a
 * prefix of their own, so a shared server (EventStoreDB) may keep data between tests.
 */
export const describeEventStoreConformance = (
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  options: ConformanceOptions = {},
): void => {
  describe(`EventStore conformance: ${name}`, () => {
    let current: StoreUnderTest | undefined;
    const ctx: ConformanceContext = {
      store: () => {
        if (current === undefined) throw new Error('the store is made in beforeEach');
        return current.store;
      },
    };
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });

    describe('expected revision', () => expectedRevisionTests(ctx));
    describe('append and read', () => appendAndReadTests(ctx));
    describe('idempotent re-appends', () =>
      idempotencyTests(ctx, options.duplicateDetection ?? 'log-wide'));
    describe('validation', () => validationTests(ctx));
    describe('envelope', () => envelopeTests(ctx));
    describe('subscriptions', () => subscriptionTests(ctx));
  });
};
export { describePersonalDataSealing, type SealedStoreUnderTest } from './personal-data.tests';
