import { randomBytes } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * A time-ordered UUID (version 7 layout: 48-bit milliseconds, then a per-millisecond
 * sequence, then random bits), so consecutive ids land at the end of a b-tree index.
 */
export const uuidV7 = (): string => {
  const ms = Date.now();
  sequence = ms === lastMs ? sequence + 1 : 0;
  lastMs = ms;
  const time = ms.toString(16).padStart(12, '0');
  const seq = (sequence & 0xfff).toString(16).padStart(3, '0');
  const random = randomBytes(8).toString('hex');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${seq}-a${random.slice(0, 3)}-${random.slice(3, 15)}`;
};
