import * as E from 'fp-ts/Either';
import { domainError, type DomainError, type DomainErrorCode } from '../errors';
import { toJson } from '../primitives/validation';

/** What a versioned rule document (a progression policy, a career framework) has in common. */
export interface VersionedDocument {
  readonly family: string;
  readonly version: number;
  readonly effectiveFrom: string;
}

/** How one kind of versioned document names itself in refusals, and its one extra rule. */
export interface VersionedKind {
  /** In a rule's words, e.g. "policy" or "career framework". */
  readonly noun: string;
  readonly codes: {
    readonly forAnotherFamily: DomainErrorCode;
    readonly alreadyPublished: DomainErrorCode;
    readonly outOfSequence: DomainErrorCode;
    readonly effectiveBeforePrevious: DomainErrorCode;
  };
  /**
   * Set where a revision may not take effect before the day it is published (dates already
   * past were judged by the version then in force); the code to refuse it with.
   */
  readonly backdatedCode?: DomainErrorCode;
}

/** `publish` the document as the next version, or `retry`: the identical version is already there. */
export type NextVersion = 'publish' | 'retry';

const sameDocument = (a: VersionedDocument, b: VersionedDocument): boolean =>
  JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));

const capitalised = (noun: string): string => noun.charAt(0).toUpperCase() + noun.slice(1);

/**
 * The rule every versioned document stream keeps: one family per stream; versions numbered
 * 1, 2, 3 …; each takes effect after the one before; a published version never changes, and
 * publishing the identical one again is a retry, not a refusal.
 */
export const decideNextVersion = <D extends VersionedDocument>(
  kind: VersionedKind,
  versions: readonly D[],
  document: D,
  publishedOn: string,
): E.Either<DomainError, NextVersion> => {
  const { noun, codes } = kind;
  const latest = versions[versions.length - 1];
  if (latest !== undefined && latest.family !== document.family)
    return E.left(
      domainError(
        codes.forAnotherFamily,
        `One ${noun} stream per job family`,
        `this stream holds the ${latest.family} ${noun}, not ${document.family}`,
      ),
    );
  const existing = versions.find((v) => v.version === document.version);
  if (existing !== undefined)
    return sameDocument(existing, document)
      ? E.right('retry')
      : E.left(
          domainError(
            codes.alreadyPublished,
            `A published ${noun} version never changes`,
            `version ${document.version} of the ${document.family} ${noun} is already published; publish version ${versions.length + 1} instead`,
          ),
        );
  const expected = (latest?.version ?? 0) + 1;
  if (document.version !== expected)
    return E.left(
      domainError(
        codes.outOfSequence,
        `${capitalised(noun)} versions are numbered 1, 2, 3 …`,
        `expected version ${expected} of the ${document.family} ${noun}, got ${document.version}`,
      ),
    );
  if (latest === undefined) return E.right('publish');
  if (document.effectiveFrom <= latest.effectiveFrom)
    return E.left(
      domainError(
        codes.effectiveBeforePrevious,
        `A new ${noun} version takes effect after the one it replaces`,
        `version ${document.version} takes effect ${document.effectiveFrom}, not after version ${latest.version} (${latest.effectiveFrom})`,
      ),
    );
  if (kind.backdatedCode !== undefined && document.effectiveFrom < publishedOn)
    return E.left(
      domainError(
        kind.backdatedCode,
        `A revised ${noun} takes effect from the day it is published or later`,
        `version ${document.version} would take effect ${document.effectiveFrom}, before it is published (${publishedOn})`,
      ),
    );
  return E.right('publish');
};
