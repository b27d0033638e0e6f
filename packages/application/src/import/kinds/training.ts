import { factKind, staffIdColumn } from './staff-id-column';

/** Training completed: one row per person, course and completion. */
export const trainingKind = factKind({
  name: 'training',
  about: 'training courses completed',
  command: 'RecordTraining',
  key: ['staff_id', 'course', 'completed_on'],
  columns: [
    staffIdColumn('the person (already imported as staff)'),
    {
      column: 'course',
      field: 'course',
      type: 'text',
      required: true,
      meaning: 'the course as the policy names it',
    },
    {
      column: 'completed_on',
      field: 'completedOn',
      type: 'date',
      required: true,
      meaning: 'the day it was completed',
    },
    {
      column: 'expires_on',
      field: 'expiresOn',
      type: 'date',
      required: false,
      meaning: 'when it must be renewed, if it lapses',
    },
  ],
});
