import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { VerificationJob } from '../../api/audit-types';
import { postJson } from '../../api/client';
import { messageFor } from '../../api/problem';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { errorsOf } from '../../forms/errors';
import { useSubmission } from '../../forms/use-submission';
import { JobView, outcomeOf } from './JobView';
import { usePolledJob } from './use-polled-job';

const VerificationBody = () => {
  const [search, setSearch] = useSearchParams();
  const jobId = search.get('job');
  const [staffId, setStaffId] = useState('');
  const form = useSubmission<VerificationJob>();
  const job = usePolledJob(jobId);
  // The job's address goes in the page's: leave, come back, and it is still followed.
  useEffect(() => {
    if (form.done !== null) setSearch(new URLSearchParams({ job: form.done.id }));
  }, [form.done, setSearch]);
  const errors = useMemo(
    () => errorsOf(form.problem, { staffId: 'One person only' }, { staffId: 'staff-id' }),
    [form.problem],
  );
  const staffError = messageFor(form.problem, 'staffId', 'One person only');
  return (
    <>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        Every event is chained to the one before it in its stream by a hash. Verifying reads the
        whole log again, recomputes each hash and compares it with the one recorded: a changed,
        removed or reordered event breaks the chain at that point.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = staffId.trim() === '' ? {} : { staffId: staffId.trim() };
          void form.submit((key) =>
            postJson<VerificationJob>('/audit/verifications', body, { idempotencyKey: key }),
          );
        }}
      >
        <Input
          id="staff-id"
          label="One person only"
          hint="Leave empty to verify every stream; a staff id verifies that person's streams"
          value={staffId}
          onChange={setStaffId}
          {...(staffError !== undefined ? { error: staffError } : {})}
        />
        <Button sending={form.sending}>Start verification</Button>
      </form>
      <p className="govuk-visually-hidden" role="status">
        {job?.kind === 'ok' && job.body.status !== 'running' ? outcomeOf(job.body) : ''}
      </p>
      {job !== null && (
        <LoadedView loaded={job} what="the verification">
          {(j) => <JobView job={j} />}
        </LoadedView>
      )}
    </>
  );
};

export const Verification = () => (
  <RequireRole roles={['auditor']}>
    {() => (
      <Layout title="Verify the hash chains">
        <VerificationBody />
      </Layout>
    )}
  </RequireRole>
);
