import { seedFrameworks } from '../src/frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { VacancyCommand } from '../src/commands/vacancy';
import { vacancyDecider } from '../src/deciders/vacancy';
import { command, event } from './build';
import { spec } from './spec';

const opening = {
  vacancyId: 'v-1',
  jobFamily: 'family-worker',
  grade: 'L2',
  serviceArea: 'childrens-services',
  team: 't',
  zone: 'z',
  openedOn: '2024-03-01',
};
const open = command(VacancyCommand, 'OpenVacancy', opening);

describe('the spec helper itself', () => {
  it('fails when the events differ', () => {
    expect(() =>
      spec(vacancyDecider(seedFrameworks))
        .given()
        .when(open)
        .then(event('VacancyOpened', { ...opening, zone: 'other' })),
    ).toThrow(/expected events/);
  });

  it('fails when a refusal was expected but events came', () => {
    expect(() =>
      spec(vacancyDecider(seedFrameworks)).given().when(open).thenFails('VacancyAlreadyOpened'),
    ).toThrow(/expected refusal/);
  });

  it('fails when the refusal has another code', () => {
    expect(() =>
      spec(vacancyDecider(seedFrameworks))
        .given(event('VacancyOpened', opening))
        .when(open)
        .thenFails('VacancyNotOpen'),
    ).toThrow(/VacancyAlreadyOpened/);
  });
});
