import * as E from 'fp-ts/Either';
import { decodeEvent } from '../events/codec';
import { instantOf, type IsoDate } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import type { PolicyDocument } from './document';

/** The family's version in force on a date: the latest effective date on or before it. */
export const policyInForce = (
  policies: readonly PolicyDocument[],
  family: string,
  effectiveOn: IsoDate,
): PolicyDocument | undefined =>
  policies
    .filter((p) => p.family === family && p.effectiveFrom <= effectiveOn)
    .reduce<PolicyDocument | undefined>(
      (best, p) =>
        best === undefined ||
        p.effectiveFrom > best.effectiveFrom ||
        (p.effectiveFrom === best.effectiveFrom && p.version > best.version)
          ? p
          : best,
      undefined,
    );

/** The policy versions published (recorded) by `knownAt`, from the policy streams' events. */
export const policiesKnownAt = (
  recorded: readonly RecordedFact[],
  knownAt: string,
): readonly PolicyDocument[] =>
  recorded
    .filter((f) => instantOf(f.recordedAt) <= instantOf(knownAt))
    .flatMap((f) => {
      const decoded = decodeEvent(f);
      return E.isRight(decoded) && decoded.right.type === 'PolicyVersionPublished'
        ? [decoded.right.data.document]
        : [];
    });
