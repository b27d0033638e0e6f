import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { RecordedEvent, RegradeCase, SessionUser } from '../api/types';
import { useLoad } from '../api/use-load';
import { HistoryTable } from '../components/HistoryTable';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { SummaryList } from '../components/SummaryList';
import { VerdictView } from '../components/VerdictView';
import { CaseAction } from './CaseAction';
import { CaseStatusTag } from './case-columns';

const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The steps this person may try now. The API decides; a refusal is shown where it was tried. */
const Actions = (props: {
  readonly c: RegradeCase;
  readonly user: SessionUser;
  readonly onDone: (what: string) => void;
}) => {
  const { c, user } = props;
  const shared = { caseId: c.caseId, today: todayIso(), onDone: props.onDone };
  const open = c.status === 'requested' || c.status === 'assessed';
  return (
    <>
      {user.role === 'approver' && c.status === 'assessed' && (
        <>
          <CaseAction
            {...shared}
            segment="approval"
            heading="Approve"
            button="Approve regrade"
            input={{ kind: 'none' }}
          />
          <CaseAction
            {...shared}
            segment="rejection"
            heading="Reject"
            button="Reject regrade"
            warning
            input={{ kind: 'reason', label: 'Reason for rejecting' }}
          />
        </>
      )}
      {(user.role === 'approver' || user.role === 'hr-admin') && c.status === 'approved' && (
        <CaseAction
          {...shared}
          segment="completion"
          heading="Complete"
          button="Complete regrade"
          input={{ kind: 'date', dateField: 'completedOn', legend: 'Date the new grade starts' }}
        />
      )}
      {(user.role === 'manager' || user.role === 'hr-admin') && open && (
        <>
          <CaseAction
            {...shared}
            segment="assessments"
            heading="Re-assess"
            button="Re-assess eligibility"
            input={{ kind: 'date', dateField: 'effectiveOn', legend: 'Assess eligibility on' }}
          />
          <CaseAction
            {...shared}
            segment="withdrawal"
            heading="Withdraw"
            button="Withdraw request"
            warning
            input={{ kind: 'reason', label: 'Reason for withdrawing' }}
          />
        </>
      )}
    </>
  );
};

/** The case's recorded steps: who requested, assessed, decided and completed it, and when. */
const CaseHistory = ({ caseId }: { readonly caseId: string }) => {
  const [history] = useLoad<{ events: RecordedEvent[] }>(
    `/regrades/${encodeURIComponent(caseId)}/history`,
  );
  return (
    <LoadedView loaded={history} what="the case history">
      {({ events }) => (
        <HistoryTable
          caption="Case history"
          events={events}
          last={{ header: 'Reason given', cell: (e) => e.reason ?? '' }}
        />
      )}
    </LoadedView>
  );
};

const CaseBody = ({ caseId, user }: { readonly caseId: string; readonly user: SessionUser }) => {
  const [loaded, reload] = useLoad<RegradeCase>(`/regrades/${encodeURIComponent(caseId)}`);
  const [done, setDone] = useState<string | null>(null);
  // Each recorded step remounts the history, so it reads the case again.
  const [steps, setSteps] = useState(0);
  return (
    <LoadedView loaded={loaded} what="the case">
      {(c) => (
        <>
          {done !== null && (
            <div
              className="govuk-notification-banner govuk-notification-banner--success"
              role="alert"
              aria-labelledby="done-title"
            >
              <div className="govuk-notification-banner__header">
                <h2 className="govuk-notification-banner__title" id="done-title">
                  Success
                </h2>
              </div>
              <div className="govuk-notification-banner__content">
                <p className="govuk-notification-banner__heading">
                  {done}: recorded. The case is now {c.status}.
                </p>
              </div>
            </div>
          )}
          <SummaryList
            rows={[
              { key: 'Status', value: <CaseStatusTag status={c.status} /> },
              {
                key: 'Staff member',
                value:
                  user.role === 'manager' ? (
                    <Link className="govuk-link" to={`/people/${encodeURIComponent(c.staffId)}`}>
                      {c.staffId}
                    </Link>
                  ) : (
                    c.staffId
                  ),
              },
              { key: 'Regrade', value: `${c.fromGrade} to ${c.toGrade} (${c.jobFamily})` },
              { key: 'Vacancy', value: c.vacancyId ?? 'None named' },
              { key: 'Requested by', value: `${c.requestedBy.id} (${c.requestedBy.role})` },
              { key: 'Requested on', value: c.requestedOn },
            ]}
          />
          <h2 className="govuk-heading-m">Verdict as recorded</h2>
          {c.verdict !== undefined ? (
            <VerdictView verdict={c.verdict} />
          ) : (
            <p className="govuk-body">Not assessed yet.</p>
          )}
          <Actions
            c={c}
            user={user}
            onDone={(what) => {
              setDone(what);
              setSteps((n) => n + 1);
              reload();
            }}
          />
          <h2 className="govuk-heading-m">History</h2>
          <CaseHistory key={steps} caseId={c.caseId} />
        </>
      )}
    </LoadedView>
  );
};

export const Case = () => {
  const { caseId = '' } = useParams();
  return (
    <RequireRole roles={['manager', 'approver', 'hr-admin']}>
      {(user) => (
        <Layout title={`Regrade case ${caseId}`}>
          <CaseBody caseId={caseId} user={user} />
        </Layout>
      )}
    </RequireRole>
  );
};
