import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AllocationOptions, CaseWritten, WorkerOption } from '@ladder/api/wire';
import { postJson } from '../../api/client';
import { messageFor } from '../../api/problem';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { Panel } from '../../components/Panel';
import { Radios } from '../../components/Radios';
import { RequireRole } from '../../components/RequireRole';
import { Tag } from '../../components/Tag';
import { errorsOf } from '../../forms/errors';
import { useSubmission } from '../../forms/use-submission';

// A manager allocates one case (issue 15): for each worker in their line, the API's answer —
// may they hold it, only in an emergency, or not, and each rule with what it found — then
// the choice. The rule is never worked out here: a refusal comes back naming it.

const labels = { staffId: 'Worker', reason: 'Why this is an emergency' } as const;

const verdictTag = (w: WorkerOption) => {
  if (!('fit' in w)) return <Tag text="Cannot be judged" colour="grey" />;
  switch (w.fit.verdict) {
    case 'may-hold':
      return <Tag text="May hold it" colour="green" />;
    case 'emergency-only':
      return <Tag text="Only in an emergency" colour="yellow" />;
    case 'may-not-hold':
      return <Tag text="May not hold it" colour="red" />;
  }
};

/** Each worker's rules, as the API explained them. */
const Explained = ({ w }: { readonly w: WorkerOption }) =>
  !('fit' in w) ? (
    <p className="govuk-body">{w.unjudged}</p>
  ) : (
    <ul className="govuk-list govuk-list--bullet">
      {w.fit.checks.map((c) => (
        <li key={c.rule}>
          <strong>{c.holds ? 'Met' : 'Not met'}:</strong> {c.rule} — {c.message}
        </li>
      ))}
    </ul>
  );

const today = (): string => new Date().toISOString().slice(0, 10);

const AllocationForm = ({ options }: { readonly options: AllocationOptions }) => {
  const [staffId, setStaffId] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmission<CaseWritten>();
  const chosen = options.workers.find((w) => w.staffId === staffId);
  const emergency =
    chosen !== undefined && 'fit' in chosen && chosen.fit.verdict === 'emergency-only';
  const ref = encodeURIComponent(options.caseReference);

  if (form.done !== null)
    return (
      <>
        <Panel title={emergency ? 'Allocated in an emergency' : 'Case allocated'}>
          Case <strong>{options.caseReference}</strong> to <strong>{staffId}</strong>
        </Panel>
        <p className="govuk-body">
          <Link className="govuk-link" to="/team">
            Back to my team
          </Link>
        </p>
      </>
    );

  const send = () =>
    form.submit((idempotencyKey) =>
      emergency
        ? postJson<CaseWritten>(
            `/cases/${ref}/emergency-allocation`,
            { staffId, startsAt: new Date().toISOString(), reason },
            { idempotencyKey },
          )
        : options.holder === null
          ? postJson<CaseWritten>(
              `/cases/${ref}/allocation`,
              { staffId, allocatedOn: today() },
              { idempotencyKey },
            )
          : postJson<CaseWritten>(
              `/cases/${ref}/reallocation`,
              { staffId, reallocatedOn: today() },
              { idempotencyKey },
            ),
    );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <ErrorSummary
        errors={errorsOf(form.problem, labels, { staffId: 'staffId-input', reason: 'reason' })}
      />
      <Radios
        id="staffId"
        legend={options.holder === null ? 'Who should hold this case?' : 'Who should hold it now?'}
        hint="Each person's answer is Ladder's, from the career framework in force today."
        value={staffId}
        onChange={setStaffId}
        error={messageFor(form.problem, 'staffId', labels.staffId)}
        options={options.workers
          .filter((w) => w.staffId !== options.holder)
          .map((w) => ({
            value: w.staffId,
            text:
              'fit' in w
                ? `${w.staffId} (${w.fit.grade}): ${
                    w.fit.verdict === 'may-hold'
                      ? 'may hold it'
                      : w.fit.verdict === 'emergency-only'
                        ? 'only in an emergency'
                        : 'may not hold it'
                  }`
                : `${w.staffId}: cannot be judged`,
          }))}
      />
      {emergency && (
        <Input
          id="reason"
          label={labels.reason}
          hint={`An emergency allocation lasts ${chosen.fit.emergencyAllocationHours} hours; then the case must go to a grade that may hold it.`}
          value={reason}
          onChange={setReason}
          rows={3}
          error={messageFor(form.problem, 'reason', labels.reason)}
        />
      )}
      <Button sending={form.sending}>
        {emergency
          ? 'Allocate in an emergency'
          : options.holder === null
            ? 'Allocate case'
            : 'Reallocate case'}
      </Button>
    </form>
  );
};

const CaseView = ({ options }: { readonly options: AllocationOptions }) => (
  <>
    <p className="govuk-body">
      Team {options.team}, complexity {options.complexity},{' '}
      {options.libertyFlags.length === 0
        ? 'not liberty-affecting'
        : `liberty-affecting (${options.libertyFlags.join(', ')})`}
      . {options.holder === null ? 'Nobody holds it.' : `Held by ${options.holder}.`}
    </p>
    <h2 className="govuk-heading-m">The rule for each person in your line</h2>
    {options.workers.length === 0 ? (
      <p className="govuk-body">Nobody is in your line to allocate it to.</p>
    ) : (
      options.workers.map((w) => (
        <section key={w.staffId} aria-labelledby={`worker-${w.staffId}`}>
          <h3 className="govuk-heading-s" id={`worker-${w.staffId}`}>
            {w.staffId}
            {'fit' in w ? ` (${w.fit.grade})` : ''} {verdictTag(w)}
          </h3>
          <Explained w={w} />
        </section>
      ))
    )}
    <AllocationForm options={options} />
  </>
);

export const AllocateCase = () => {
  const { caseReference = '' } = useParams();
  const [options] = useLoad<AllocationOptions>(
    `/cases/${encodeURIComponent(caseReference)}/options`,
  );
  return (
    <RequireRole roles={['manager']}>
      {() => (
        <Layout title={`Case ${caseReference}`}>
          <LoadedView loaded={options} what="who may hold this case">
            {(o) => <CaseView options={o} />}
          </LoadedView>
        </Layout>
      )}
    </RequireRole>
  );
};
