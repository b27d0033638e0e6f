// RFC 7807 problem documents as the API answers them (services/api/src/http/problem.ts):
// `field` names the one input at fault, `errors` lists each one with its message.

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly code?: string;
  /** The business rule a refusal names (e.g. "Nobody approves their own request"). */
  readonly rule?: string;
  readonly field?: string;
  readonly errors?: readonly FieldError[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fieldErrorsOf = (value: unknown): FieldError[] =>
  Array.isArray(value)
    ? value.flatMap((e): FieldError[] =>
        isRecord(e) && typeof e['field'] === 'string' && typeof e['message'] === 'string'
          ? [{ field: e['field'], message: e['message'] }]
          : [],
      )
    : [];

/** Reads a problem body; anything else becomes a problem that says what the status was. */
export const problemOf = (status: number, body: unknown): Problem => {
  if (!isRecord(body)) return { status, title: `The server answered ${status}`, detail: '' };
  const text = (key: string): string | undefined =>
    typeof body[key] === 'string' ? body[key] : undefined;
  const code = text('code');
  const field = text('field');
  const rule = text('rule');
  return {
    status,
    title: text('title') ?? `The server answered ${status}`,
    detail: text('detail') ?? '',
    ...(code !== undefined ? { code } : {}),
    ...(rule !== undefined ? { rule } : {}),
    ...(field !== undefined ? { field } : {}),
    errors: fieldErrorsOf(body['errors']),
  };
};

// The codecs name their types ("must be IsoDate"); people read what to do instead.
const words: Readonly<Record<string, string>> = {
  'must be IsoDate': 'must be a real date, like 27 3 2026',
  'must be NonEmptyString': 'must be filled in',
  'must be WeeklyHours': 'must be a number of hours a week, more than 0 and at most 168',
  'must be boolean': 'must be answered yes or no',
  'must be ResourceId':
    'must use only letters, digits and - _ . : (starting with a letter or digit)',
  'must be JobFamily': 'must be a job family Ladder knows',
  'must be Grade': 'must be a grade Ladder knows',
  'must be Importance': 'must be "essential" or "desirable"',
  'must be PositiveInteger': 'must be a whole number, 1 or more',
  'must be PdrOutcome': 'must be one of the outcomes listed',
  'must be DbsLevel': 'must be one of the levels listed',
  'must be AssessmentMethod': 'must be application, interview or test',
  'must be AssessmentOutcome': 'must be passed or not passed',
  'is not a known field': 'is not something Ladder records here',
};

/** A codec's message in words ("is required (IsoDate)" reads "is required"). */
export const plainMessage = (message: string): string =>
  words[message] ?? (message.startsWith('is required') ? 'is required' : message);

/** What is wrong with `field`, in a sentence that starts with its label; none if not named. */
export const messageFor = (
  problem: Problem | null,
  field: string,
  label: string,
): string | undefined => {
  if (problem === null) return undefined;
  const listed = problem.errors?.find((e) => e.field === field);
  if (listed !== undefined) return `${label} ${plainMessage(listed.message)}`;
  return problem.field === field ? `${label}: ${problem.detail}` : undefined;
};
