import type { ReactNode } from 'react';

/** The confirmation panel: what was just recorded. */
export const Panel = ({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) => (
  <div className="govuk-panel govuk-panel--confirmation">
    <h1 className="govuk-panel__title">{title}</h1>
    <div className="govuk-panel__body">{children}</div>
  </div>
);
