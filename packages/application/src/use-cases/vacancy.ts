import type * as E from 'fp-ts/Either';
import { StreamId, vacancyCommands } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import type { DataOf } from './issue';
import type { RequestMeta } from './request';
import { run } from './run';

type Commands = typeof vacancyCommands;
/** What happens to an open vacancy: it is filled or withdrawn. */
export type VacancyStep = Exclude<keyof Commands, 'OpenVacancy'>;

/** A vacancy opens: its stream is named by the id the opening carries. */
export const openVacancy = (
  store: EventStore,
  opening: DataOf<Commands, 'OpenVacancy'>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(
    store,
    aggregates.vacancy,
    vacancyCommands,
    StreamId.vacancy(opening.vacancyId),
    'OpenVacancy',
    opening,
    request,
  );

/** A step in an open vacancy's life: filled or withdrawn. */
export const changeVacancy = <K extends VacancyStep>(
  store: EventStore,
  vacancyId: string,
  step: K,
  data: DataOf<Commands, K>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(store, aggregates.vacancy, vacancyCommands, StreamId.vacancy(vacancyId), step, data, request);
