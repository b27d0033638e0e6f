import { frameworksKnownAt, type FrameworkCatalogue } from '../frameworks/catalogue';
import { seedFrameworks } from '../frameworks/seeds';
import type { PolicyDocument } from '../policies/document';
import { seedPolicies } from '../policies/seeds';
import { policiesKnownAt } from '../policies/select';
import type { RecordedFact } from '../recorded-fact';

/**
 * What a verdict is judged against: the progression policies (what it takes to climb) and
 * the career frameworks (the ladder: which grade is next, how it is reached). Both are data
 * with effective dates; each is taken as known at the verdict's `knownAt`.
 */
export interface Rules {
  readonly policies: readonly PolicyDocument[];
  readonly frameworks: FrameworkCatalogue;
}

/** The policy and framework versions recorded by `knownAt`, from their streams' events. */
export const rulesKnownAt = (recorded: readonly RecordedFact[], knownAt: string): Rules => ({
  policies: policiesKnownAt(recorded, knownAt),
  frameworks: frameworksKnownAt(recorded, knownAt),
});

/** The seeds' rules: both councils' policies and frameworks, every version. */
export const seedRules: Rules = { policies: seedPolicies, frameworks: seedFrameworks };
