import * as E from 'fp-ts/Either';
import { isoDateOf, type DateStyle } from './dates';

/** How a cell's text becomes a field of the command. */
export type CellType = 'text' | 'date' | 'number' | 'yes-no';

/** One documented column of an import file and the command field it fills. */
export interface Column {
  readonly column: string;
  readonly field: string;
  readonly type: CellType;
  readonly required: boolean;
  readonly meaning: string;
  /** Personal data (a name): carried under the command's `personal`, apart from the facts. */
  readonly personal?: boolean;
}

const YES = ['yes', 'y', 'true'];
const NO = ['no', 'n', 'false'];

/** A cell's value for the command codec, or why its text cannot be one. */
export const cellValue = (
  text: string,
  type: CellType,
  dates: DateStyle,
): E.Either<string, string | number | boolean> => {
  switch (type) {
    case 'text':
      return E.right(text);
    case 'date':
      return isoDateOf(text, dates);
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? E.right(n) : E.left(`"${text}" is not a number`);
    }
    case 'yes-no': {
      const lower = text.toLowerCase();
      if (YES.includes(lower)) return E.right(true);
      if (NO.includes(lower)) return E.right(false);
      return E.left(`"${text}" is not yes or no`);
    }
  }
};
