import { factKind, staffIdColumn } from './staff-id-column';

/** Annual PDRs: one row per person and period. */
export const pdrsKind = factKind({
  name: 'pdrs',
  about: 'annual performance and development reviews',
  command: 'RecordPdr',
  key: ['staff_id', 'period'],
  columns: [
    staffIdColumn('the person reviewed'),
    {
      column: 'period',
      field: 'period',
      type: 'text',
      required: true,
      meaning: 'the review year, e.g. 2024-25',
    },
    {
      column: 'outcome',
      field: 'outcome',
      type: 'text',
      required: true,
      meaning: 'positive, requires-improvement or unsatisfactory',
    },
    {
      column: 'reviewed_on',
      field: 'reviewedOn',
      type: 'date',
      required: true,
      meaning: 'the day of the review',
    },
    {
      column: 'reviewer_id',
      field: 'reviewerId',
      type: 'text',
      required: true,
      meaning: 'who reviewed',
    },
    {
      column: 'reviewer_role',
      field: 'reviewerRole',
      type: 'text',
      required: true,
      meaning: 'their role, e.g. manager',
    },
  ],
});
