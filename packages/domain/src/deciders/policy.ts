import * as E from 'fp-ts/Either';
import type { PolicyCommand } from '../commands/policy';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { PolicyEvent } from '../events/policy';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import type { PolicyDocument } from '../policies/document';
import { validatePolicy } from '../policies/validate';
import { toJson } from '../primitives/validation';
import { utcDateOf } from '../primitives/time';

/** The versions published so far, in order. */
export interface PolicyState {
  readonly versions: readonly PolicyDocument[];
}

const evolvePolicy = (state: PolicyState, event: PolicyEvent): PolicyState => ({
  versions: [...state.versions, event.data.document],
});

const sameDocument = (a: PolicyDocument, b: PolicyDocument): boolean =>
  JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));

const decidePolicy = (
  command: PolicyCommand,
  state: PolicyState,
  frameworks: FrameworkCatalogue,
): E.Either<DomainError, readonly PolicyEvent[]> => {
  const valid = validatePolicy(command.data.document, frameworks);
  if (E.isLeft(valid)) return valid;
  const document = valid.right;
  const latest = state.versions[state.versions.length - 1];
  if (latest !== undefined && latest.family !== document.family)
    return E.left(
      domainError(
        'PolicyForAnotherFamily',
        'One policy stream per job family',
        `this stream holds the ${latest.family} policy, not ${document.family}`,
      ),
    );
  const existing = state.versions.find((v) => v.version === document.version);
  if (existing !== undefined)
    // Re-publishing the identical version is a retry; a different one would rewrite history.
    return sameDocument(existing, document)
      ? E.right([])
      : E.left(
          domainError(
            'PolicyVersionAlreadyPublished',
            'A published policy version never changes',
            `version ${document.version} of the ${document.family} policy is already published; publish version ${state.versions.length + 1} instead`,
          ),
        );
  const expected = (latest?.version ?? 0) + 1;
  if (document.version !== expected)
    return E.left(
      domainError(
        'PolicyVersionOutOfSequence',
        'Policy versions are numbered 1, 2, 3 …',
        `expected version ${expected}, got ${document.version}`,
      ),
    );
  if (latest !== undefined && document.effectiveFrom <= latest.effectiveFrom)
    return E.left(
      domainError(
        'PolicyEffectiveDateBeforePrevious',
        'A new policy version takes effect after the one it replaces',
        `version ${document.version} takes effect ${document.effectiveFrom}, not after version ${latest.version} (${latest.effectiveFrom})`,
      ),
    );
  return E.right([
    { type: 'PolicyVersionPublished', data: { document, publishedOn: utcDateOf(command.at) } },
  ]);
};

/** A family's policy stream; the grades its criteria name are checked against the frameworks given. */
export const policyDecider = (
  frameworks: FrameworkCatalogue,
): Decider<PolicyCommand, PolicyEvent, PolicyState> => ({
  decide: (command, state) => decidePolicy(command, state, frameworks),
  evolve: evolvePolicy,
  initialState: { versions: [] },
});
