import type * as E from 'fp-ts/Either';
import type {
  PolicyCommand,
  RegradeCommand,
  RegradeState,
  StaffCommand,
  StaffState,
  VacancyCommand,
  VacancyState,
  PolicyState,
  Verdict,
} from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import type { RunCommand } from './commands/command-port';
import type { ApiError } from './http/problem';
import type { ReadSide } from './read-side/read-side';

/** A stream folded into its decider's state, with the revision that is its ETag. */
export interface Loaded<S> {
  readonly state: S;
  readonly revision: bigint;
}

export interface EligibilityQuery {
  readonly staffId: string;
  readonly effectiveOn: string;
  /** As known at this instant (ISO date-time); omitted = now. */
  readonly knownAt?: string;
}

/** Everything the Ladder routes use; `createApp` wires it from a store and read models. */
export interface LadderServices {
  readonly run: {
    readonly staff: RunCommand<StaffCommand>;
    readonly vacancy: RunCommand<VacancyCommand>;
    readonly regrade: RunCommand<RegradeCommand>;
    readonly policy: RunCommand<PolicyCommand>;
  };
  readonly load: {
    readonly staff: (id: string) => Promise<E.Either<ApiError, Loaded<StaffState>>>;
    readonly vacancy: (id: string) => Promise<E.Either<ApiError, Loaded<VacancyState>>>;
    readonly regrade: (id: string) => Promise<E.Either<ApiError, Loaded<RegradeState>>>;
    readonly policy: (family: string) => Promise<E.Either<ApiError, Loaded<PolicyState>>>;
  };
  /** "As known at R, was this person eligible on E, and why" (the domain's evaluate). */
  readonly eligibility: (
    query: EligibilityQuery & { readonly regradeCaseId?: string },
  ) => Promise<E.Either<ApiError, Verdict>>;
  readonly read: ReadSide;
  /** Every event of a person's stream, as recorded (the auditor filters by the two time axes). */
  readonly history: (staffId: string) => Promise<E.Either<ApiError, readonly RecordedEvent[]>>;
  /** The edge's clock: commands are stamped with it. */
  readonly now: () => Date;
}
