import { seedFrameworks } from '../frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { VacancyCommand } from '../commands/vacancy';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { vacancyDecider } from './vacancy';

const vacancy = spec(vacancyDecider(seedFrameworks));
const cmd = (type: string, data: unknown) => command(VacancyCommand, type, data);
const opening = {
  vacancyId: 'v-1',
  jobFamily: 'family-worker',
  grade: 'L2',
  serviceArea: 'childrens-services',
  team: 'Early Help West',
  zone: 'Weymouth',
  openedOn: '2024-03-01',
};
const opened = event('VacancyOpened', opening);
const fill = { staffId: 'fw-1', filledOn: '2024-06-01', regradeCaseId: 'rg-1' };

describe('vacancy', () => {
  it('opens for a grade of the job family, in a team and zone', () => {
    vacancy.given().when(cmd('OpenVacancy', opening)).then(opened);
  });

  it('does not open for a grade outside the job family', () => {
    vacancy
      .given()
      .when(cmd('OpenVacancy', { ...opening, grade: 'SW2' }))
      .thenFails('GradeOutsideJobFamily');
  });

  it('records the service the post is in, named as a slug', () => {
    vacancy
      .given()
      .when(cmd('OpenVacancy', { ...opening, serviceArea: 'adult-social-care' }))
      .then(event('VacancyOpened', { ...opening, serviceArea: 'adult-social-care' }));
    expect(() => cmd('OpenVacancy', { ...opening, serviceArea: "Children's Services" })).toThrow(
      /serviceArea must be ServiceArea/,
    );
    const { serviceArea: _, ...unscoped } = opening;
    expect(() => cmd('OpenVacancy', unscoped)).toThrow(/serviceArea is required/);
  });

  it('opens once', () => {
    vacancy.given(opened).when(cmd('OpenVacancy', opening)).thenFails('VacancyAlreadyOpened');
  });

  it('is filled once', () => {
    vacancy.given(opened).when(cmd('FillVacancy', fill)).then(event('VacancyFilled', fill));
  });

  it('is not filled by a second person', () => {
    vacancy
      .given(opened, event('VacancyFilled', fill))
      .when(cmd('FillVacancy', { ...fill, staffId: 'fw-7', regradeCaseId: 'rg-7' }))
      .thenFails('VacancyAlreadyFilled');
  });

  it('treats the same fill re-sent by the regrade process as already done', () => {
    vacancy.given(opened, event('VacancyFilled', fill)).when(cmd('FillVacancy', fill)).then();
  });

  it('cannot be filled before it is opened', () => {
    vacancy.given().when(cmd('FillVacancy', fill)).thenFails('VacancyNotFound');
  });

  it('is withdrawn while open', () => {
    const withdrawal = { withdrawnOn: '2024-04-01', reason: 'budget frozen' };
    vacancy
      .given(opened)
      .when(cmd('WithdrawVacancy', withdrawal))
      .then(event('VacancyWithdrawn', withdrawal));
  });

  it('cannot be filled once withdrawn', () => {
    vacancy
      .given(
        opened,
        event('VacancyWithdrawn', { withdrawnOn: '2024-04-01', reason: 'budget frozen' }),
      )
      .when(cmd('FillVacancy', fill))
      .thenFails('VacancyNotOpen');
  });

  it('cannot be withdrawn once filled', () => {
    vacancy
      .given(opened, event('VacancyFilled', fill))
      .when(cmd('WithdrawVacancy', { withdrawnOn: '2024-07-01', reason: 'late' }))
      .thenFails('VacancyAlreadyFilled');
  });
});
