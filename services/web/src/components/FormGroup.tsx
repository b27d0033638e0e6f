import type { ReactNode } from 'react';

/** The label, hint and error message around one input, as the design system lays them out. */
export const FormGroup = (props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly children: ReactNode;
}) => (
  <div className={`govuk-form-group${props.error !== undefined ? ' govuk-form-group--error' : ''}`}>
    <label className="govuk-label govuk-label--s" htmlFor={props.id}>
      {props.label}
    </label>
    {props.hint !== undefined && (
      <div id={`${props.id}-hint`} className="govuk-hint">
        {props.hint}
      </div>
    )}
    {props.error !== undefined && (
      <p id={`${props.id}-error`} className="govuk-error-message">
        <span className="govuk-visually-hidden">Error:</span> {props.error}
      </p>
    )}
    {props.children}
  </div>
);

/** The ids an input is described by: its hint and its error, when shown. */
export const describedBy = (id: string, hint?: string, error?: string): string | undefined =>
  [hint !== undefined ? `${id}-hint` : '', error !== undefined ? `${id}-error` : '']
    .filter((s) => s !== '')
    .join(' ') || undefined;
