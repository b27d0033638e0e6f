import type { staffCommands } from '@ladder/domain';
import type { Column } from '../column';
import type { ImportKind } from '../kind';
import { staffPart } from '../part';

/** The `staff_id` column every fact kind has: the person the fact is about. */
export const staffIdColumn = (meaning: string): Column => ({
  column: 'staff_id',
  field: 'staffId',
  type: 'text',
  required: true,
  meaning,
});

interface FactKind extends Omit<ImportKind, 'parts' | 'correctable'> {
  readonly command: keyof typeof staffCommands;
}

/**
 * A kind whose row is one fact about a person: one command on their stream from the other
 * columns, and a corrected row retracts the fact its earlier version recorded.
 */
export const factKind = ({ command, ...kind }: FactKind): ImportKind => ({
  ...kind,
  correctable: true,
  parts: [
    staffPart(command, {
      streamField: 'staffId',
      fields: kind.columns.map((c) => c.field).filter((f) => f !== 'staffId'),
    }),
  ],
});
