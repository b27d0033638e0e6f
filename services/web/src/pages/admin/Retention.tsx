import { useEffect, useState } from 'react';
import { getJson, postJson } from '../../api/client';
import type { DueErasure, RetentionJob, RetentionRule } from '../../api/personal-data-types';
import type { Loaded } from '../../api/use-load';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { Table } from '../../components/Table';
import { errorsOf } from '../../forms/errors';
import { useSubmission } from '../../forms/use-submission';

// The retention schedule as HR runs it: the rules, a dry run listing what is due (a job in
// the server's worker thread, polled), then the run, which erases that list and records it.

const usePolled = (jobId: string | null): Loaded<RetentionJob> | null => {
  const [state, setState] = useState<Loaded<RetentionJob>>({ kind: 'loading' });
  useEffect(() => {
    if (jobId === null) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      const a = await getJson<RetentionJob>(`/retention/jobs/${encodeURIComponent(jobId)}`);
      if (!current) return;
      setState(a.ok ? { kind: 'ok', body: a.body } : { kind: 'problem', problem: a.problem });
      if (a.ok && a.body.status === 'running') timer = setTimeout(() => void read(), 300);
    };
    void read();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [jobId]);
  return jobId === null ? null : state;
};

const DueTable = ({
  caption,
  rows,
}: {
  readonly caption: string;
  readonly rows: readonly DueErasure[];
}) =>
  rows.length === 0 ? (
    <p className="govuk-body">Nothing is due.</p>
  ) : (
    <Table
      caption={caption}
      rows={[...rows]}
      rowKey={(d) => `${d.staffId}:${d.rule}`}
      columns={[
        { header: 'Staff id', cell: (d) => d.staffId },
        { header: 'Rule', cell: (d) => d.description },
        {
          header: 'What goes',
          cell: (d) =>
            d.scope === 'person' ? 'all personal data' : `${d.eventIds.length} DBS check(s)`,
        },
        { header: 'Due on', cell: (d) => d.dueOn },
      ]}
    />
  );

const JobResult = ({ loaded }: { readonly loaded: Loaded<RetentionJob> }) => (
  <LoadedView loaded={loaded} what="the retention job">
    {(job) =>
      job.status === 'running' ? (
        <p className="govuk-body" role="status">
          Reading the log… {job.eventsScanned} events so far.
        </p>
      ) : job.status === 'failed' ? (
        <p className="govuk-body">The job failed: {job.error}</p>
      ) : job.mode === 'dry-run' ? (
        <DueTable caption={`Due on ${job.asOf} (nothing erased yet)`} rows={job.due ?? []} />
      ) : (
        <DueTable caption={`Erased on ${job.asOf}`} rows={job.erased ?? []} />
      )
    }
  </LoadedView>
);

const RetentionBody = () => {
  const [schedule] = useLoad<{ rules: RetentionRule[] }>('/retention/schedule');
  const dry = useSubmission<RetentionJob>();
  const run = useSubmission<RetentionJob>();
  const dryJob = usePolled(dry.done?.id ?? null);
  const runJob = usePolled(run.done?.id ?? null);
  const listed = dryJob?.kind === 'ok' && dryJob.body.status === 'done' ? dryJob.body : null;
  const errors = errorsOf(run.problem ?? dry.problem, {}, {});
  return (
    <>
      <ErrorSummary errors={errors} />
      <LoadedView loaded={schedule} what="the retention schedule">
        {({ rules }) => (
          <Table
            caption="The retention schedule"
            rows={rules}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Rule', cell: (r) => r.description },
              { header: 'Kept for', cell: (r) => `${r.months} months`, numeric: true },
            ]}
          />
        )}
      </LoadedView>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void dry.submit((key) =>
            postJson<RetentionJob>('/retention/dry-runs', {}, { idempotencyKey: key }),
          );
        }}
      >
        <Button secondary sending={dry.sending}>
          List what is due
        </Button>
      </form>
      {dryJob !== null && <JobResult loaded={dryJob} />}
      {listed !== null && (listed.due ?? []).length > 0 && run.done === null && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run.submit((key) =>
              postJson<RetentionJob>(
                '/retention/runs',
                { asOf: listed.asOf },
                { idempotencyKey: key },
              ),
            );
          }}
        >
          <Button warning sending={run.sending}>
            Erase what is listed
          </Button>
        </form>
      )}
      {runJob !== null && <JobResult loaded={runJob} />}
    </>
  );
};

export const Retention = () => (
  <RequireRole roles={['hr-admin']}>
    {() => (
      <Layout title="Retention">
        <RetentionBody />
      </Layout>
    )}
  </RequireRole>
);
