import { Link, useParams } from 'react-router-dom';
import type { StaffHistoryEvent, StaffRecord, Verdict } from '../api/types';
import { useLoad } from '../api/use-load';
import { HistoryTable } from '../components/HistoryTable';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { SummaryList } from '../components/SummaryList';
import { Tag } from '../components/Tag';
import { VerdictView } from '../components/VerdictView';

const History = ({ staffId }: { readonly staffId: string }) => {
  const [history] = useLoad<{ events: StaffHistoryEvent[] }>(
    `/staff/${encodeURIComponent(staffId)}/history`,
  );
  return (
    <LoadedView loaded={history} what="the recorded history">
      {({ events }) => (
        <HistoryTable
          caption="Recorded history"
          events={events}
          last={{
            header: 'Retracted',
            cell: (e) => (e.retracted ? <Tag text="Retracted" colour="grey" /> : 'No'),
          }}
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
