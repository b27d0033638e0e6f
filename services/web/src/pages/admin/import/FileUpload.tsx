import { describedBy } from '../../../components/FormGroup';

/** The design system's file upload: a labelled file input, its hint and its error in place. */
export const FileUpload = (props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly accept: string;
  readonly onChange: (file: File | null) => void;
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
    <input
      className={`govuk-file-upload${props.error !== undefined ? ' govuk-file-upload--error' : ''}`}
      id={props.id}
      name={props.id}
      type="file"
      accept={props.accept}
      aria-describedby={describedBy(props.id, props.hint, props.error)}
      onChange={(e) => props.onChange(e.target.files?.item(0) ?? null)}
    />
  </div>
);
