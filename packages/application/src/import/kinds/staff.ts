import type { Column } from '../column';
import type { ImportKind } from '../kind';
import { staffPart } from '../part';

/** Staff and their placement: one row per person, the day they joined. */
const columns: readonly Column[] = [
  {
    column: 'staff_id',
    field: 'staffId',
    type: 'text',
    required: true,
    meaning: 'the HR system’s id for the person',
  },
  {
    column: 'job_family',
    field: 'jobFamily',
    type: 'text',
    required: true,
    meaning: 'a job family with a published career framework (GET /frameworks), e.g. family-worker',
  },
  {
    column: 'grade',
    field: 'grade',
    type: 'text',
    required: true,
    meaning: "a grade of that family's career framework on the start date, e.g. L1 or SW2",
  },
  {
    column: 'team',
    field: 'team',
    type: 'text',
    required: true,
    meaning: 'the team they work in',
  },
  {
    column: 'zone',
    field: 'zone',
    type: 'text',
    required: true,
    meaning: 'the locality or zone of the team',
  },
  {
    column: 'weekly_hours',
    field: 'contractedHours',
    type: 'number',
    required: true,
    meaning: 'contracted hours a week (37 full time; not an FTE fraction)',
  },
  {
    column: 'start_date',
    field: 'joinedOn',
    type: 'date',
    required: true,
    meaning: 'the day they joined',
  },
  {
    column: 'name',
    field: 'name',
    type: 'text',
    required: false,
    personal: true,
    meaning: 'their name (personal data: kept apart from the facts, erasable)',
  },
  {
    column: 'date_of_birth',
    field: 'dateOfBirth',
    type: 'date',
    required: false,
    personal: true,
    meaning: 'their date of birth (personal data, as the name)',
  },
];

export const staffKind: ImportKind = {
  name: 'staff',
  about: 'staff and their placement when they joined, with their name',
  key: ['staff_id'],
  correctable: false,
  columns,
  parts: [staffPart('JoinStaff', { streamField: 'staffId', fields: columns.map((c) => c.field) })],
};
