import { useEffect, useRef } from 'react';

export interface ErrorLink {
  /** The id of the input the message is about; the link moves focus there. */
  readonly href: string;
  readonly text: string;
}

/** The design system's error summary: focused when shown, each error linking to its field. */
export const ErrorSummary = ({ errors }: { readonly errors: readonly ErrorLink[] }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.href + e.text}>
                {e.href === '' ? e.text : <a href={`#${e.href}`}>{e.text}</a>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
};
