import * as t from 'io-ts';
import { Grade, JobFamily } from '../job-families';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { exactPartial, exactType } from './exact';

export const VacancyOpened = defineEvent(
  'VacancyOpened',
  1,
  exactType({
    vacancyId: NonEmptyString,
    jobFamily: JobFamily,
    grade: Grade,
    team: NonEmptyString,
    zone: NonEmptyString,
    openedOn: IsoDate,
  }),
);

export const VacancyFilled = defineEvent(
  'VacancyFilled',
  1,
  t.intersection([
    exactType({ staffId: NonEmptyString, filledOn: IsoDate }),
    exactPartial({ regradeCaseId: NonEmptyString }),
  ]),
);

export const VacancyWithdrawn = defineEvent(
  'VacancyWithdrawn',
  1,
  exactType({ withdrawnOn: IsoDate, reason: NonEmptyString }),
);

export const vacancyEventDefinitions = [VacancyOpened, VacancyFilled, VacancyWithdrawn] as const;
export type VacancyEvent = EventOf<(typeof vacancyEventDefinitions)[number]>;
