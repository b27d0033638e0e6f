import * as E from 'fp-ts/Either';
import { firstFailure } from '../../primitives/validation';
import { PolicyDocument } from '../document';

/** Seeds are written as plain data and checked by the same codec as any published policy. */
export const decodeSeed = (raw: unknown): PolicyDocument => {
  const decoded = PolicyDocument.decode(raw);
  if (E.isLeft(decoded)) {
    const { field, message } = firstFailure(decoded.left);
    throw new TypeError(`seed policy is invalid: ${field} ${message}`);
  }
  return decoded.right;
};
