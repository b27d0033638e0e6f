import type { FormSpec } from './form-spec';

// A vacancy's life as HR records it: opened, then filled or withdrawn (`POST /vacancies…`).

const dateHint = 'For example, 27 3 2026';

export const openVacancyForm: FormSpec = {
  title: 'Open a vacancy',
  button: 'Open vacancy',
  fields: [
    {
      name: 'vacancyId',
      label: 'Vacancy reference',
      hint: 'The post or advert reference: letters, digits, - _ . :',
      input: { kind: 'text' },
    },
    {
      name: 'jobFamily',
      label: 'Job family',
      hint: 'For example, family-worker',
      input: { kind: 'text' },
    },
    { name: 'grade', label: 'Grade', hint: 'For example, L2', input: { kind: 'text' } },
    {
      name: 'serviceArea',
      label: 'Service',
      hint: 'The council service the post is in, for example, childrens-services',
      input: { kind: 'text' },
    },
    { name: 'team', label: 'Team', input: { kind: 'text' } },
    { name: 'zone', label: 'Zone', hint: 'For example, Central', input: { kind: 'text' } },
    { name: 'openedOn', label: 'Date opened', hint: dateHint, input: { kind: 'date' } },
  ],
};

export const vacancySteps: Readonly<Record<string, FormSpec & { readonly done: string }>> = {
  filling: {
    title: 'Fill vacancy',
    done: 'Vacancy filled',
    button: 'Fill vacancy',
    fields: [
      { name: 'staffId', label: 'Staff id of the person appointed', input: { kind: 'text' } },
      { name: 'filledOn', label: 'Date filled', hint: dateHint, input: { kind: 'date' } },
      {
        name: 'regradeCaseId',
        label: 'Regrade case',
        hint: 'When the post is filled by a regrade, its case id',
        optional: true,
        input: { kind: 'text' },
      },
    ],
  },
  withdrawal: {
    title: 'Withdraw vacancy',
    done: 'Vacancy withdrawn',
    button: 'Withdraw vacancy',
    fields: [
      { name: 'withdrawnOn', label: 'Date withdrawn', hint: dateHint, input: { kind: 'date' } },
      { name: 'reason', label: 'Why it is withdrawn', input: { kind: 'long-text' } },
    ],
  },
};
