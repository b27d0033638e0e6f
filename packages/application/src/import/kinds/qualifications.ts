import { factKind, staffIdColumn } from './staff-id-column';

/** Qualifications awarded: one row per person and qualification. */
export const qualificationsKind = factKind({
  name: 'qualifications',
  about: 'qualifications a person holds',
  command: 'RecordQualification',
  key: ['staff_id', 'qualification'],
  columns: [
    staffIdColumn('the person (already imported as staff)'),
    {
      column: 'qualification',
      field: 'qualification',
      type: 'text',
      required: true,
      meaning: 'as the policy names it, e.g. "GCSE Maths", "DipSW"',
    },
    {
      column: 'awarded_on',
      field: 'awardedOn',
      type: 'date',
      required: true,
      meaning: 'the day it was awarded',
    },
  ],
});
