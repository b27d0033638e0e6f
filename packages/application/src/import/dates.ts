import * as E from 'fp-ts/Either';

/** How a file writes its dates, stated per file: HR exports differ, and 03/04 is ambiguous. */
export type DateStyle = 'uk' | 'iso';

const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A cell's date as `YYYY-MM-DD`, or why not. Only the shape is checked here; whether the day
 * exists (31/02) is the command codec's `IsoDate` to say, so there is one calendar rule.
 */
export const isoDateOf = (text: string, style: DateStyle): E.Either<string, string> => {
  if (style === 'iso')
    return ISO.test(text) ? E.right(text) : E.left(`"${text}" is not a date as yyyy-mm-dd`);
  const m = UK.exec(text);
  if (m === null) return E.left(`"${text}" is not a date as dd/mm/yyyy`);
  const [, d = '', mo = '', y = ''] = m;
  return E.right(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
};
