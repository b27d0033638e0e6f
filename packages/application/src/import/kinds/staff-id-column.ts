import type { Column } from '../column';

/** The `staff_id` column every kind but `staff` has: the person the fact is about. */
export const staffIdColumn = (meaning: string): Column => ({
  column: 'staff_id',
  field: 'staffId',
  type: 'text',
  required: true,
  meaning,
});
