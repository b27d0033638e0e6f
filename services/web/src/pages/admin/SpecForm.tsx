import { useState } from 'react';
import { postJson } from '../../api/client';
import { messageFor } from '../../api/problem';
import type { Written } from '../../api/types';
import { Button } from '../../components/Button';
import { DateInput, partsOf } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { Radios } from '../../components/Radios';
import { Select, type Option } from '../../components/Select';
import { errorsOf } from '../../forms/errors';
import { useSubmission } from '../../forms/use-submission';
import {
  bodyOf,
  emptyValueOf,
  inputIdOf,
  type FieldSpec,
  type FieldValue,
  type FormSpec,
  type FormValues,
} from './form-spec';

const yesNo: readonly Option[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

const labelOf = (field: FieldSpec): string =>
  field.optional === true ? `${field.label} (optional)` : field.label;

/** One field, drawn as the design system's pattern for its kind of answer. */
const Field = (props: {
  readonly field: FieldSpec;
  readonly value: FieldValue;
  readonly onChange: (value: FieldValue) => void;
  readonly error: string | undefined;
  readonly facts: readonly Option[];
}) => {
  const { field, value } = props;
  const id = field.name.replace(/\./g, '-');
  const shared = {
    id,
    ...(field.hint !== undefined ? { hint: field.hint } : {}),
    ...(props.error !== undefined ? { error: props.error } : {}),
  };
  if (typeof value !== 'string')
    return (
      <DateInput {...shared} legend={labelOf(field)} value={value} onChange={props.onChange} />
    );
  const input = field.input;
  switch (input.kind) {
    case 'choice':
    case 'yes-no':
      return (
        <Radios
          {...shared}
          legend={labelOf(field)}
          value={value}
          options={input.kind === 'choice' ? input.options : yesNo}
          onChange={props.onChange}
        />
      );
    case 'recorded-fact':
      return (
        <Select
          {...shared}
          label={labelOf(field)}
          value={value}
          options={[{ value: '', text: 'Choose a recorded fact' }, ...props.facts]}
          onChange={props.onChange}
        />
      );
    default:
      return (
        <Input
          {...shared}
          label={labelOf(field)}
          value={value}
          onChange={props.onChange}
          {...(input.kind === 'long-text' ? { rows: 3 } : {})}
        />
      );
  }
};

/**
 * A write form from its description: the API's field errors shown at each field and in the
 * summary, what was typed kept, one write per click (useSubmission), `onDone` on success.
 */
export const SpecForm = (props: {
  readonly spec: FormSpec;
  /** Where the form is sent (POST). */
  readonly path: string;
  readonly initial?: Readonly<Record<string, string>>;
  /** The choices of a `recorded-fact` field. */
  readonly facts?: readonly Option[];
  readonly onDone: (written: Written) => void;
}) => {
  const { spec } = props;
  const [values, setValues] = useState<FormValues>(() =>
    Object.fromEntries(
      spec.fields.map((f): [string, FieldValue] => {
        const given = props.initial?.[f.name];
        if (given === undefined) return [f.name, emptyValueOf(f)];
        return [f.name, f.input.kind === 'date' ? partsOf(given) : given];
      }),
    ),
  );
  const form = useSubmission<Written>();
  const labels = Object.fromEntries(spec.fields.map((f) => [f.name, f.label]));
  const inputIds = Object.fromEntries(spec.fields.map((f) => [f.name, inputIdOf(f)]));

  const send = () =>
    form.submit(async (idempotencyKey) => {
      const answer = await postJson<Written>(props.path, bodyOf(spec.fields, values), {
        idempotencyKey,
      });
      if (answer.ok) props.onDone(answer.body);
      return answer;
    });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <ErrorSummary errors={errorsOf(form.problem, labels, inputIds)} />
      {spec.fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          value={values[field.name] ?? emptyValueOf(field)}
          onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
          error={messageFor(form.problem, field.name, field.label)}
          facts={props.facts ?? []}
        />
      ))}
      <Button sending={form.sending}>{spec.button}</Button>
    </form>
  );
};
