import { describedBy } from './FormGroup';
import type { Option } from './Select';

/** The design system's radios: a fieldset whose legend asks the question, one input per answer. */
export const Radios = (props: {
  readonly id: string;
  readonly legend: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
}) => {
  const error = props.error !== undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        {props.hint !== undefined && (
          <div id={`${props.id}-hint`} className="govuk-hint">
            {props.hint}
          </div>
        )}
        {error && (
          <p id={`${props.id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {props.error}
          </p>
        )}
        <div className="govuk-radios" data-module="govuk-radios" id={props.id}>
          {props.options.map((o, i) => {
            // The first answer carries the group's id, so the error summary's link lands on it.
            const inputId = i === 0 ? `${props.id}-input` : `${props.id}-${o.value}`;
            return (
              <div className="govuk-radios__item" key={o.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={props.id}
                  type="radio"
                  value={o.value}
                  checked={props.value === o.value}
                  onChange={() => props.onChange(o.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {o.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
};
