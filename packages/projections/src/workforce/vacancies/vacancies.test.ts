import * as E from 'fp-ts/Either';
import { describe, it } from 'vitest';
import { StreamId } from '@ladder/domain';
import { fact, projectionSpec } from '../../../test/spec';
import { vacanciesProjection } from './projection';
import { openVacancies } from './queries';

const opened = (id: string, on: string) =>
  fact(StreamId.vacancy(id), 'VacancyOpened', {
    vacancyId: id,
    jobFamily: 'family-worker',
    grade: 'L2',
    serviceArea: 'childrens-services',
    team: 'Early Help West',
    zone: 'Weymouth & Portland',
    openedOn: on,
  });
const row = (
  id: string,
  openedOn: string,
  status: string,
  closedOn: string | null,
  by: string | null,
) => ({
  vacancy_id: id,
  stream_id: id,
  job_family: 'family-worker',
  grade: 'L2',
  team: 'Early Help West',
  zone: 'Weymouth & Portland',
  opened_on: openedOn,
  status,
  closed_on: closedOn,
  filled_by: by,
});

const spec = projectionSpec(vacanciesProjection);

describe('vacancies: every post opened, and how and when it closed', () => {
  it('keeps a vacancy open until it is filled (by whom) or withdrawn', () => {
    spec
      .given(
        opened('v1', '2024-05-01'),
        opened('v2', '2024-05-10'),
        opened('v3', '2024-06-01'),
        fact(StreamId.vacancy('v1'), 'VacancyFilled', { staffId: 'fw-1', filledOn: '2024-07-01' }),
        fact(StreamId.vacancy('v2'), 'VacancyWithdrawn', {
          withdrawnOn: '2024-06-15',
          reason: 'budget moved to another team',
        }),
      )
      .then({
        workforce_vacancy: [
          row('v1', '2024-05-01', 'filled', '2024-07-01', 'fw-1'),
          row('v2', '2024-05-10', 'withdrawn', '2024-06-15', null),
          row('v3', '2024-06-01', 'open', null, null),
        ],
      });
  });

  it('answers which were open on a date, and for how many days', () => {
    spec
      .given(
        opened('v1', '2024-05-01'),
        opened('v2', '2024-06-20'),
        fact(StreamId.vacancy('v1'), 'VacancyFilled', { staffId: 'fw-1', filledOn: '2024-07-01' }),
      )
      .thenQuery(
        (db) => [
          openVacancies(db, { asOf: '2024-06-30' }),
          openVacancies(db, { asOf: '2024-07-01' }),
        ],
        [
          E.right([expectOpen('v1', '2024-05-01', 60), expectOpen('v2', '2024-06-20', 10)]),
          E.right([expectOpen('v2', '2024-06-20', 11)]),
        ],
      );
  });
});

function expectOpen(vacancyId: string, openedOn: string, daysOpen: number) {
  return {
    vacancyId,
    jobFamily: 'family-worker',
    grade: 'L2',
    team: 'Early Help West',
    zone: 'Weymouth & Portland',
    openedOn,
    daysOpen,
  };
}
