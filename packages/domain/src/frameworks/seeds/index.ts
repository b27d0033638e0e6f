import * as E from 'fp-ts/Either';
import { firstFailure } from '../../primitives/validation';
import type { FrameworkCatalogue } from '../catalogue';
import { FrameworkDocument } from '../document';
import { validateFramework } from '../validate';
import familyWorker from './family-worker.json';
import socialWorker from './social-worker.json';

// The two seed job descriptions' ladders, as an HR admin would write them: plain JSON,
// decoded and checked by the same codec and rules as any framework published through the API.
// The seed says nothing of a social worker span; SW2 may supervise trainees, hence 5.

const decodeSeed = (raw: unknown): FrameworkDocument => {
  const decoded = FrameworkDocument.decode(raw);
  if (E.isLeft(decoded)) {
    const { field, message } = firstFailure(decoded.left);
    throw new TypeError(`seed career framework is invalid: ${field} ${message}`);
  }
  const valid = validateFramework(decoded.right);
  if (E.isLeft(valid)) throw new TypeError(`seed career framework: ${valid.left.message}`);
  return valid.right;
};

export const familyWorkerFramework = decodeSeed(familyWorker);
export const socialWorkerFramework = decodeSeed(socialWorker);

/** Every seed framework version, in publication order. */
export const seedFrameworks: FrameworkCatalogue = [familyWorkerFramework, socialWorkerFramework];
