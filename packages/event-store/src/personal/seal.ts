import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { JsonValue } from '../port/envelope';
import type { SealedPersonal } from './sealed-form';

// AES-256-GCM with a fresh 96-bit IV per event. The additional data binds the ciphertext to
// its event id and key id, so a sealed part copied into another event does not open.

const aad = (eventId: string, keyId: string): Buffer => Buffer.from(`${eventId}\n${keyId}`);

export const seal = (
  clear: JsonValue,
  key: Buffer,
  keyId: string,
  eventId: string,
): SealedPersonal => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(eventId, keyId));
  const data = Buffer.concat([cipher.update(JSON.stringify(clear), 'utf8'), cipher.final()]);
  return {
    v: 1,
    key: keyId,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
};

/** The clear part; throws when the ciphertext or its tag were changed (tampering, not erasure). */
export const open = (sealed: SealedPersonal, key: Buffer, eventId: string): JsonValue => {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(aad(eventId, sealed.key));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const clear = Buffer.concat([
    decipher.update(Buffer.from(sealed.data, 'base64')),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(clear) as JsonValue;
};
