import type { Grade, IsoDate, IsoDateTime, Verdict } from '@ladder/domain';

// The one place a verdict comes from: the eligibility read model (`@ladder/projections`'
// `eligibilityReads`), which the API, the regrade assessment and the projections' own
// pipeline all ask. The use cases hold this port, not the read model, so that they keep to
// the event-store port and the domain.

export interface VerdictQuery {
  readonly staffId: string;
  readonly effectiveOn: IsoDate;
  readonly knownAt: IsoDateTime;
  /** The grade a regrade case asks for; omitted: the next grade up the family's ladder. */
  readonly toGrade?: Grade;
  /** The vacancy a regrade case names; omitted: the first one open at that grade. */
  readonly vacancyId?: string;
}

export interface EligibilityReads {
  /** Resolves once the read model has applied the log through `position`. */
  readonly through: (position: bigint) => Promise<void>;
  /** The explained verdict, or undefined when the read model has no such person. */
  readonly verdictOn: (query: VerdictQuery) => Verdict | undefined;
}
