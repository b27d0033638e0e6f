import * as E from 'fp-ts/Either';
import { decodeEvent } from '../events/codec';
import { instantOf } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import type { JobFamily } from './codes';
import type { FrameworkDocument } from './document';

/** Every family's published framework versions: the ladders Ladder knows. */
export type FrameworkCatalogue = readonly FrameworkDocument[];

/**
 * The family's version in force on a date (`YYYY-MM-DD`): the latest effective date on or
 * before it; none before the family's first version.
 */
export const frameworkInForce = (
  catalogue: FrameworkCatalogue,
  family: string,
  effectiveOn: string,
): FrameworkDocument | undefined =>
  catalogue
    .filter((f) => f.family === family && f.effectiveFrom <= effectiveOn)
    .reduce<FrameworkDocument | undefined>(
      (best, f) =>
        best === undefined ||
        f.effectiveFrom > best.effectiveFrom ||
        (f.effectiveFrom === best.effectiveFrom && f.version > best.version)
          ? f
          : best,
      undefined,
    );

/** The family's versions, oldest first. */
export const frameworkVersions = (
  catalogue: FrameworkCatalogue,
  family: string,
): readonly FrameworkDocument[] =>
  catalogue.filter((f) => f.family === family).sort((a, b) => a.version - b.version);

/** The families the catalogue knows, in alphabetical order. */
export const frameworkFamilies = (catalogue: FrameworkCatalogue): readonly JobFamily[] =>
  [...new Set(catalogue.map((f) => f.family))].sort();

/** The framework versions published (recorded) by `knownAt`, from the framework streams' events. */
export const frameworksKnownAt = (
  recorded: readonly RecordedFact[],
  knownAt: string,
): FrameworkCatalogue =>
  recorded
    .filter((f) => instantOf(f.recordedAt) <= instantOf(knownAt))
    .flatMap((f) => {
      const decoded = decodeEvent(f);
      return E.isRight(decoded) && decoded.right.type === 'CareerFrameworkPublished'
        ? [decoded.right.data.document]
        : [];
    });
