import { describedBy, FormGroup } from './FormGroup';

export interface Option {
  readonly value: string;
  readonly text: string;
}

export const Select = (props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
}) => (
  <FormGroup {...props}>
    <select
      id={props.id}
      name={props.id}
      value={props.value}
      className={`govuk-select${props.error !== undefined ? ' govuk-select--error' : ''}`}
      aria-describedby={describedBy(props.id, props.hint, props.error)}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.text}
        </option>
      ))}
    </select>
  </FormGroup>
);
