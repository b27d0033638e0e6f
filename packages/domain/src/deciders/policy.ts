import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { PolicyCommand } from '../commands/policy';
import type { Decider } from '../decider';
import type { DomainError } from '../errors';
import type { PolicyEvent } from '../events/policy';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import type { PolicyDocument } from '../policies/document';
import { validatePolicy } from '../policies/validate';
import { utcDateOf } from '../primitives/time';
import { decideNextVersion, type VersionedKind } from '../versioned/next-version';

/** The versions published so far, in order. */
export interface PolicyState {
  readonly versions: readonly PolicyDocument[];
}

const evolvePolicy = (state: PolicyState, event: PolicyEvent): PolicyState => ({
  versions: [...state.versions, event.data.document],
});

const policyVersions: VersionedKind = {
  noun: 'policy',
  codes: {
    forAnotherFamily: 'PolicyForAnotherFamily',
    alreadyPublished: 'PolicyVersionAlreadyPublished',
    outOfSequence: 'PolicyVersionOutOfSequence',
    effectiveBeforePrevious: 'PolicyEffectiveDateBeforePrevious',
  },
};

const decidePolicy = (
  command: PolicyCommand,
  state: PolicyState,
  frameworks: FrameworkCatalogue,
): E.Either<DomainError, readonly PolicyEvent[]> => {
  const valid = validatePolicy(command.data.document, frameworks);
  if (E.isLeft(valid)) return valid;
  const document = valid.right;
  const publishedOn = utcDateOf(command.at);
  return pipe(
    decideNextVersion(policyVersions, state.versions, document, publishedOn),
    E.map((next) =>
      next === 'retry' ? [] : [{ type: 'PolicyVersionPublished', data: { document, publishedOn } }],
    ),
  );
};

/** A family's policy stream; the grades its criteria name are checked against the frameworks given. */
export const policyDecider = (
  frameworks: FrameworkCatalogue,
): Decider<PolicyCommand, PolicyEvent, PolicyState> => ({
  decide: (command, state) => decidePolicy(command, state, frameworks),
  evolve: evolvePolicy,
  initialState: { versions: [] },
});
