import { randomBytes } from 'node:crypto';
import type { KeyLookup, KeyRecord, PersonalKeyService } from './key-service';

/** Keys in memory: for the memory store and tests (the same contract as the SQLite file). */
export const getMemoryKeyService = (now: () => Date = () => new Date()): PersonalKeyService => {
  const keys = new Map<string, { subject: string; key: Buffer | null } & KeyRecord>();
  const erased = new Map<string, string>();
  const destroy = (match: (k: { subject: string; keyId: string }) => boolean, at: string) => {
    let destroyed = 0;
    for (const [id, k] of keys)
      if (k.key !== null && match(k)) {
        k.key.fill(0);
        keys.set(id, { ...k, key: null, destroyedAt: at });
        destroyed++;
      }
    return Promise.resolve({ destroyed });
  };
  return {
    keyForWriting(subject, keyId) {
      const gone = erased.get(subject);
      if (gone !== undefined) return Promise.resolve({ kind: 'subject-erased', erasedAt: gone });
      let k = keys.get(keyId);
      if (k === undefined) {
        k = {
          keyId,
          subject,
          key: randomBytes(32),
          createdAt: now().toISOString(),
          destroyedAt: null,
        };
        keys.set(keyId, k);
      }
      if (k.key === null)
        return Promise.reject(new Error(`personal data key ${keyId} was destroyed`));
      return Promise.resolve({ kind: 'key', key: k.key });
    },
    keyForReading(keyId): Promise<KeyLookup> {
      const k = keys.get(keyId);
      if (k === undefined) return Promise.resolve({ kind: 'unknown' });
      if (k.key === null)
        return Promise.resolve({ kind: 'destroyed', destroyedAt: k.destroyedAt ?? '' });
      return Promise.resolve({ kind: 'key', key: k.key });
    },
    destroySubject(subject, at) {
      if (!erased.has(subject)) erased.set(subject, at);
      return destroy((k) => k.subject === subject, at);
    },
    destroyKey: (keyId, at) => destroy((k) => k.keyId === keyId, at),
    keysOf: (subject) =>
      Promise.resolve(
        [...keys.values()]
          .filter((k) => k.subject === subject)
          .map(({ keyId, createdAt, destroyedAt }) => ({ keyId, createdAt, destroyedAt })),
      ),
    close: () => Promise.resolve(),
  };
};
