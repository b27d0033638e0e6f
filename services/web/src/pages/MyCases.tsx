import { Link } from 'react-router-dom';
import type { RegradeListItem } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { Table } from '../components/Table';
import { CaseStatusTag } from './caseStatus';

export const MyCases = () => {
  const [list] = useLoad<{ cases: RegradeListItem[] }>('/regrades?requestedBy=me');
  return (
    <RequireRole roles={['manager']}>
      {() => (
        <Layout title="My cases">
          <LoadedView loaded={list} what="your cases">
            {({ cases }) =>
              cases.length === 0 ? (
                <p className="govuk-body">You have not requested a regrade.</p>
              ) : (
                <Table
                  caption="Regrades you requested"
                  rows={cases}
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
                    { header: 'Regrade', cell: (c) => `${c.fromGrade} to ${c.toGrade}` },
                    { header: 'Requested', cell: (c) => c.requestedOn },
                    { header: 'Status', cell: (c) => <CaseStatusTag status={c.state} /> },
                    { header: 'Since', cell: (c) => c.stateSince },
                  ]}
                />
              )
            }
          </LoadedView>
        </Layout>
      )}
    </RequireRole>
  );
};
