import * as E from 'fp-ts/Either';
import {
  IsoDate,
  IsoDateTime,
  decodeFacts,
  evaluateDecoded,
  rulesKnownAt,
  type DecodedFact,
  type Grade,
  type RecordedFact,
  type Rules,
  type Verdict,
} from '@ladder/domain';

const brand = <A>(
  codec: { decode: (u: unknown) => E.Either<unknown, A> },
  value: string,
  what: string,
): A => {
  const decoded = codec.decode(value);
  if (E.isLeft(decoded)) throw new Error(`${what} "${value}" is not valid`);
  return decoded.right;
};

/** The move judged, when not the next grade by the first open vacancy (a regrade case's). */
export interface Move {
  readonly toGrade?: Grade;
  readonly vacancyId?: string;
}

/**
 * The domain's verdicts over facts read from the read model, with the decodings that make
 * asking again cheap. Whoever creates it owns what it keeps: the bound projection (one per
 * generation) or the read-model database's memory (for queries); both drop it with them.
 */
export const verdictEvaluator = () => {
  // Facts decoded once per list of them: a list is the same object until a new fact arrives
  // (see the inputs' caches), so its decoding serves every date asked about; a list no longer
  // kept is dropped with its decoding.
  const decodedLists = new WeakMap<readonly RecordedFact[], readonly DecodedFact[]>();
  // Decoding a policy or framework document is costly and the same few are read for every
  // person and every probed date: kept per list of rule facts and per prefix known at an instant.
  const policyMemo = new WeakMap<readonly RecordedFact[], Map<string, Rules>>();

  const decodedOnce = (facts: readonly RecordedFact[]): readonly DecodedFact[] => {
    const hit = decodedLists.get(facts);
    if (hit !== undefined) return hit;
    const decoded = decodeFacts(facts);
    decodedLists.set(facts, decoded);
    return decoded;
  };

  /** The family's policies and career frameworks as known at an instant, from their facts. */
  const rulesAsKnown = (policyFacts: readonly RecordedFact[], knownAt: string): Rules => {
    const cutoff = Date.parse(knownAt);
    const known = policyFacts.filter((f) => Date.parse(f.recordedAt) <= cutoff);
    const key = known.map((f) => f.eventId).join(',');
    let byKnown = policyMemo.get(policyFacts);
    if (byKnown === undefined) {
      byKnown = new Map();
      policyMemo.set(policyFacts, byKnown);
    }
    const hit = byKnown.get(key);
    if (hit !== undefined) return hit;
    const documents = rulesKnownAt(known, new Date(cutoff).toISOString());
    byKnown.set(key, documents);
    return documents;
  };

  /**
   * One person's explained verdict on a date, as known at an instant, from their history
   * decoded beforehand, so that each further date or instant costs no decoding again.
   */
  const verdictOn = (
    decoded: readonly DecodedFact[],
    policyFacts: readonly RecordedFact[],
    staffId: string,
    effectiveOn: string,
    knownAt: string,
    move: Move = {},
  ): Verdict =>
    evaluateDecoded(decoded, rulesAsKnown(policyFacts, knownAt), {
      effectiveOn: brand(IsoDate, effectiveOn, 'effectiveOn'),
      knownAt: brand(IsoDateTime, knownAt, 'knownAt'),
      staffId,
      ...move,
    });

  return { decodedOnce, rulesAsKnown, verdictOn };
};

export type VerdictEvaluator = ReturnType<typeof verdictEvaluator>;
