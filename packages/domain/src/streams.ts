import * as E from 'fp-ts/Either';

/** The kinds of aggregate, each with its own stream (DESIGN.md §2). */
export const streamKinds = [
  'staff',
  'vacancy',
  'regrade',
  'policy',
  'framework',
  'allocation',
  'personal',
] as const;
export type StreamKind = (typeof streamKinds)[number];

/** A stream's identity as data: the kind is a field, never recovered by splitting on `-`. */
export interface StreamId {
  readonly kind: StreamKind;
  readonly id: string;
}

export const StreamId = {
  staff: (id: string): StreamId => ({ kind: 'staff', id }),
  vacancy: (id: string): StreamId => ({ kind: 'vacancy', id }),
  regrade: (id: string): StreamId => ({ kind: 'regrade', id }),
  /** One policy stream per job family, e.g. `policy-family-worker`. */
  policy: (family: string): StreamId => ({ kind: 'policy', id: family }),
  /** One career framework stream per job family, e.g. `framework-family-worker`. */
  framework: (family: string): StreamId => ({ kind: 'framework', id: family }),
  /**
   * One stream per child's case Ladder allocates, keyed by its case reference. Named
   * `allocation-<ref>`, not `case-<ref>`: "case" already means a regrade case here
   * (`regrade-<id>`, `regradeCaseId`), and what this stream records is who holds the case.
   */
  allocation: (caseReference: string): StreamId => ({ kind: 'allocation', id: caseReference }),
  /** The erasure of one staff member's personal data (requests, erasures): `personal-<staffId>`. */
  personal: (staffId: string): StreamId => ({ kind: 'personal', id: staffId }),
};

/** `staff-<id>`, `vacancy-<id>`, `regrade-<id>`, `policy-<family>`, `framework-<family>`, `allocation-<ref>`. */
export const streamNameOf = (stream: StreamId): string => `${stream.kind}-${stream.id}`;

export interface UnknownStream {
  readonly code: 'UnknownStream';
  readonly streamName: string;
  readonly message: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Reads a stream name back into its identity, accepting only the known prefixes. */
export const parseStreamName = (streamName: string): E.Either<UnknownStream, StreamId> => {
  for (const kind of streamKinds) {
    const prefix = `${kind}-`;
    if (streamName.startsWith(prefix)) {
      const id = streamName.slice(prefix.length);
      if (ID.test(id)) return E.right({ kind, id });
    }
  }
  return E.left({
    code: 'UnknownStream',
    streamName,
    message: `"${streamName}" is not a Ladder stream (expected ${streamKinds.map((k) => `${k}-<id>`).join(', ')})`,
  });
};
