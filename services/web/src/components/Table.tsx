import type { ReactNode } from 'react';

export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  readonly numeric?: boolean;
}

/** The design system's table; the first column heads each row for screen readers. */
export const Table = <R,>(props: {
  readonly caption: string;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
}) => (
  <table className="govuk-table">
    <caption className="govuk-table__caption govuk-table__caption--m">{props.caption}</caption>
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {props.columns.map((c) => (
          <th
            scope="col"
            key={c.header}
            className={`govuk-table__header${c.numeric === true ? ' govuk-table__header--numeric' : ''}`}
          >
            {c.header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody className="govuk-table__body">
      {props.rows.map((row) => (
        <tr className="govuk-table__row" key={props.rowKey(row)}>
          {props.columns.map((c, i) =>
            i === 0 ? (
              <th scope="row" className="govuk-table__header" key={c.header}>
                {c.cell(row)}
              </th>
            ) : (
              <td
                key={c.header}
                className={`govuk-table__cell${c.numeric === true ? ' govuk-table__cell--numeric' : ''}`}
              >
                {c.cell(row)}
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  </table>
);
