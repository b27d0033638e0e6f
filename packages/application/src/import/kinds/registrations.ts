import { factKind, staffIdColumn } from './staff-id-column';

/** Professional registrations: one row per person, regulator and registration number. */
export const registrationsKind = factKind({
  name: 'registrations',
  about: 'professional registrations (e.g. Social Work England)',
  command: 'RecordRegistration',
  key: ['staff_id', 'regulator', 'registration_number'],
  columns: [
    staffIdColumn('the registered person'),
    {
      column: 'regulator',
      field: 'regulator',
      type: 'text',
      required: true,
      meaning: 'e.g. Social Work England',
    },
    {
      column: 'registration_number',
      field: 'registrationNumber',
      type: 'text',
      required: true,
      meaning: 'the regulator’s number',
    },
    {
      column: 'registered_on',
      field: 'registeredOn',
      type: 'date',
      required: true,
      meaning: 'the day registration began',
    },
    {
      column: 'expires_on',
      field: 'expiresOn',
      type: 'date',
      required: false,
      meaning: 'the day it must be renewed by',
    },
  ],
});
