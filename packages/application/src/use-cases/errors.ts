import type { StreamId } from '@ladder/domain';
import type { CommandError } from '../command-error';

/**
 * Why a use case did not do what was asked. Typed for any edge: the HTTP API maps each kind
 * to a status and a problem document in one place; nothing here knows about HTTP.
 */
export type UseCaseError =
  | CommandError
  /** There is no such record (an empty stream, or a regrade case never requested). */
  | { readonly kind: 'not-found'; readonly stream: StreamId }
  /** A manager acts only on their own direct reports. */
  | { readonly kind: 'not-in-line'; readonly managerId: string; readonly staffId: string }
  /** A manager acts only on their own team's cases (issue 15). */
  | {
      readonly kind: 'case-of-another-team';
      readonly managerId: string;
      readonly caseReference: string;
      readonly team: string;
    }
  /** A replay named a regrade case that is about someone else. */
  | { readonly kind: 'case-of-another-person'; readonly caseId: string; readonly staffId: string }
  /** A policy document published on another family's stream. */
  | {
      readonly kind: 'policy-for-another-family';
      readonly family: string;
      readonly documentFamily: string;
    }
  /** A career framework published on another family's stream. */
  | {
      readonly kind: 'framework-for-another-family';
      readonly family: string;
      readonly documentFamily: string;
    };
