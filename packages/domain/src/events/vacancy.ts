import * as t from 'io-ts';
import { Grade, JobFamily } from '../frameworks/codes';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { ServiceArea } from '../service-area';
import { defineEvent, type EventOf } from './define';
import { exactPartial, exactType } from './exact';
import { PostFte } from '../census/quantities';
import { upcastVacancyOpenedV1 } from './upcasters/vacancy-opened-v1';

// The service a post is in travels with the vacancy events that carry it.
export { ServiceArea } from '../service-area';
export { SERVICE_AREA_BEFORE_V2 } from './upcasters/vacancy-opened-v1';

export const VacancyOpened = defineEvent(
  'VacancyOpened',
  2,
  t.intersection([
    exactType({
      vacancyId: NonEmptyString,
      jobFamily: JobFamily,
      grade: Grade,
      // v2: the service the post is in, so a policy can ask for one "within Children's Services".
      serviceArea: ServiceArea,
      team: NonEmptyString,
      zone: NonEmptyString,
      openedOn: IsoDate,
    }),
    // The funded post's FTE (a whole post when absent), so the census counts vacancies as FTE.
    exactPartial({ fte: PostFte }),
  ]),
  { 1: upcastVacancyOpenedV1 },
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
