import type { PolicyDocument } from '../document';
import { familyWorkerPolicyV1 } from './family-worker';
import { socialWorkerPolicyV1, socialWorkerPolicyV2 } from './social-worker';

export { familyWorkerPolicyV1, socialWorkerPolicyV1, socialWorkerPolicyV2 };

/** Every seed policy version, in publication order. */
export const seedPolicies: readonly PolicyDocument[] = [
  familyWorkerPolicyV1,
  socialWorkerPolicyV1,
  socialWorkerPolicyV2,
];
