import * as E from 'fp-ts/Either';
import type { VacancyCommand } from '../commands/vacancy';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { VacancyEvent } from '../events/vacancy';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import type { Grade, JobFamily } from '../frameworks/codes';
import { gradeOnDate } from '../frameworks/grade-on';

export type VacancyState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open' | 'filled' | 'withdrawn';
      readonly vacancyId: string;
      readonly jobFamily: JobFamily;
      readonly grade: Grade;
      readonly filledBy?: { readonly staffId: string; readonly regradeCaseId?: string };
    };

const evolveVacancy = (state: VacancyState, event: VacancyEvent): VacancyState => {
  switch (event.type) {
    case 'VacancyOpened':
      return {
        status: 'open',
        vacancyId: event.data.vacancyId,
        jobFamily: event.data.jobFamily,
        grade: event.data.grade,
      };
    case 'VacancyFilled':
      return state.status === 'none'
        ? state
        : {
            ...state,
            status: 'filled',
            filledBy:
              event.data.regradeCaseId === undefined
                ? { staffId: event.data.staffId }
                : { staffId: event.data.staffId, regradeCaseId: event.data.regradeCaseId },
          };
    case 'VacancyWithdrawn':
      return state.status === 'none' ? state : { ...state, status: 'withdrawn' };
  }
};

type Result = E.Either<DomainError, readonly VacancyEvent[]>;

const decideVacancy = (
  command: VacancyCommand,
  state: VacancyState,
  frameworks: FrameworkCatalogue,
): Result => {
  if (command.type === 'OpenVacancy') {
    if (state.status !== 'none')
      return E.left(
        domainError(
          'VacancyAlreadyOpened',
          'A vacancy is opened once',
          `vacancy ${state.vacancyId} already exists`,
        ),
      );
    // A post is at a grade of the framework in force on the day it opens.
    const { jobFamily, grade, openedOn } = command.data;
    const placed = gradeOnDate(frameworks, jobFamily, grade, openedOn);
    if (E.isLeft(placed)) return placed;
    return E.right([{ type: 'VacancyOpened', data: command.data }]);
  }
  if (state.status === 'none')
    return E.left(
      domainError(
        'VacancyNotFound',
        'Only an opened vacancy can be filled or withdrawn',
        'no such vacancy',
      ),
    );
  if (command.type === 'FillVacancy') {
    const { staffId, regradeCaseId } = command.data;
    if (state.status === 'filled') {
      // The same fill re-sent (by the regrade process manager) is a no-op.
      const same =
        state.filledBy?.staffId === staffId && state.filledBy.regradeCaseId === regradeCaseId;
      return same
        ? E.right([])
        : E.left(
            domainError(
              'VacancyAlreadyFilled',
              'A vacancy is filled once',
              `vacancy ${state.vacancyId} is already filled by ${state.filledBy?.staffId ?? 'someone else'}`,
            ),
          );
    }
    if (state.status === 'withdrawn')
      return E.left(
        domainError(
          'VacancyNotOpen',
          'Only an open vacancy can be filled',
          `vacancy ${state.vacancyId} was withdrawn`,
        ),
      );
    return E.right([{ type: 'VacancyFilled', data: command.data }]);
  }
  if (state.status !== 'open')
    return E.left(
      domainError(
        state.status === 'filled' ? 'VacancyAlreadyFilled' : 'VacancyNotOpen',
        'Only an open vacancy can be withdrawn',
        `vacancy ${state.vacancyId} is ${state.status}`,
      ),
    );
  return E.right([{ type: 'VacancyWithdrawn', data: command.data }]);
};

/** A vacancy's rules, judged against the career frameworks given (its grade must be on one). */
export const vacancyDecider = (
  frameworks: FrameworkCatalogue,
): Decider<VacancyCommand, VacancyEvent, VacancyState> => ({
  decide: (command, state) => decideVacancy(command, state, frameworks),
  evolve: evolveVacancy,
  initialState: { status: 'none' },
});
