import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { FrameworkCommand } from '../commands/framework';
import type { Decider } from '../decider';
import type { DomainError } from '../errors';
import type { FrameworkEvent } from '../events/framework';
import type { FrameworkDocument } from '../frameworks/document';
import { validateFramework } from '../frameworks/validate';
import { utcDateOf } from '../primitives/time';
import { decideNextVersion, type VersionedKind } from '../versioned/next-version';

/** The versions of one family's framework published so far, in order. */
export interface FrameworkState {
  readonly versions: readonly FrameworkDocument[];
}

const evolveFramework = (state: FrameworkState, event: FrameworkEvent): FrameworkState => ({
  versions: [...state.versions, event.data.document],
});

const frameworkVersions: VersionedKind = {
  noun: 'career framework',
  codes: {
    forAnotherFamily: 'FrameworkForAnotherFamily',
    alreadyPublished: 'FrameworkVersionAlreadyPublished',
    outOfSequence: 'FrameworkVersionOutOfSequence',
    effectiveBeforePrevious: 'FrameworkEffectiveDateBeforePrevious',
  },
  // Dates already past were judged by the ladder then in force: a revision cannot reach back.
  backdatedCode: 'FrameworkRevisionBackdated',
};

const decideFramework = (
  command: FrameworkCommand,
  state: FrameworkState,
): E.Either<DomainError, readonly FrameworkEvent[]> => {
  const valid = validateFramework(command.data.document);
  if (E.isLeft(valid)) return valid;
  const document = valid.right;
  const publishedOn = utcDateOf(command.at);
  return pipe(
    decideNextVersion(frameworkVersions, state.versions, document, publishedOn),
    E.map((next) =>
      next === 'retry'
        ? []
        : [{ type: 'CareerFrameworkPublished', data: { document, publishedOn } }],
    ),
  );
};

/** One family's career framework: versioned, each version published once and never changed. */
export const frameworkDecider: Decider<FrameworkCommand, FrameworkEvent, FrameworkState> = {
  decide: decideFramework,
  evolve: evolveFramework,
  initialState: { versions: [] },
};
