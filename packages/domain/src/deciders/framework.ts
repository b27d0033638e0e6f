import * as E from 'fp-ts/Either';
import type { FrameworkCommand } from '../commands/framework';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { FrameworkEvent } from '../events/framework';
import type { FrameworkDocument } from '../frameworks/document';
import { validateFramework } from '../frameworks/validate';
import { toJson } from '../primitives/validation';
import { utcDateOf } from '../primitives/time';

/** The versions of one family's framework published so far, in order. */
export interface FrameworkState {
  readonly versions: readonly FrameworkDocument[];
}

const evolveFramework = (state: FrameworkState, event: FrameworkEvent): FrameworkState => ({
  versions: [...state.versions, event.data.document],
});

const sameDocument = (a: FrameworkDocument, b: FrameworkDocument): boolean =>
  JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));

type Result = E.Either<DomainError, readonly FrameworkEvent[]>;

/** Where a new version stands against the ones before it: in sequence, never rewriting. */
const checkSequence = (
  document: FrameworkDocument,
  state: FrameworkState,
  publishedOn: string,
): Result | undefined => {
  const latest = state.versions[state.versions.length - 1];
  const expected = (latest?.version ?? 0) + 1;
  if (document.version !== expected)
    return E.left(
      domainError(
        'FrameworkVersionOutOfSequence',
        'Career framework versions are numbered 1, 2, 3 …',
        `expected version ${expected} of the ${document.family} framework, got ${document.version}`,
      ),
    );
  if (latest === undefined) return undefined;
  if (document.effectiveFrom <= latest.effectiveFrom)
    return E.left(
      domainError(
        'FrameworkEffectiveDateBeforePrevious',
        'A new framework version takes effect after the one it replaces',
        `version ${document.version} takes effect ${document.effectiveFrom}, not after version ${latest.version} (${latest.effectiveFrom})`,
      ),
    );
  // Dates already past were judged by the ladder then in force: a revision cannot reach back.
  if (document.effectiveFrom < publishedOn)
    return E.left(
      domainError(
        'FrameworkRevisionBackdated',
        'A revised framework takes effect from the day it is published or later',
        `version ${document.version} would take effect ${document.effectiveFrom}, before it is published (${publishedOn})`,
      ),
    );
  return undefined;
};

const decideFramework = (command: FrameworkCommand, state: FrameworkState): Result => {
  const valid = validateFramework(command.data.document);
  if (E.isLeft(valid)) return valid;
  const document = valid.right;
  const first = state.versions[0];
  if (first !== undefined && first.family !== document.family)
    return E.left(
      domainError(
        'FrameworkForAnotherFamily',
        'One career framework stream per job family',
        `this stream holds the ${first.family} framework, not ${document.family}`,
      ),
    );
  const existing = state.versions.find((v) => v.version === document.version);
  if (existing !== undefined)
    // Re-publishing the identical version is a retry; a different one would rewrite history.
    return sameDocument(existing, document)
      ? E.right([])
      : E.left(
          domainError(
            'FrameworkVersionAlreadyPublished',
            'A published framework version never changes',
            `version ${document.version} of the ${document.family} framework is already published; publish version ${state.versions.length + 1} instead`,
          ),
        );
  const publishedOn = utcDateOf(command.at);
  const refused = checkSequence(document, state, publishedOn);
  if (refused !== undefined) return refused;
  return E.right([{ type: 'CareerFrameworkPublished', data: { document, publishedOn } }]);
};

/** One family's career framework: versioned, each version published once and never changed. */
export const frameworkDecider: Decider<FrameworkCommand, FrameworkEvent, FrameworkState> = {
  decide: decideFramework,
  evolve: evolveFramework,
  initialState: { versions: [] },
};
