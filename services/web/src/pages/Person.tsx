import { Link, useParams } from 'react-router-dom';
import type { HistoryEvent, StaffRecord, Verdict } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { SummaryList } from '../components/SummaryList';
import { Table } from '../components/Table';
import { Tag } from '../components/Tag';
import { VerdictView } from '../components/VerdictView';

const History = ({ staffId }: { readonly staffId: string }) => {
  const [history] = useLoad<{ events: HistoryEvent[] }>(
    `/staff/${encodeURIComponent(staffId)}/history`,
  );
  // The API keeps the full record to HR and auditors; say so plainly rather than as a failure.
  if (history.kind === 'problem' && history.problem.status === 403)
    return (
      <p className="govuk-body">
        The recorded history is open to HR administrators and auditors. The verdict above names the
        recorded facts it rests on.
      </p>
    );
  return (
    <LoadedView loaded={history} what="the recorded history">
      {({ events }) => (
        <Table
          caption="Recorded history"
          rows={events}
          rowKey={(e) => e.eventId}
          columns={[
            {
              header: 'What',
              cell: (e) => e.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
            },
            { header: 'True from', cell: (e) => e.effectiveAt.slice(0, 10) },
            { header: 'Recorded', cell: (e) => e.recordedAt.slice(0, 10) },
            { header: 'By', cell: (e) => `${e.actor.id} (${e.actor.role})` },
            {
              header: 'Status',
              cell: (e) =>
                e.retracted ? (
                  <Tag text="Retracted" colour="grey" />
                ) : e.inEffect ? (
                  'In effect'
                ) : (
                  'Not in effect'
                ),
            },
          ]}
        />
      )}
    </LoadedView>
  );
};

const PersonBody = ({ staffId }: { readonly staffId: string }) => {
  const path = `/staff/${encodeURIComponent(staffId)}`;
  const [record] = useLoad<StaffRecord>(path);
  const [verdict] = useLoad<Verdict>(`${path}/eligibility`);
  return (
    <>
      <LoadedView loaded={record} what="the staff record">
        {(r) => (
          <SummaryList
            rows={[
              { key: 'Staff id', value: r.staffId },
              { key: 'Job family', value: r.jobFamily },
              { key: 'Grade', value: r.grade },
              { key: 'Status', value: r.status === 'active' ? 'In post' : 'Has left' },
            ]}
          />
        )}
      </LoadedView>
      <h2 className="govuk-heading-m">Next grade, today</h2>
      <LoadedView loaded={verdict} what="the eligibility verdict">
        {(v) => (
          <>
            {v.toGrade !== null && v.outcome !== 'has-left' && (
              <Link
                className="govuk-button"
                role="button"
                to={`/people/${encodeURIComponent(staffId)}/regrade`}
              >
                Request a regrade to {v.toGrade}
              </Link>
            )}
            <VerdictView verdict={v} />
          </>
        )}
      </LoadedView>
      <h2 className="govuk-heading-m">History</h2>
      <History staffId={staffId} />
    </>
  );
};

export const Person = () => {
  const { staffId = '' } = useParams();
  return (
    <RequireRole roles={['manager', 'hr-admin']}>
      {() => (
        <Layout title={`Staff member ${staffId}`}>
          <PersonBody staffId={staffId} />
        </Layout>
      )}
    </RequireRole>
  );
};
