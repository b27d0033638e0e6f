import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { RegradeCase, SessionUser } from '../api/types';
import { useLoad } from '../api/use-load';
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

const CaseBody = ({ caseId, user }: { readonly caseId: string; readonly user: SessionUser }) => {
  const [loaded, reload] = useLoad<RegradeCase>(`/regrades/${encodeURIComponent(caseId)}`);
  const [done, setDone] = useState<string | null>(null);
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
              reload();
            }}
          />
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
