// Topic names are part of the public contract (docs/kafka.md). A prefix lets several
// Ladder installations, or test runs, share one cluster without reading each other's messages.

/** The aggregate kinds whose events are published, one topic each. */
export type PublishedKind =
  | 'staff'
  | 'vacancy'
  | 'regrade'
  | 'policy'
  | 'framework'
  // A case's allocation history, keyed by its case reference (issue 15).
  | 'allocation'
  // Erasure requests and erasures (issue 14): ids, roles and dates only.
  | 'personal';

export interface Topics {
  /** Integration events out: one topic per aggregate kind, keyed by the aggregate id. */
  readonly outbound: (kind: PublishedKind) => string;
  /** Training completions in, from the learning system. */
  readonly trainingCompletions: string;
  /** Vacancies in, from recruitment. */
  readonly vacancies: string;
  /** Inbound messages that could not be applied, with the reason in headers. */
  readonly deadLetter: string;
}

export const topicsFor = (prefix = ''): Topics => ({
  outbound: (kind) => `${prefix}ladder.${kind}.events.v1`,
  trainingCompletions: `${prefix}ladder.in.training-completions.v1`,
  vacancies: `${prefix}ladder.in.vacancies.v1`,
  deadLetter: `${prefix}ladder.in.dead-letter.v1`,
});
