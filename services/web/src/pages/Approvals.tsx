import type { RegradeCase, RegradeListItem } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { RequireRole } from '../components/RequireRole';
import { Table } from '../components/Table';
import { VerdictTag } from '../components/VerdictView';
import { caseColumns } from './case-columns';

/** The case's recorded verdict in brief (the list itself does not carry it). */
const CaseVerdict = ({ caseId }: { readonly caseId: string }) => {
  const [loaded] = useLoad<RegradeCase>(`/regrades/${encodeURIComponent(caseId)}`);
  if (loaded.kind !== 'ok') return <>{loaded.kind === 'loading' ? 'Loading…' : 'Not known'}</>;
  return loaded.body.verdict === undefined ? (
    <>Not assessed</>
  ) : (
    <VerdictTag verdict={loaded.body.verdict} />
  );
};

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
        // The API answers oldest first.
        return cases.length === 0 ? (
          <>
            <h2 className="govuk-heading-m">{caption}</h2>
            <p className="govuk-body">No case is waiting here.</p>
          </>
        ) : (
          <Table
            caption={caption}
            rows={cases}
            rowKey={(c) => c.caseId}
            columns={[
              ...caseColumns,
              { header: 'Verdict', cell: (c) => <CaseVerdict caseId={c.caseId} /> },
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
