import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent } from '../port/envelope';
import type { EventStore } from '../port/event-store';
import type { PersonalKeyService } from '../personal/key-service';
import { sealPersonalData, type PersonalKeyRef } from '../personal/sealing-store';
import { storedFormOf } from '../personal/stored-form';
import { collect, left, newEvent, right, takeEvents, uniquePrefix } from './fixtures';

/** An inner store and a key service; the suite puts the sealing decorator over them. */
export interface SealedStoreUnderTest {
  readonly inner: EventStore;
  readonly keys: PersonalKeyService;
  cleanup(): Promise<void>;
}

// The person is the stream; a DBS check's details get a key of their own, as Ladder's do.
const keyOf = (streamName: string, event: NewEvent): PersonalKeyRef => ({
  subject: streamName,
  keyId:
    event.type === 'DbsCheckRecorded' ? `${streamName}/dbs/${event.eventId}` : `${streamName}/hr`,
});

const joined = (name: string): NewEvent =>
  newEvent({ data: { grade: 8, personal: { name, dateOfBirth: '1980-02-03' } } });
const dbsCheck = (certificateNumber: string): NewEvent =>
  newEvent({
    type: 'DbsCheckRecorded',
    data: { level: 'enhanced', personal: { certificateNumber } },
  });

/** Sealing over an adapter: what is stored is ciphertext, what is read is clear or erased. */
export const describePersonalDataSealing = (
  name: string,
  make: () => Promise<SealedStoreUnderTest>,
): void => {
  describe(`personal data sealed over ${name}`, () => {
    let current: SealedStoreUnderTest | undefined;
    let sealed: EventStore;
    const inner = () => {
      if (current === undefined) throw new Error('made in beforeEach');
      return current.inner;
    };
    const keys = () => {
      if (current === undefined) throw new Error('made in beforeEach');
      return current.keys;
    };
    beforeEach(async () => {
      current = await make();
      sealed = sealPersonalData(current.inner, { keys: current.keys, keyOf });
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });

    it('stores ciphertext and reads the clear part back, facts untouched', async () => {
      const stream = `${uniquePrefix()}staff-1`;
      const event = joined('Ada Okafor');
      right(await sealed.append(stream, [event]));
      const [raw] = await collect(inner().readStream(stream));
      expect(JSON.stringify(raw?.data)).not.toContain('Ada Okafor');
      expect(JSON.stringify(raw?.data)).not.toContain('1980-02-03');
      expect(raw?.data).toMatchObject({
        grade: 8,
        personal: { sealed: { v: 1, key: `${stream}/hr` } },
      });
      const [read] = await collect(sealed.readStream(stream));
      expect(read?.data).toEqual(event.data);
      const [all] = await collect(sealed.readAll({ filter: { streamPrefixes: [stream] } }));
      expect(all?.data).toEqual(event.data);
      // The audit trail hashes what is stored: the opened event leads back to it.
      expect(read === undefined ? null : storedFormOf(read)).toEqual(raw);
    });

    it('after the key is destroyed, reads give the erased marker and the same facts', async () => {
      const stream = `${uniquePrefix()}staff-2`;
      right(await sealed.append(stream, [joined('Ben Ward'), dbsCheck('001234567890')]));
      const before = await collect(inner().readStream(stream));
      expect(await keys().destroySubject(stream, '2026-12-02T10:00:00.000Z')).toEqual({
        destroyed: 2,
      });
      const read = await collect(sealed.readStream(stream));
      expect(read.map((e) => e.data)).toEqual([
        { grade: 8, personal: { erased: true, erasedAt: '2026-12-02T10:00:00.000Z' } },
        { level: 'enhanced', personal: { erased: true, erasedAt: '2026-12-02T10:00:00.000Z' } },
      ]);
      // Nothing stored changed: history is whole, only unreadable.
      expect(await collect(inner().readStream(stream))).toEqual(before);
      const subscription = sealed.subscribeToAll({ filter: { streamPrefixes: [stream] } });
      const iterator = subscription[Symbol.asyncIterator]();
      const { events } = await takeEvents(iterator, 2);
      await subscription.close();
      expect(events.map((e) => e.data)).toEqual(read.map((e) => e.data));
    });

    it('refuses new personal data for an erased person, writing nothing', async () => {
      const stream = `${uniquePrefix()}staff-3`;
      right(await sealed.append(stream, [joined('Cy Dunn')]));
      await keys().destroySubject(stream, '2026-12-02T10:00:00.000Z');
      const error = left(await sealed.append(stream, [newEvent(), joined('Cy Dunn')]));
      expect(error).toMatchObject({ code: 'InvalidInput', field: 'events[1].data.personal' });
      expect(await collect(inner().readStream(stream))).toHaveLength(1);
      // Facts without personal data are still written.
      right(await sealed.append(stream, [newEvent()]));
    });

    it("destroys one record's key (a DBS certificate) and leaves the rest readable", async () => {
      const stream = `${uniquePrefix()}staff-4`;
      const check = dbsCheck('009876543210');
      right(await sealed.append(stream, [joined('Di Evans'), check]));
      await keys().destroyKey(`${stream}/dbs/${check.eventId}`, '2026-12-02T11:00:00.000Z');
      const read = await collect(sealed.readStream(stream));
      expect(read[0]?.data).toEqual(joined('Di Evans').data);
      expect(read[1]?.data).toEqual({
        level: 'enhanced',
        personal: { erased: true, erasedAt: '2026-12-02T11:00:00.000Z' },
      });
    });

    it('reads clear-text personal parts written before sealing as they are', async () => {
      const stream = `${uniquePrefix()}staff-5`;
      const old = joined('Eve Fox');
      right(await inner().append(stream, [old]));
      const [read] = await collect(sealed.readStream(stream));
      expect(read?.data).toEqual(old.data);
    });

    it('passes events without personal data through unchanged', async () => {
      const stream = `${uniquePrefix()}staff-6`;
      const event = newEvent();
      right(await sealed.append(stream, [event]));
      const [raw] = await collect(inner().readStream(stream));
      expect(raw?.data).toEqual(event.data);
    });
  });
};
