import * as E from 'fp-ts/Either';
import type { CaseloadCommand } from '../commands/caseload';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { CaseloadEvent } from '../events/caseload';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { utcDateOf, type IsoDate, type IsoDateTime } from '../primitives/time';
import { allocationFit, type AllocationFit } from './fit';
import { evolveAllocation, type AllocationState, type OpenedCase } from './state';
import type { WorkerOnDate } from './worker';

type Result = E.Either<DomainError, readonly CaseloadEvent[]>;

const refuse = (error: DomainError): Result => E.left(error);

const notOpened = (): Result =>
  refuse(domainError('CaseNotOpened', 'A case is opened before it is allocated', 'no such case'));

const closed = (s: OpenedCase): Result =>
  refuse(
    domainError(
      'CaseAlreadyClosed',
      'A closed case takes no more allocations',
      `case ${s.caseReference} is closed`,
    ),
  );

const beforeDate = (what: string, on: IsoDate, earliest: IsoDate, since: string): Result =>
  refuse(
    domainError(
      'DatesOutOfOrder',
      'A case’s steps follow one another in time',
      `${what} on ${on} is before ${since} (${earliest})`,
    ),
  );

/** What every allocation records of the judgement it passed. */
const judged = (worker: WorkerOnDate, fit: AllocationFit) => ({
  staffId: worker.staffId,
  jobFamily: worker.jobFamily,
  grade: worker.grade,
  frameworkVersion: fit.framework.version,
  casesHeld: fit.caseload.casesHeld,
  ...(fit.caseload.overLimit && fit.caseload.limit !== null
    ? { overLimit: { limit: fit.caseload.limit } }
    : {}),
});

/** Checks common to every allocation: dates in order, not to the worker who holds it. */
const checkAllocation = (s: OpenedCase, worker: WorkerOnDate, on: IsoDate): Result | undefined => {
  if (on < s.openedOn) return beforeDate('an allocation', on, s.openedOn, 'the case was opened');
  if (s.holder !== null && on < s.holder.since)
    return beforeDate('an allocation', on, s.holder.since, 'the current allocation');
  if (s.holder?.staffId === worker.staffId && s.holder.emergency === undefined)
    return refuse(
      domainError(
        'CaseAlreadyHeldByWorker',
        'A case is allocated to someone who does not hold it',
        `${worker.staffId} already holds case ${s.caseReference}`,
      ),
    );
  return undefined;
};

const fitFor = (
  s: OpenedCase,
  worker: WorkerOnDate,
  frameworks: FrameworkCatalogue,
  on: IsoDate,
): E.Either<DomainError, AllocationFit> => allocationFit(s, worker, frameworks, on);

const decideOpened = (
  command: CaseloadCommand,
  s: OpenedCase,
  frameworks: FrameworkCatalogue,
): Result => {
  if (command.type === 'OpenCase')
    return refuse(
      domainError(
        'CaseAlreadyOpened',
        'A case is opened once',
        `case ${s.caseReference} is already open`,
      ),
    );
  if (s.status === 'closed') return closed(s);
  switch (command.type) {
    case 'AllocateCase':
    case 'ReallocateCase': {
      const isFirst = command.type === 'AllocateCase';
      const on = isFirst ? command.data.allocatedOn : command.data.reallocatedOn;
      const { worker } = command.data;
      if (isFirst && s.holder !== null)
        return refuse(
          domainError(
            'CaseAlreadyAllocated',
            'An allocated case moves to someone else by reallocation',
            `case ${s.caseReference} is held by ${s.holder.staffId}; reallocate it`,
          ),
        );
      if (!isFirst && s.holder === null)
        return refuse(
          domainError(
            'CaseNotAllocated',
            'Only an allocated case is reallocated',
            `case ${s.caseReference} is unallocated; allocate it`,
          ),
        );
      const invalid = checkAllocation(s, worker, on);
      if (invalid !== undefined) return invalid;
      const fit = fitFor(s, worker, frameworks, on);
      if (E.isLeft(fit)) return fit;
      if (fit.right.refusal !== null) return refuse(fit.right.refusal);
      const data = judged(worker, fit.right);
      return E.right(
        isFirst || s.holder === null
          ? [{ type: 'CaseAllocated', data: { ...data, allocatedOn: on } }]
          : [
              {
                type: 'CaseReallocated',
                data: { ...data, fromStaffId: s.holder.staffId, reallocatedOn: on },
              },
            ],
      );
    }
    case 'EmergencyAllocateCase': {
      const { worker, startsAt } = command.data;
      const on = utcDateOf(startsAt);
      // An emergency is not renewed: once it lapses the case goes to a grade that may hold it.
      if (s.emergencyHolders.includes(worker.staffId))
        return refuse(
          domainError(
            'EmergencyAllocationNotRenewable',
            'An emergency allocation is made once per worker and case; then the case goes to a grade that may hold it',
            `${worker.staffId} has already held case ${s.caseReference} as an emergency`,
          ),
        );
      const invalid = checkAllocation(s, worker, on);
      if (invalid !== undefined) return invalid;
      const fit = fitFor(s, worker, frameworks, on);
      if (E.isLeft(fit)) return fit;
      if (fit.right.emergencyRefusal !== null) return refuse(fit.right.emergencyRefusal);
      const expiresAt = new Date(
        Date.parse(startsAt) + fit.right.emergencyAllocationHours * 3_600_000,
      ).toISOString() as IsoDateTime; // an ISO instant by construction
      return E.right([
        {
          type: 'CaseEmergencyAllocated',
          data: {
            ...judged(worker, fit.right),
            startsAt,
            expiresAt,
            allocatedOn: on,
            ...(s.holder === null ? {} : { fromStaffId: s.holder.staffId }),
          },
        },
      ]);
    }
    case 'FlagCaseForReallocation': {
      const { staffId, cause } = command.data;
      // Only the current holder's case is flagged; the same flag again is a no-op (a retry).
      if (s.holder?.staffId !== staffId) return E.right([]);
      if (s.needsReallocation?.staffId === staffId && s.needsReallocation.cause === cause)
        return E.right([]);
      return E.right([{ type: 'CaseNeedsReallocation', data: command.data }]);
    }
    case 'CloseCase': {
      const { closedOn } = command.data;
      if (closedOn < s.openedOn)
        return beforeDate('closing', closedOn, s.openedOn, 'the case was opened');
      if (s.holder !== null && closedOn < s.holder.since)
        return beforeDate('closing', closedOn, s.holder.since, 'the current allocation');
      return E.right([{ type: 'CaseClosed', data: command.data }]);
    }
  }
};

const decideAllocation = (
  command: CaseloadCommand,
  state: AllocationState,
  frameworks: FrameworkCatalogue,
): Result => {
  if (state.status === 'none')
    return command.type === 'OpenCase'
      ? E.right([{ type: 'CaseOpened', data: command.data }])
      : notOpened();
  return decideOpened(command, state, frameworks);
};

/**
 * One case's allocation: opened, allocated, reallocated, held in an emergency, flagged for
 * reallocation, closed. Allocations are judged under the worker's family's framework in
 * force on the allocation's date (see `allocationFit`).
 */
export const caseloadDecider = (
  frameworks: FrameworkCatalogue,
): Decider<CaseloadCommand, CaseloadEvent, AllocationState> => ({
  decide: (command, state) => decideAllocation(command, state, frameworks),
  evolve: evolveAllocation,
  initialState: { status: 'none' },
});
