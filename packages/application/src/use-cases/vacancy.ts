import type * as E from 'fp-ts/Either';
import { StreamId, type VacancyCommand } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import type { RequestMeta } from './request';
import { run } from './run';

type OpenVacancy = Extract<VacancyCommand, { readonly type: 'OpenVacancy' }>;

/** A vacancy opens: its stream is named by the id the command carries. */
export const openVacancy = (
  store: EventStore,
  command: OpenVacancy,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(store, aggregates.vacancy, StreamId.vacancy(command.data.vacancyId), command, request);

/** A step in an open vacancy's life: filled or withdrawn. */
export const changeVacancy = (
  store: EventStore,
  vacancyId: string,
  command: VacancyCommand,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(store, aggregates.vacancy, StreamId.vacancy(vacancyId), command, request);
