import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { describeErrors } from './describe-errors';
import { decodeVacancyMessage } from './vacancy-message';

const reasonFor = (value: unknown): string => {
  const decoded = decodeVacancyMessage(value);
  return E.isLeft(decoded) ? describeErrors(decoded.left) : 'valid';
};

describe('vacancy messages from recruitment', () => {
  const opened = {
    messageId: 'm-1',
    action: 'opened',
    vacancyId: 'v-1',
    jobFamily: 'family-worker',
    grade: 'L2',
    serviceArea: 'childrens-services',
    team: 'north',
    zone: 'dorset-north',
    openedOn: '2024-07-01',
  };

  it('accepts each kind of change', () => {
    expect(reasonFor(opened)).toBe('valid');
    expect(
      reasonFor({
        messageId: 'm-2',
        action: 'filled',
        vacancyId: 'v-1',
        staffId: 's',
        filledOn: '2024-08-01',
      }),
    ).toBe('valid');
    expect(
      reasonFor({
        messageId: 'm-3',
        action: 'withdrawn',
        vacancyId: 'v-1',
        withdrawnOn: '2024-08-01',
        reason: 'budget',
      }),
    ).toBe('valid');
  });

  it('needs the service the post is in, as a slug, so a policy can scope the vacancy criterion', () => {
    const { serviceArea: _, ...unscoped } = opened;
    expect(reasonFor(unscoped)).toBe('serviceArea: expected ServiceArea, got nothing');
    expect(reasonFor({ ...opened, serviceArea: "Children's Services" })).toBe(
      'serviceArea: expected ServiceArea, got "Children\'s Services"',
    );
  });

  it('names the failing fields of the kind of message it claims to be', () => {
    expect(reasonFor({ ...opened, grade: 'G9!', openedOn: undefined })).toBe(
      'grade: expected Grade, got "G9!"; openedOn: expected IsoDate, got nothing',
    );
    expect(reasonFor({ ...opened, action: 'reopened' })).toBe(
      'action: expected VacancyAction, got "reopened"',
    );
    expect(reasonFor('opened')).toMatch(/^message: expected/);
  });
});
