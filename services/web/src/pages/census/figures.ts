import type { CensusIndicators, NationalFigures } from '../../api/census-types';

// The preview's rows: each figure as the DfE publishes it, this year, last year and England.

export interface FigureRow {
  readonly figure: string;
  readonly current: number | null;
  readonly last: number | null;
  readonly england: number | null;
  readonly unit: '' | '%';
}

export const figureRows = (
  now: CensusIndicators,
  last: CensusIndicators,
  national: NationalFigures | null,
): FigureRow[] => [
  {
    figure: 'Social workers in post (FTE)',
    current: now.inPostFte,
    last: last.inPostFte,
    england: national?.inPostFte ?? null,
    unit: '',
  },
  {
    figure: 'Social workers in post (headcount)',
    current: now.inPostHeadcount,
    last: last.inPostHeadcount,
    england: null,
    unit: '',
  },
  {
    figure: 'Starters (FTE)',
    current: now.startersFte,
    last: last.startersFte,
    england: null,
    unit: '',
  },
  {
    figure: 'Leavers (FTE)',
    current: now.leaversFte,
    last: last.leaversFte,
    england: null,
    unit: '',
  },
  {
    figure: 'Turnover rate (FTE)',
    current: now.turnoverRateFte,
    last: last.turnoverRateFte,
    england: national?.turnoverRateFte ?? null,
    unit: '%',
  },
  {
    figure: 'Agency workers (FTE)',
    current: now.agencyFte,
    last: last.agencyFte,
    england: null,
    unit: '',
  },
  {
    figure: 'Agency rate (FTE)',
    current: now.agencyRateFte,
    last: last.agencyRateFte,
    england: national?.agencyRateFte ?? null,
    unit: '%',
  },
  {
    figure: 'Vacancies (FTE)',
    current: now.vacancyFte,
    last: last.vacancyFte,
    england: null,
    unit: '',
  },
  {
    figure: 'Vacancy rate (FTE)',
    current: now.vacancyRateFte,
    last: last.vacancyRateFte,
    england: national?.vacancyRateFte ?? null,
    unit: '%',
  },
  {
    figure: 'Case holders (FTE)',
    current: now.caseHoldersFte,
    last: last.caseHoldersFte,
    england: null,
    unit: '',
  },
  {
    figure: 'Cases held on 30 September',
    current: now.cases,
    last: last.cases,
    england: null,
    unit: '',
  },
  {
    figure: 'Caseload (cases per case-holder FTE)',
    current: now.caseload,
    last: last.caseload,
    england: national?.caseload ?? null,
    unit: '',
  },
  {
    figure: 'Working days lost to sickness',
    current: now.workingDaysLost,
    last: last.workingDaysLost,
    england: null,
    unit: '',
  },
  {
    figure: 'Absence rate (FTE)',
    current: now.absenceRateFte,
    last: last.absenceRateFte,
    england: national?.absenceRateFte ?? null,
    unit: '%',
  },
];

/** A figure as the page shows it: "not known" where the API has none. */
export const figureText = (value: number | null, unit: '' | '%'): string =>
  value === null ? 'not known' : `${value.toLocaleString('en-GB')}${unit}`;

export const roleNames: Readonly<Record<string, string>> = {
  '1': 'Senior manager',
  '2': 'Middle manager',
  '3': 'First-line manager',
  '4': 'Senior practitioner',
  '5': 'Case holder',
  '6': 'Qualified without cases',
};
