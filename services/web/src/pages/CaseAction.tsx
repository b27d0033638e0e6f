import { useState } from 'react';
import { postJson } from '../api/client';
import { messageFor } from '../api/problem';
import { Button } from '../components/Button';
import { DateInput, isoOf, partsOf, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Input } from '../components/Input';
import { errorsOf } from '../forms/errors';
import { useSubmission } from '../forms/use-submission';

/** What one step asks for: nothing, a reason, or a date (sent as `dateField`). */
export type ActionInput =
  | { readonly kind: 'none' }
  | { readonly kind: 'reason'; readonly label: string }
  | {
      readonly kind: 'date';
      readonly dateField: 'completedOn' | 'effectiveOn';
      readonly legend: string;
    };

/** One step on a case (approve, reject, complete, re-assess, withdraw): its own form and key. */
export const CaseAction = (props: {
  readonly caseId: string;
  readonly segment: string;
  readonly heading: string;
  readonly button: string;
  readonly input: ActionInput;
  readonly today: string;
  readonly warning?: boolean;
  readonly onDone: (what: string) => void;
}) => {
  const id = props.segment;
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<DateParts>(partsOf(props.today));
  const form = useSubmission<unknown>();
  const input = props.input;
  const field = input.kind === 'reason' ? 'reason' : input.kind === 'date' ? input.dateField : '';
  const label = input.kind === 'reason' ? input.label : input.kind === 'date' ? input.legend : '';
  const labels: Record<string, string> = field === '' ? {} : { [field]: label };
  const inputId = input.kind === 'date' ? `${id}-date-day` : `${id}-reason`;
  const body =
    input.kind === 'reason'
      ? { reason }
      : input.kind === 'date'
        ? { [input.dateField]: isoOf(date) }
        : {};

  const send = () =>
    form.submit(async (idempotencyKey) => {
      const answer = await postJson<unknown>(
        `/regrades/${encodeURIComponent(props.caseId)}/${props.segment}`,
        body,
        { idempotencyKey },
      );
      if (answer.ok) props.onDone(props.heading);
      return answer;
    });

  return (
    <form
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {props.heading}
      </h2>
      <ErrorSummary errors={errorsOf(form.problem, labels, { [field]: inputId })} />
      {input.kind === 'reason' && (
        <Input
          id={`${id}-reason`}
          label={input.label}
          rows={3}
          value={reason}
          onChange={setReason}
          error={messageFor(form.problem, 'reason', input.label)}
        />
      )}
      {input.kind === 'date' && (
        <DateInput
          id={`${id}-date`}
          legend={input.legend}
          hint="For example, 27 3 2026"
          value={date}
          onChange={setDate}
          error={messageFor(form.problem, input.dateField, input.legend)}
        />
      )}
      <Button sending={form.sending} {...(props.warning === true ? { warning: true } : {})}>
        {props.button}
      </Button>
    </form>
  );
};
