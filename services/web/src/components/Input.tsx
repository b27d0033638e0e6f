import { describedBy, FormGroup } from './FormGroup';

/** A text input, or a textarea when `rows` is given. */
export const Input = (props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  readonly rows?: number;
  /** A further class on the input (the policy editor's fixed-width JSON). */
  readonly className?: string;
}) => {
  const shared = {
    id: props.id,
    name: props.id,
    value: props.value,
    'aria-describedby': describedBy(props.id, props.hint, props.error),
  };
  const error = props.error !== undefined;
  return (
    <FormGroup {...props}>
      {props.rows !== undefined ? (
        <textarea
          {...shared}
          rows={props.rows}
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}${props.className !== undefined ? ` ${props.className}` : ''}`}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          {...shared}
          type="text"
          className={`govuk-input${error ? ' govuk-input--error' : ''}`}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FormGroup>
  );
};
