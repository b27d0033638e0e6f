import { Link } from 'react-router-dom';
import type { RegradeListItem } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { Table } from '../components/Table';
import { CaseStatusTag } from './caseStatus';

/** Cases waiting for a decision (assessed) and for completion (approved), oldest first. */
const Queue = ({
  status,
  caption,
}: {
  readonly status: 'assessed' | 'approved';
  readonly caption: string;
}) => {
  const [list] = useLoad<{ cases: RegradeListItem[] }>(`/regrades?status=${status}`);
  return (
    <LoadedView loaded={list} what={caption.toLowerCase()}>
      {({ cases }) => {
        const oldestFirst = [...cases].sort((a, b) => b.ageDays - a.ageDays);
        return oldestFirst.length === 0 ? (
          <p className="govuk-body">No case is waiting here.</p>
        ) : (
          <Table
            caption={caption}
            rows={oldestFirst}
            rowKey={(c) => c.caseId}
            columns={[
              {
                header: 'Case',
                cell: (c) => (
                  <Link className="govuk-link" to={`/cases/${encodeURIComponent(c.caseId)}`}>
                    {c.caseId}
                  </Link>
                ),
              },
              { header: 'Staff', cell: (c) => c.staffId },
              { header: 'Regrade', cell: (c) => `${c.fromGrade} to ${c.toGrade} (${c.jobFamily})` },
              { header: 'Requested', cell: (c) => c.requestedOn },
              { header: 'Status', cell: (c) => <CaseStatusTag status={c.state} /> },
              { header: 'Waiting (days)', cell: (c) => c.ageDays, numeric: true },
            ]}
          />
        );
      }}
    </LoadedView>
  );
};

export const Approvals = () => (
  <RequireRole roles={['approver', 'hr-admin']}>
    {() => (
      <Layout title="Approvals">
        <Queue status="assessed" caption="Waiting for a decision" />
        <Queue status="approved" caption="Approved, waiting to be completed" />
      </Layout>
    )}
  </RequireRole>
);
