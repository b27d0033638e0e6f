import type { ReactNode } from 'react';

export interface SummaryRow {
  readonly key: string;
  readonly value: ReactNode;
}

export const SummaryList = ({ rows }: { readonly rows: readonly SummaryRow[] }) => (
  <dl className="govuk-summary-list">
    {rows.map((row) => (
      <div className="govuk-summary-list__row" key={row.key}>
        <dt className="govuk-summary-list__key">{row.key}</dt>
        <dd className="govuk-summary-list__value">{row.value}</dd>
      </div>
    ))}
  </dl>
);
