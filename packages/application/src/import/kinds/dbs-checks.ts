import { factKind, staffIdColumn } from './staff-id-column';

/** DBS checks: one row per person and check date. Certificate details are not imported. */
export const dbsChecksKind = factKind({
  name: 'dbs-checks',
  about: 'DBS checks (level and date only)',
  command: 'RecordDbsCheck',
  key: ['staff_id', 'checked_on'],
  columns: [
    staffIdColumn('the person checked'),
    {
      column: 'level',
      field: 'level',
      type: 'text',
      required: true,
      meaning: 'basic, standard, enhanced or enhanced-barred',
    },
    {
      column: 'checked_on',
      field: 'checkedOn',
      type: 'date',
      required: true,
      meaning: 'the day of the certificate',
    },
    {
      column: 'update_service',
      field: 'updateService',
      type: 'yes-no',
      required: true,
      meaning: 'subscribed to the DBS Update Service: yes or no',
    },
  ],
});
