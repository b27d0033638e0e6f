import { setTimeout as sleep } from 'node:timers/promises';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../port/envelope';
import { getMemoryEventStore } from '../memory/memory-event-store';
import { getMemoryKeyService } from './memory-keys';
import { sealPersonalData } from './sealing-store';

const event = (i: number, personal: boolean): NewEvent => ({
  eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  type: personal ? 'Joined' : 'FactRecorded',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'hr-1', role: 'hr-admin' },
  correlationId: `c-${i}`,
  causationId: null,
  data: personal ? { i, personal: { name: `Person ${i}` } } : { i },
});

describe('the sealing store', () => {
  it('hands appends to the store in the order they were called, though a key is slow to come', async () => {
    const keys = getMemoryKeyService();
    // The first key of each person takes a while (a key service over the network would).
    const slowKeys = {
      ...keys,
      keyForWriting: async (subject: string, keyId: string) => {
        await sleep(20);
        return keys.keyForWriting(subject, keyId);
      },
    };
    const store = sealPersonalData(getMemoryEventStore(), {
      keys: slowKeys,
      keyOf: (subject) => ({ subject, keyId: `${subject}/hr` }),
    });
    // As the seeding sends them: a person's joining (sealed) then their facts (nothing to seal).
    const calls = Array.from({ length: 12 }, (_, i) =>
      store.append(`staff-${Math.floor(i / 4)}`, [event(i, i % 4 === 0)]),
    );
    for (const result of await Promise.all(calls)) expect(E.isRight(result)).toBe(true);
    const order: number[] = [];
    for await (const e of store.readAll()) order.push((e.data as { i: number }).i);
    expect(order).toEqual(Array.from({ length: 12 }, (_, i) => i));
    await store.close();
  });
});
