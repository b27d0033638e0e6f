import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { postJson } from '../../api/client';
import type { Erasure, OpenErasureRequest } from '../../api/personal-data-types';
import { messageFor, type Problem } from '../../api/problem';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Table } from '../../components/Table';
import { errorsOf } from '../../forms/errors';
import { useSubmission } from '../../forms/use-submission';

// HR's personal-data page: ask for a person's erasure, approve another admin's request (the
// API refuses one's own, and the page shows its rule), and download a subject-access export.

const staffPath = (staffId: string) => `/staff/${encodeURIComponent(staffId.trim())}`;

const AskForErasure = ({ onAsked }: { readonly onAsked: () => void }) => {
  const [staffId, setStaffId] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmission<{ requestId: string }>();
  // The list below is read again once a request is recorded (not after a refusal).
  useEffect(() => {
    if (form.done !== null) onAsked();
  }, [form.done, onAsked]);
  const errors = useMemo(
    () =>
      errorsOf(
        form.problem,
        { staffId: 'Staff id', 'X-Reason': 'Why' },
        { staffId: 'erasure-staff-id', 'X-Reason': 'erasure-reason' },
      ),
    [form.problem],
  );
  return (
    <>
      <h2 className="govuk-heading-m">Ask for an erasure</h2>
      <ErrorSummary errors={errors} />
      {form.done !== null && (
        <SuccessBanner
          text={`Erasure asked for (request ${form.done.requestId}): another person approves it.`}
        />
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit((key) =>
            postJson<{ requestId: string }>(
              `${staffPath(staffId)}/erasure-requests`,
              {},
              { idempotencyKey: key, reason: reason.trim() },
            ),
          );
        }}
      >
        <Input
          id="erasure-staff-id"
          label="Staff id"
          hint="The person whose names, date of birth, DBS details and notes are to be erased"
          value={staffId}
          onChange={setStaffId}
          {...(messageFor(form.problem, 'staffId', 'Staff id') !== undefined
            ? { error: messageFor(form.problem, 'staffId', 'Staff id') ?? '' }
            : {})}
        />
        <Input
          id="erasure-reason"
          label="Why"
          hint="For the record, e.g. the person asked (UK GDPR Article 17). Do not write personal data here."
          rows={2}
          value={reason}
          onChange={setReason}
        />
        <Button sending={form.sending}>Ask for erasure</Button>
      </form>
    </>
  );
};

/** One request's approve button; what came of it is shown above the list, not in the row. */
const ApproveErasure = ({
  request,
  onAnswer,
}: {
  readonly request: OpenErasureRequest;
  readonly onAnswer: (answer: { erased: string } | { refused: Problem }) => void;
}) => {
  const form = useSubmission<Erasure>();
  useEffect(() => {
    if (form.done !== null)
      onAnswer({
        erased: `${request.staffId}'s personal data is erased: ${form.done.keysDestroyed} keys destroyed${form.done.clearTextEventIds.length > 0 ? `; ${form.done.clearTextEventIds.length} events written before encryption could not be erased` : ''}.`,
      });
  }, [form.done, onAnswer, request.staffId]);
  useEffect(() => {
    if (form.problem !== null) onAnswer({ refused: form.problem });
  }, [form.problem, onAnswer]);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit((key) =>
          postJson<Erasure>(
            `${staffPath(request.staffId)}/erasure-requests/${encodeURIComponent(request.requestId)}/approval`,
            {},
            { idempotencyKey: key },
          ),
        );
      }}
    >
      <Button warning sending={form.sending}>
        Approve erasure<span className="govuk-visually-hidden"> of {request.staffId}</span>
      </Button>
    </form>
  );
};

const SubjectAccess = () => {
  const [staffId, setStaffId] = useState('');
  const id = staffId.trim();
  return (
    <>
      <h2 className="govuk-heading-m">Subject access</h2>
      <p className="govuk-body">
        Everything Ladder holds about a person: every fact, who recorded it, when and why, every
        decision with its explanation, and which personal data is still readable.
      </p>
      <Input id="subject-staff-id" label="Staff id" value={staffId} onChange={setStaffId} />
      {id !== '' && (
        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href={`${staffPath(id)}/subject-access?format=html`}>
              Download {id}&apos;s data as a page
            </a>
          </li>
          <li>
            <a
              className="govuk-link"
              href={`${staffPath(id)}/subject-access`}
              download={`subject-access-${id}.json`}
            >
              Download {id}&apos;s data as JSON
            </a>
          </li>
        </ul>
      )}
    </>
  );
};

const PersonalDataBody = () => {
  const [open, reload] = useLoad<{ requests: OpenErasureRequest[] }>('/erasure-requests');
  const [answer, setAnswer] = useState<{ erased: string } | { refused: Problem } | null>(null);
  const onAnswer = useCallback(
    (a: { erased: string } | { refused: Problem }) => {
      setAnswer(a);
      if ('erased' in a) reload();
    },
    [reload],
  );
  const refusal = useMemo(
    () => (answer !== null && 'refused' in answer ? errorsOf(answer.refused, {}, {}) : []),
    [answer],
  );
  return (
    <>
      <p className="govuk-body">
        Personal data is encrypted with a key for each person. Erasing destroys the key: the facts,
        verdicts and counts stay, the personal parts become unreadable everywhere at once. One HR
        admin asks, a different person approves. The{' '}
        <Link className="govuk-link" to="/admin/retention">
          retention schedule
        </Link>{' '}
        erases what is due by policy.
      </p>
      <AskForErasure onAsked={reload} />
      <h2 className="govuk-heading-m">Waiting for approval</h2>
      <ErrorSummary errors={refusal} />
      {answer !== null && 'erased' in answer && <SuccessBanner text={answer.erased} />}
      <LoadedView loaded={open} what="the erasure requests">
        {({ requests }) =>
          requests.length === 0 ? (
            <p className="govuk-body">No erasure is waiting for approval.</p>
          ) : (
            <Table
              caption="Erasure requests"
              rows={requests}
              rowKey={(r) => r.requestId}
              columns={[
                { header: 'Staff id', cell: (r) => r.staffId },
                { header: 'Asked by', cell: (r) => `${r.requestedBy.id} on ${r.requestedOn}` },
                { header: 'Why', cell: (r) => r.reason ?? '' },
                {
                  header: 'Approve',
                  cell: (r) => <ApproveErasure request={r} onAnswer={onAnswer} />,
                },
              ]}
            />
          )
        }
      </LoadedView>
      <SubjectAccess />
    </>
  );
};

export const PersonalData = () => (
  <RequireRole roles={['hr-admin']}>
    {() => (
      <Layout title="Personal data">
        <PersonalDataBody />
      </Layout>
    )}
  </RequireRole>
);
