import { isoOf, type DateParts } from '../../components/DateInput';
import type { Option } from '../../components/Select';

// A write form described as data: each field's API name, its label in HR's words, its input.
// One renderer (SpecForm.tsx) draws every such form with the design system's markup.

export type FieldInput =
  | { readonly kind: 'text' }
  | { readonly kind: 'long-text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'date' }
  | { readonly kind: 'choice'; readonly options: readonly Option[] }
  | { readonly kind: 'yes-no' }
  /** One of the person's recorded facts (what a retraction names). */
  | { readonly kind: 'recorded-fact' };

export interface FieldSpec {
  /** The API's name for it; a dotted name nests (`personal.name` is sent as `{ personal: { name } }`). */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly input: FieldInput;
}

export interface FormSpec {
  readonly title: string;
  readonly button: string;
  readonly fields: readonly FieldSpec[];
}

export type FieldValue = string | DateParts;
export type FormValues = Readonly<Record<string, FieldValue>>;

/** The id of a field's input (what the error summary links to). */
export const inputIdOf = (field: FieldSpec): string => {
  const id = field.name.replace(/\./g, '-');
  if (field.input.kind === 'date') return `${id}-day`;
  if (field.input.kind === 'choice' || field.input.kind === 'yes-no') return `${id}-input`;
  return id;
};

export const emptyValueOf = (field: FieldSpec): FieldValue =>
  field.input.kind === 'date' ? { day: '', month: '', year: '' } : '';

/**
 * What is sent for one field; undefined leaves it out, so the API names a missing one. Nothing is
 * judged here: a number that does not parse is sent as typed and the API says what is wrong.
 */
const sentValueOf = (field: FieldSpec, value: FieldValue): unknown => {
  if (typeof value !== 'string') {
    const blank = value.day.trim() === '' && value.month.trim() === '' && value.year.trim() === '';
    return blank ? undefined : isoOf(value);
  }
  const text = value.trim();
  if (text === '') return undefined;
  switch (field.input.kind) {
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'yes-no':
      return text === 'yes';
    default:
      return text;
  }
};

/** The request body: every field given, dotted names nested. */
export const bodyOf = (
  fields: readonly FieldSpec[],
  values: FormValues,
): Record<string, unknown> => {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const sent = sentValueOf(field, values[field.name] ?? emptyValueOf(field));
    if (sent === undefined) continue;
    const [head = '', ...rest] = field.name.split('.');
    if (rest.length === 0) body[head] = sent;
    else {
      const inner = body[head];
      const nested: Record<string, unknown> =
        typeof inner === 'object' && inner !== null ? { ...inner } : {};
      nested[rest.join('.')] = sent;
      body[head] = nested;
    }
  }
  return body;
};
