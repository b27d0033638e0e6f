import * as E from 'fp-ts/Either';
import { Grade, JobFamily } from '../src/frameworks/codes';

/** A checked job family code for tests and examples (throws on a typo). */
export const jobFamily = (s: string): JobFamily => {
  const d = JobFamily.decode(s);
  if (E.isLeft(d)) throw new TypeError(`not a job family code: ${s}`);
  return d.right;
};

/** A checked grade code for tests and examples. */
export const grade = (s: string): Grade => {
  const d = Grade.decode(s);
  if (E.isLeft(d)) throw new TypeError(`not a grade code: ${s}`);
  return d.right;
};
