import { Grade, IsoDate, JobFamily, NonEmptyString, ServiceArea } from '@ladder/domain';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import * as t from 'io-ts';

// Vacancies from recruitment (topic `ladder.in.vacancies.v1`, keyed by vacancy id), one
// message per change, told apart by `action`. `messageId` deduplicates redeliveries.

const VacancyOpenedMessage = t.type(
  {
    messageId: NonEmptyString,
    action: t.literal('opened'),
    vacancyId: NonEmptyString,
    jobFamily: JobFamily,
    grade: Grade,
    /** The council service the post is in, e.g. `childrens-services` (required since #12). */
    serviceArea: ServiceArea,
    team: NonEmptyString,
    zone: NonEmptyString,
    openedOn: IsoDate,
  },
  'VacancyOpenedMessage',
);

const VacancyFilledMessage = t.type(
  {
    messageId: NonEmptyString,
    action: t.literal('filled'),
    vacancyId: NonEmptyString,
    staffId: NonEmptyString,
    filledOn: IsoDate,
  },
  'VacancyFilledMessage',
);

const VacancyWithdrawnMessage = t.type(
  {
    messageId: NonEmptyString,
    action: t.literal('withdrawn'),
    vacancyId: NonEmptyString,
    withdrawnOn: IsoDate,
    reason: NonEmptyString,
  },
  'VacancyWithdrawnMessage',
);

export const VacancyMessage = t.union(
  [VacancyOpenedMessage, VacancyFilledMessage, VacancyWithdrawnMessage],
  'VacancyMessage',
);
export type VacancyMessage = t.TypeOf<typeof VacancyMessage>;

const byAction = {
  opened: VacancyOpenedMessage,
  filled: VacancyFilledMessage,
  withdrawn: VacancyWithdrawnMessage,
} as const;

const VacancyAction = t.type({ action: t.keyof(byAction, 'VacancyAction') });

/** Reads `action` first, so errors name the fields of that one kind of message. */
export const decodeVacancyMessage = (value: unknown): t.Validation<VacancyMessage> =>
  pipe(
    VacancyAction.decode(value),
    E.chain(({ action }): t.Validation<VacancyMessage> => byAction[action].decode(value)),
  );
