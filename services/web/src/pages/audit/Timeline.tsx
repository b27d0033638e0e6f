import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { StaffTimeline } from '../../api/audit-types';
import { messageFor } from '../../api/problem';
import type { Verdict } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { DateInput, isoOf, partsOf } from '../../components/DateInput';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { KnownAtSlider } from './KnownAtSlider';
import { TimelineTable } from './TimelineTable';
import { useKept } from './use-kept';
import { VerdictComparison } from './VerdictComparison';
import { todayUtc, typeInWords } from './words';

/** The pair as a query string: the effective date, and the instant when one is chosen. */
const axesQuery = (effectiveOn: string, knownAt: string | null): string =>
  `effectiveOn=${encodeURIComponent(effectiveOn)}` +
  (knownAt === null ? '' : `&knownAt=${encodeURIComponent(knownAt)}`);

const TimelineBody = ({ staffId }: { readonly staffId: string }) => {
  const [search, setSearch] = useSearchParams();
  const effectiveOn = search.get('effectiveOn') ?? todayUtc();
  const knownAt = search.get('knownAt');
  const [typed, setTyped] = useState(() => partsOf(effectiveOn));
  const person = encodeURIComponent(staffId);
  const axes = axesQuery(effectiveOn, knownAt);
  const [timeline] = useLoad<StaffTimeline>(`/audit/staff/${person}/timeline?${axes}`);
  const [then] = useLoad<Verdict>(`/staff/${person}/eligibility?${axes}`);
  const [now] = useLoad<Verdict>(`/staff/${person}/eligibility`);
  const kept = useKept(timeline);
  const setAxes = (e: string, k: string | null) =>
    setSearch(new URLSearchParams(axesQuery(e, k)), { replace: true });
  const dateError =
    timeline.kind === 'problem'
      ? messageFor(timeline.problem, 'effectiveOn', 'Effective on')
      : undefined;
  return (
    <>
      <p className="govuk-body">
        Pick a pair: the date a fact must be true on (<strong>effective on</strong>), and the moment
        of Ladder&apos;s knowledge (<strong>as known at</strong>). Each event is shown as it stood
        for that pair, and the verdict is the API&apos;s answer for it.{' '}
        <Link className="govuk-link" to={`/auditor/trail?staffId=${person}`}>
          This person&apos;s events in the audit trail
        </Link>
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAxes(isoOf(typed), knownAt);
        }}
      >
        <DateInput
          id="effective-on"
          legend="Effective on"
          hint="The date the facts must be true on, for example 31 3 2025"
          value={typed}
          onChange={setTyped}
          {...(dateError !== undefined ? { error: dateError } : {})}
        />
        <Button secondary>Show this date</Button>
      </form>
      {kept !== null && (
        <KnownAtSlider
          instants={kept.recordedInstants}
          knownAt={knownAt}
          onChange={(instant) => setAxes(effectiveOn, instant)}
          recordedThen={kept.events
            .filter((e) => e.recordedAt === (knownAt ?? kept.recordedInstants.at(-1)))
            .map((e) => `${typeInWords(e.type)} by ${e.actor.id}`)}
        />
      )}
      <p className="govuk-body" role="status">
        {timeline.kind === 'loading' ? 'Reading the events for this pair…' : ''}
      </p>
      {timeline.kind === 'problem' && dateError === undefined && (
        <LoadedView loaded={timeline} what="the timeline">
          {() => null}
        </LoadedView>
      )}
      {kept !== null && <TimelineTable timeline={kept} />}
      <h2 className="govuk-heading-l">Verdict for this pair, beside today&apos;s</h2>
      <LoadedView loaded={then} what="the verdict for this pair">
        {(v) => (
          <LoadedView loaded={now} what="today's verdict">
            {(today) => <VerdictComparison then={v} now={today} />}
          </LoadedView>
        )}
      </LoadedView>
    </>
  );
};

export const Timeline = () => {
  const { staffId = '' } = useParams();
  return (
    <RequireRole roles={['auditor', 'hr-admin']}>
      {() => (
        <Layout title={`Timeline of ${staffId}`}>
          <TimelineBody staffId={staffId} />
        </Layout>
      )}
    </RequireRole>
  );
};
