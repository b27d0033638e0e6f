import { useEffect, useState } from 'react';

export type CsvCell = string | number | null;

// A spreadsheet would run a cell starting with = + - @ as a formula: such text is quoted as
// text (as the API's exports do); numbers stay numbers.
const cellText = (cell: CsvCell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

/** CSV text of a header and rows: UTF-8 with a BOM so a spreadsheet reads it as UTF-8. */
export const csvOf = (header: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  `\uFEFF${[header, ...rows].map((r) => r.map(cellText).join(',')).join('\r\n')}\r\n`;

/**
 * A table downloaded as CSV, built in the browser from the same JSON the table shows (a Blob),
 * for tables the API has no export route for. Withheld figures are empty cells.
 */
export const CsvDownload = (props: {
  readonly filename: string;
  readonly what: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}) => {
  const [href, setHref] = useState<string | null>(null);
  // The text, not the arrays, decides when a new file is needed: rows are rebuilt each render.
  const text = csvOf(props.header, props.rows);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);
  if (href === null) return null;
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href} download={props.filename}>
        Download {props.what} as CSV
      </a>
    </p>
  );
};

/** A link to one of the API's CSV export routes (the server applies the same rules as the page). */
export const ExportLink = (props: { readonly href: string; readonly what: string }) => (
  <p className="govuk-body">
    <a className="govuk-link" href={props.href} download>
      Download {props.what} as CSV
    </a>
  </p>
);
