import type { RegradeListItem } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { Table } from '../components/Table';
import { caseColumns } from './case-columns';

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
                  columns={[...caseColumns, { header: 'Since', cell: (c) => c.stateSince }]}
                />
              )
            }
          </LoadedView>
        </Layout>
      )}
    </RequireRole>
  );
};
