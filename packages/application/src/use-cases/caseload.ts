import * as E from 'fp-ts/Either';
import {
  allocationFit,
  caseloadCommands,
  domainError,
  StreamId,
  WorkerOnDate,
  type AllocationFit,
  type IsoDate,
  type OpenedCase,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import { knownFrameworks } from '../frameworks/known-frameworks';
import type { Written } from '../handle-command';
import { casesHeldBy, readCasesOn, readStaffOn } from './caseload-reads';
import type { UseCaseError } from './errors';
import type { DataOf } from './issue';
import { loadAllocation } from './load';
import { checkOwnLine } from './own-line';
import type { RequestMeta } from './request';
import { run } from './run';

// Caseload allocation (issue 15): a manager opens, allocates, reallocates, allocates in an
// emergency and closes their own team's cases, to workers in their own line. The rule is
// the domain's (`allocationFit`); these steps read what it needs as of the allocation date —
// the worker's grade, team and FTE from their record, the cases they already hold from the
// allocation streams — and never take it from the request.

type Commands = typeof caseloadCommands;
type Result = Promise<E.Either<UseCaseError, Written>>;

const onCase = <K extends keyof Commands>(
  store: EventStore,
  caseReference: string,
  type: K,
  data: DataOf<Commands, K>,
  request: RequestMeta,
) =>
  run(
    store,
    aggregates.caseload,
    caseloadCommands,
    StreamId.allocation(caseReference),
    type,
    data,
    request,
  );

/** A manager's own team is the team on their own record that day; other roles pass. */
const checkOwnTeam = async (
  store: EventStore,
  request: Pick<RequestMeta, 'actor'>,
  caseReference: string,
  team: string,
  on: IsoDate,
): Promise<E.Either<UseCaseError, void>> => {
  if (request.actor.role !== 'manager') return E.right(undefined);
  const manager = await readStaffOn(store, request.actor.id, on);
  return manager !== undefined && !manager.left && manager.team === team
    ? E.right(undefined)
    : E.left({ kind: 'case-of-another-team', managerId: request.actor.id, caseReference, team });
};

/** The case as recorded, and every case on the date, seen by a caller allowed to act on it. */
const readCase = async (
  store: EventStore,
  request: Pick<RequestMeta, 'actor'>,
  caseReference: string,
  on: IsoDate,
): Promise<E.Either<UseCaseError, { case: OpenedCase; all: ReadonlyMap<string, OpenedCase> }>> => {
  const loaded = await loadAllocation(store, caseReference);
  if (E.isLeft(loaded)) return loaded;
  const found = loaded.right.state;
  if (found.status === 'none')
    return E.left({ kind: 'not-found', stream: StreamId.allocation(caseReference) });
  const own = await checkOwnTeam(store, request, caseReference, found.team, on);
  return E.isLeft(own) ? own : E.right({ case: found, all: await readCasesOn(store, on) });
};

/** The worker as the rule sees them on the date: their record, and the cases they hold. */
const workerOn = async (
  store: EventStore,
  staffId: string,
  on: IsoDate,
  cases: ReadonlyMap<string, OpenedCase>,
  caseReference: string,
): Promise<E.Either<UseCaseError, WorkerOnDate>> => {
  const staff = await readStaffOn(store, staffId, on);
  if (staff === undefined) return E.left({ kind: 'not-found', stream: StreamId.staff(staffId) });
  if (staff.left)
    return E.left({
      kind: 'domain',
      error: domainError(
        'StaffHasLeft',
        'Cases are allocated to people in post',
        `${staffId} had left by ${on}`,
      ),
    });
  const worker = WorkerOnDate.decode({
    staffId,
    jobFamily: staff.jobFamily,
    grade: staff.grade,
    team: staff.team,
    fte: staff.fte,
    casesHeld: casesHeldBy(cases, staffId, caseReference),
  });
  return E.isLeft(worker)
    ? E.left({
        kind: 'domain',
        error: domainError(
          'StaffNotFound',
          'Cases are allocated to people with a contract',
          `${staffId} has no contracted hours on ${on}`,
        ),
      })
    : E.right(worker.right);
};

/** Opens a case in the manager's own team. */
export const openCase = async (
  store: EventStore,
  data: DataOf<Commands, 'OpenCase'>,
  request: RequestMeta,
): Result => {
  const own = await checkOwnTeam(store, request, data.caseReference, data.team, data.openedOn);
  if (E.isLeft(own)) return own;
  return onCase(store, data.caseReference, 'OpenCase', data, request);
};

type Allocation =
  | { readonly type: 'AllocateCase'; readonly staffId: string; readonly on: IsoDate }
  | { readonly type: 'ReallocateCase'; readonly staffId: string; readonly on: IsoDate }
  | {
      readonly type: 'EmergencyAllocateCase';
      readonly staffId: string;
      readonly on: IsoDate;
      readonly startsAt: DataOf<Commands, 'EmergencyAllocateCase'>['startsAt'];
      readonly reason: DataOf<Commands, 'EmergencyAllocateCase'>['reason'];
    };

/** Allocates, reallocates or allocates in an emergency, to someone in the manager's line. */
export const allocateCase = async (
  store: EventStore,
  caseReference: string,
  allocation: Allocation,
  request: RequestMeta,
): Result => {
  const { staffId, on } = allocation;
  const found = await readCase(store, request, caseReference, on);
  if (E.isLeft(found)) return found;
  const inLine = await checkOwnLine(store, request.actor, staffId);
  if (E.isLeft(inLine)) return inLine;
  const worker = await workerOn(store, staffId, on, found.right.all, caseReference);
  if (E.isLeft(worker)) return worker;
  switch (allocation.type) {
    case 'AllocateCase':
      return onCase(
        store,
        caseReference,
        'AllocateCase',
        { allocatedOn: on, worker: worker.right },
        request,
      );
    case 'ReallocateCase':
      return onCase(
        store,
        caseReference,
        'ReallocateCase',
        { reallocatedOn: on, worker: worker.right },
        request,
      );
    case 'EmergencyAllocateCase':
      return onCase(
        store,
        caseReference,
        'EmergencyAllocateCase',
        { startsAt: allocation.startsAt, reason: allocation.reason, worker: worker.right },
        request,
      );
  }
};

/** Closes one of the manager's team's cases. */
export const closeCase = async (
  store: EventStore,
  caseReference: string,
  data: DataOf<Commands, 'CloseCase'>,
  request: RequestMeta,
): Result => {
  const found = await readCase(store, request, caseReference, data.closedOn);
  if (E.isLeft(found)) return found;
  return onCase(store, caseReference, 'CloseCase', data, request);
};

/** One worker's answer for a case: the rule explained, or why they cannot be judged. */
export type WorkerFit =
  | { readonly staffId: string; readonly fit: AllocationFit }
  | { readonly staffId: string; readonly unjudged: string };

/**
 * For a case and a date, the rule explained for each worker in the manager's line (or the
 * workers named, for other roles): may they hold it, only in an emergency, or not, and why.
 * The team page shows this answer; it never re-implements the rule.
 */
export const allocationOptions = async (
  store: EventStore,
  request: Pick<RequestMeta, 'actor'>,
  caseReference: string,
  on: IsoDate,
  staffIds: readonly string[],
): Promise<E.Either<UseCaseError, { case: OpenedCase; workers: readonly WorkerFit[] }>> => {
  const found = await readCase(store, request, caseReference, on);
  if (E.isLeft(found)) return found;
  const frameworks = await knownFrameworks(store);
  const workers: WorkerFit[] = [];
  for (const staffId of staffIds) {
    const inLine = await checkOwnLine(store, request.actor, staffId);
    if (E.isLeft(inLine)) return inLine;
    const worker = await workerOn(store, staffId, on, found.right.all, caseReference);
    if (E.isLeft(worker)) {
      workers.push({
        staffId,
        unjudged: worker.left.kind === 'domain' ? worker.left.error.message : 'no record',
      });
      continue;
    }
    const fit = allocationFit(found.right.case, worker.right, frameworks, on);
    workers.push(
      E.isLeft(fit) ? { staffId, unjudged: fit.left.message } : { staffId, fit: fit.right },
    );
  }
  return E.right({ case: found.right.case, workers });
};
