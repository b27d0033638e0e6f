import { useParams } from 'react-router-dom';
import type { StaffRecord } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { StaffHistory } from '../components/StaffHistory';
import { SummaryList } from '../components/SummaryList';
import { NextGrade } from '../components/NextGrade';

const PersonBody = ({ staffId }: { readonly staffId: string }) => {
  const path = `/staff/${encodeURIComponent(staffId)}`;
  const [record] = useLoad<StaffRecord>(path);
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
      <NextGrade staffId={staffId} />
      <h2 className="govuk-heading-m">History</h2>
      <StaffHistory staffId={staffId} />
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
