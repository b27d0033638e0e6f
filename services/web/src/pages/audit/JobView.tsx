import { Link } from 'react-router-dom';
import type { VerificationJob } from '../../api/audit-types';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { instantText } from './words';

type Result = NonNullable<VerificationJob['result']>;
type Break = NonNullable<Result['firstBreak']>;

const breakWords: Readonly<Record<Break['kind'], string>> = {
  'hash-mismatch': 'its hash does not match its contents and the hash before it',
  'missing-from-store': 'the audit copy names an event the store no longer holds',
  'different-event': 'the store holds a different event at this place in the stream',
};

/** The outcome in words, for the live region and the heading of the result. */
export const outcomeOf = (job: VerificationJob): string => {
  if (job.status === 'running') return 'Running';
  if (job.status === 'failed') return 'The verification could not finish';
  return job.result?.firstBreak === null ? 'Verified: every link holds' : 'A broken link was found';
};

const FirstBreak = ({ b }: { readonly b: Break }) => (
  <SummaryList
    rows={[
      { key: 'Stream', value: <code className="ladder-break">{b.streamName}</code> },
      { key: 'Revision', value: b.revision },
      { key: 'Event', value: `${b.type} (${b.eventId})` },
      { key: 'What is wrong', value: breakWords[b.kind] },
      { key: 'Hash recorded', value: <code className="ladder-break">{b.recordedHash}</code> },
      {
        key: 'Hash recomputed',
        value: <code className="ladder-break">{b.recomputedHash ?? 'none'}</code>,
      },
    ]}
  />
);

/** A verification job: its progress while it runs, then what it found. */
export const JobView = ({ job }: { readonly job: VerificationJob }) => {
  const p = job.progress;
  const colour =
    job.status === 'running' ? 'blue' : job.result?.firstBreak === null ? 'green' : 'red';
  return (
    <section aria-labelledby="job-heading" data-testid="verification-job" data-status={job.status}>
      <h2 className="govuk-heading-m" id="job-heading">
        Verification of {job.staffId === null ? 'every stream' : `${job.staffId}'s streams`},
        started {instantText(job.startedAt)}
      </h2>
      <p className="govuk-body">
        <Tag text={outcomeOf(job)} colour={colour} />
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="verification-progress">
          Streams checked
        </label>
        <progress
          id="verification-progress"
          className="ladder-progress"
          max={Math.max(p.streamsTotal, 1)}
          value={p.streamsDone}
        >
          {p.streamsDone} of {p.streamsTotal}
        </progress>
      </div>
      <SummaryList
        rows={[
          { key: 'Streams checked', value: `${p.streamsDone} of ${p.streamsTotal}` },
          { key: 'Events checked', value: String(p.eventsDone) },
          { key: 'Rate', value: `${p.eventsPerSecond} events a second` },
          {
            key: 'Finished',
            value: job.finishedAt === null ? 'not yet' : instantText(job.finishedAt),
          },
        ]}
      />
      {job.status === 'running' && (
        <div className="govuk-inset-text">
          The check runs on the server, apart from everything else: you and everyone else can keep
          using Ladder meanwhile. Open the{' '}
          <Link className="govuk-link" to="/auditor/trail">
            audit trail
          </Link>{' '}
          and come back to this page&apos;s address to see the result.
        </div>
      )}
      {job.status === 'failed' && <p className="govuk-body">{job.error}</p>}
      {job.result !== null && job.result.firstBreak === null && (
        <p className="govuk-body">
          Every hash in {job.result.streams} streams ({job.result.events} events) matches its event
          and the one before it: nothing recorded has been changed, removed or reordered.
          {job.result.notYetProjected > 0 &&
            ` ${job.result.notYetProjected} events were too new to be in the audit copy yet.`}
        </p>
      )}
      {job.result !== null && job.result.firstBreak !== null && (
        <>
          <h3 className="govuk-heading-s">The first broken link</h3>
          <FirstBreak b={job.result.firstBreak} />
        </>
      )}
    </section>
  );
};
