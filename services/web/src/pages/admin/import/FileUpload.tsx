import { describedBy, FormGroup } from '../../../components/FormGroup';

/** The design system's file upload: a labelled file input, its hint and its error in place. */
export const FileUpload = (props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly accept: string;
  readonly onChange: (file: File | null) => void;
}) => (
  <FormGroup
    id={props.id}
    label={props.label}
    {...(props.hint !== undefined ? { hint: props.hint } : {})}
    {...(props.error !== undefined ? { error: props.error } : {})}
  >
    <input
      className={`govuk-file-upload${props.error !== undefined ? ' govuk-file-upload--error' : ''}`}
      id={props.id}
      name={props.id}
      type="file"
      accept={props.accept}
      aria-describedby={describedBy(props.id, props.hint, props.error)}
      onChange={(e) => props.onChange(e.target.files?.item(0) ?? null)}
    />
  </FormGroup>
);
