import { joining, staffFacts } from './staff-facts';

// What a recorded fact says, in the forms' own words: "Qualification: gcse-maths; Date awarded:
// 2024-06-01". Personal data (under `personal`) is never shown in the history table.

const fields = [...staffFacts.flatMap((f) => f.fields), ...joining.fields];

const labels = new Map<string, string>([
  ...fields.map((f): [string, string] => [f.name, f.label]),
  ['managerId', 'Line manager'],
  ['retractedEventId', 'Retracts'],
  ['from', 'From grade'],
  ['regradeCaseId', 'Regrade case'],
]);

const answers = new Map<string, string>(
  fields.flatMap((f) =>
    f.input.kind === 'choice'
      ? f.input.options.map((o): [string, string] => [`${f.name}=${o.value}`, o.text])
      : [],
  ),
);

const shown = (key: string, value: unknown): string | null => {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return answers.get(`${key}=${value}`) ?? value;
  if (typeof value === 'number') return String(value);
  return null;
};

export const detailsOf = (data: Readonly<Record<string, unknown>>): string =>
  Object.entries(data)
    .flatMap(([key, value]) => {
      const text = key === 'personal' ? null : shown(key, value);
      return text === null ? [] : [`${labels.get(key) ?? key}: ${text}`];
    })
    .join('; ');
