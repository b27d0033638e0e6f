import type { ReallocationCause } from '../commands/caseload';
import type { CaseloadEvent } from '../events/caseload';
import type { Complexity } from '../frameworks/caseload-rules';
import type { NonEmptyString } from '../primitives/strings';
import type { IsoDate, IsoDateTime } from '../primitives/time';
import type { LibertyFlag } from './liberty';

/** Who holds a case now: since when, and until when if it is an emergency allocation. */
export interface Holder {
  readonly staffId: NonEmptyString;
  readonly since: IsoDate;
  readonly emergency?: { readonly startsAt: IsoDateTime; readonly expiresAt: IsoDateTime };
}

export interface OpenedCase {
  readonly status: 'open' | 'closed';
  readonly caseReference: string;
  readonly team: string;
  readonly complexity: Complexity;
  readonly libertyFlags: readonly LibertyFlag[];
  readonly openedOn: IsoDate;
  readonly holder: Holder | null;
  /** Everyone who has held it as an emergency: an emergency is not renewed to them. */
  readonly emergencyHolders: readonly string[];
  readonly needsReallocation: {
    readonly staffId: string;
    readonly cause: ReallocationCause;
  } | null;
}

export type AllocationState = { readonly status: 'none' } | OpenedCase;

const heldBy = (state: AllocationState, holder: Holder, emergency: boolean): AllocationState =>
  state.status === 'none'
    ? state
    : {
        ...state,
        holder,
        needsReallocation: null,
        emergencyHolders:
          emergency && !state.emergencyHolders.includes(holder.staffId)
            ? [...state.emergencyHolders, holder.staffId]
            : state.emergencyHolders,
      };

export const evolveAllocation = (state: AllocationState, event: CaseloadEvent): AllocationState => {
  switch (event.type) {
    case 'CaseOpened':
      return {
        status: 'open',
        caseReference: event.data.caseReference,
        team: event.data.team,
        complexity: event.data.complexity,
        libertyFlags: event.data.libertyFlags,
        openedOn: event.data.openedOn,
        holder: null,
        emergencyHolders: [],
        needsReallocation: null,
      };
    case 'CaseAllocated':
      return heldBy(state, { staffId: event.data.staffId, since: event.data.allocatedOn }, false);
    case 'CaseReallocated':
      return heldBy(state, { staffId: event.data.staffId, since: event.data.reallocatedOn }, false);
    case 'CaseEmergencyAllocated': {
      const { staffId, allocatedOn, startsAt, expiresAt } = event.data;
      return heldBy(
        state,
        { staffId, since: allocatedOn, emergency: { startsAt, expiresAt } },
        true,
      );
    }
    case 'CaseNeedsReallocation':
      return state.status === 'none'
        ? state
        : { ...state, needsReallocation: { staffId: event.data.staffId, cause: event.data.cause } };
    case 'CaseClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
  }
};

/** Whether an emergency allocation has lapsed at an instant (its expiry is not in it). */
export const emergencyLapsed = (holder: Holder | null, at: string): boolean =>
  holder?.emergency !== undefined && Date.parse(at) >= Date.parse(holder.emergency.expiresAt);
