import { describedBy } from './FormGroup';

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** The parts as the API's date (YYYY-MM-DD), unchecked: the API says whether it is real. */
export const isoOf = (d: DateParts): string =>
  `${d.year.trim()}-${d.month.trim().padStart(2, '0')}-${d.day.trim().padStart(2, '0')}`;

export const partsOf = (iso: string): DateParts => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

const parts = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

/** The design system's date input: a fieldset with day, month and year. */
export const DateInput = (props: {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}) => {
  const error = props.error !== undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
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
        <div className="govuk-date-input" id={props.id}>
          {parts.map((p) => (
            <div className="govuk-date-input__item" key={p.key}>
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={`${props.id}-${p.key}`}
                >
                  {p.label}
                </label>
                <input
                  id={`${props.id}-${p.key}`}
                  name={`${props.id}-${p.key}`}
                  type="text"
                  inputMode="numeric"
                  className={`govuk-input govuk-date-input__input govuk-input--width-${p.width}${error ? ' govuk-input--error' : ''}`}
                  value={props.value[p.key]}
                  onChange={(e) => props.onChange({ ...props.value, [p.key]: e.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
};
