import type { Column } from '../column';
import type { ImportKind } from '../kind';
import { staffPart } from '../part';

const columns: readonly Column[] = [
  {
    column: 'manager_id',
    field: 'managerId',
    type: 'text',
    required: true,
    meaning: 'the line manager (already imported as staff)',
  },
  {
    column: 'report_id',
    field: 'reportId',
    type: 'text',
    required: true,
    meaning: 'the person they manage',
  },
  {
    column: 'from',
    field: 'assignedOn',
    type: 'date',
    required: true,
    meaning: 'the day the line began',
  },
  {
    column: 'to',
    field: 'endedOn',
    type: 'date',
    required: false,
    meaning: 'the day it ended; empty while it goes on',
  },
];

/**
 * Line management: one row per manager, report and start. Recorded on the manager's stream,
 * where the span of control is checked; a `to` added later writes only the ending.
 */
export const lineManagementKind: ImportKind = {
  name: 'line-management',
  about: 'who line-manages whom, from and to',
  key: ['manager_id', 'report_id', 'from'],
  correctable: false,
  columns,
  parts: [
    staffPart('AssignLineManager', {
      streamField: 'managerId',
      fields: ['reportId', 'assignedOn'],
    }),
    staffPart('EndLineManagement', {
      streamField: 'managerId',
      fields: ['reportId', 'endedOn'],
      when: 'endedOn',
    }),
  ],
  check: (v) =>
    typeof v['endedOn'] === 'string' &&
    typeof v['assignedOn'] === 'string' &&
    v['endedOn'] < v['assignedOn']
      ? [{ column: 'to', reason: 'is before the day in from' }]
      : [],
};
