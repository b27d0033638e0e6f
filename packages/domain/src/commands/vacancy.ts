import * as t from 'io-ts';
import { Grade, JobFamily } from '../frameworks/codes';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { ServiceArea } from '../service-area';
import { PostFte } from '../census/quantities';
import { defineCommand, type CommandOf } from './define';

export const OpenVacancy = defineCommand(
  'OpenVacancy',
  t.intersection([
    t.type({
      vacancyId: NonEmptyString,
      jobFamily: JobFamily,
      grade: Grade,
      serviceArea: ServiceArea,
      team: NonEmptyString,
      zone: NonEmptyString,
      openedOn: IsoDate,
    }),
    t.partial({ fte: PostFte }),
  ]),
);

export const FillVacancy = defineCommand(
  'FillVacancy',
  t.intersection([
    t.type({ staffId: NonEmptyString, filledOn: IsoDate }),
    t.partial({ regradeCaseId: NonEmptyString }),
  ]),
);

export const WithdrawVacancy = defineCommand(
  'WithdrawVacancy',
  t.type({ withdrawnOn: IsoDate, reason: NonEmptyString }),
);

export const vacancyCommands = { OpenVacancy, FillVacancy, WithdrawVacancy } as const;
export type VacancyCommand = CommandOf<(typeof vacancyCommands)[keyof typeof vacancyCommands]>;
export const VacancyCommand = t.union(
  [OpenVacancy.codec, FillVacancy.codec, WithdrawVacancy.codec],
  'VacancyCommand',
);
