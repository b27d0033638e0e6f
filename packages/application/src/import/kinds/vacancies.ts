import type { Column } from '../column';
import type { CellProblem, CellValues, ImportKind } from '../kind';
import { vacancyPart } from '../part';

const columns: readonly Column[] = [
  {
    column: 'vacancy_id',
    field: 'vacancyId',
    type: 'text',
    required: true,
    meaning: 'the post’s id in the HR system',
  },
  {
    column: 'job_family',
    field: 'jobFamily',
    type: 'text',
    required: true,
    meaning: 'the job family of the post',
  },
  {
    column: 'grade',
    field: 'grade',
    type: 'text',
    required: true,
    meaning: 'the grade of the post',
  },
  {
    column: 'service_area',
    field: 'serviceArea',
    type: 'text',
    required: true,
    meaning: 'the council service the post is in, e.g. childrens-services',
  },
  { column: 'team', field: 'team', type: 'text', required: true, meaning: 'the team' },
  { column: 'zone', field: 'zone', type: 'text', required: true, meaning: 'its locality' },
  {
    column: 'opened_on',
    field: 'openedOn',
    type: 'date',
    required: true,
    meaning: 'the day the post was opened',
  },
  {
    column: 'filled_on',
    field: 'filledOn',
    type: 'date',
    required: false,
    meaning: 'the day it was filled (with filled_by)',
  },
  {
    column: 'filled_by',
    field: 'staffId',
    type: 'text',
    required: false,
    meaning: 'who filled it',
  },
  {
    column: 'withdrawn_on',
    field: 'withdrawnOn',
    type: 'date',
    required: false,
    meaning: 'the day it was withdrawn (with withdrawn_reason)',
  },
  {
    column: 'withdrawn_reason',
    field: 'reason',
    type: 'text',
    required: false,
    meaning: 'why it was withdrawn',
  },
];

// A post ends once: filled or withdrawn, each with its companion column, not before it opened.
const check = (v: CellValues): CellProblem[] => {
  const problems: CellProblem[] = [];
  const pair = (date: string, other: string, dateColumn: string, otherColumn: string) => {
    if (v[date] !== undefined && v[other] === undefined)
      problems.push({ column: otherColumn, reason: `is required with ${dateColumn}` });
    if (v[date] === undefined && v[other] !== undefined)
      problems.push({ column: dateColumn, reason: `is required with ${otherColumn}` });
    const day = v[date];
    if (typeof day === 'string' && typeof v['openedOn'] === 'string' && day < v['openedOn'])
      problems.push({ column: dateColumn, reason: 'is before the day in opened_on' });
  };
  pair('filledOn', 'staffId', 'filled_on', 'filled_by');
  pair('withdrawnOn', 'reason', 'withdrawn_on', 'withdrawn_reason');
  if (v['filledOn'] !== undefined && v['withdrawnOn'] !== undefined)
    problems.push({ column: 'withdrawn_on', reason: 'a post is filled or withdrawn, not both' });
  return problems;
};

/**
 * Vacancies: one row per post, opened and perhaps since filled or withdrawn. A later file
 * that adds the filling writes only that step.
 */
export const vacanciesKind: ImportKind = {
  name: 'vacancies',
  about: 'posts opened, filled or withdrawn',
  key: ['vacancy_id'],
  correctable: false,
  columns,
  parts: [
    vacancyPart('OpenVacancy', {
      streamField: 'vacancyId',
      fields: ['vacancyId', 'jobFamily', 'grade', 'serviceArea', 'team', 'zone', 'openedOn'],
    }),
    vacancyPart('FillVacancy', {
      streamField: 'vacancyId',
      fields: ['staffId', 'filledOn'],
      when: 'filledOn',
    }),
    vacancyPart('WithdrawVacancy', {
      streamField: 'vacancyId',
      fields: ['withdrawnOn', 'reason'],
      when: 'withdrawnOn',
    }),
  ],
  check,
};
