import * as E from 'fp-ts/Either';
import { IsoDate, IsoDateTime } from '../src/primitives/time';

/** A checked calendar date for tests and examples (throws on a typo). */
export const isoDate = (s: string): IsoDate => {
  const d = IsoDate.decode(s);
  if (E.isLeft(d)) throw new TypeError(`not a date: ${s}`);
  return d.right;
};

/** A checked instant for tests and examples. */
export const isoDateTime = (s: string): IsoDateTime => {
  const d = IsoDateTime.decode(s);
  if (E.isLeft(d)) throw new TypeError(`not a date-time: ${s}`);
  return d.right;
};
