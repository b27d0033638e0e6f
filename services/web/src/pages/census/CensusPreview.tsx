import { Link, useSearchParams } from 'react-router-dom';
import type { CensusPreview } from '../../api/census-types';
import { useLoad } from '../../api/use-load';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { figureRows, figureText, roleNames } from './figures';

// The DfE workforce census before it is sent: the council's figures as the DfE will compute
// them, beside last year's and England's; HR also sees who lacks an item and takes the file.

const Body = ({ hr }: { readonly hr: boolean }) => {
  const [search] = useSearchParams();
  const year = search.get('year');
  const query = year === null ? '' : `?year=${encodeURIComponent(year)}`;
  const [preview] = useLoad<CensusPreview>(`/census/csww/preview${query}`);
  return (
    <LoadedView loaded={preview} what="the census preview">
      {(p) => (
        <>
          <SummaryList
            rows={[
              {
                key: 'Census year',
                value: `1 October ${String(p.year - 1)} to 30 September ${String(p.year)}`,
              },
              { key: 'As known at', value: p.knownAt },
              { key: 'Records in the return', value: String(p.records) },
              { key: 'Specification', value: `DfE CSWW, ${String(p.schemaYear)} schema` },
            ]}
          />
          <form method="get" className="govuk-!-margin-bottom-6">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="year">
                Census year (ending 30 September)
              </label>
              <input
                className="govuk-input govuk-input--width-4"
                id="year"
                name="year"
                inputMode="numeric"
                defaultValue={String(p.year)}
              />
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary">
              Show year
            </button>
          </form>
          <Table
            caption={`Figures for the year ending 30 September ${String(p.year)}, as the DfE computes them`}
            rowKey={(r) => r.figure}
            rows={figureRows(p.indicators, p.lastYear, p.national)}
            columns={[
              { header: 'Figure', cell: (r) => r.figure },
              { header: String(p.year), numeric: true, cell: (r) => figureText(r.current, r.unit) },
              {
                header: String(p.year - 1),
                numeric: true,
                cell: (r) => figureText(r.last, r.unit),
              },
              {
                header: p.national === null ? 'England' : `England ${String(p.national.year)}`,
                numeric: true,
                cell: (r) => figureText(r.england, r.unit),
              },
            ]}
          />
          <p className="govuk-body-s">
            England: {p.national?.source ?? 'no national figures for this year'}. Cases and caseload
            read &ldquo;not known&rdquo; for a year before cases were first recorded in
            Ladder&rsquo;s caseload allocation.
          </p>
          <Table
            caption="Social workers in post by role (each person once, in their most senior role)"
            rowKey={(r) => r[0]}
            rows={Object.entries(p.indicators.inPostHeadcountByRole)}
            columns={[
              { header: 'Role', cell: (r) => roleNames[r[0]] ?? r[0] },
              { header: 'Headcount', numeric: true, cell: (r) => r[1].toLocaleString('en-GB') },
            ]}
          />
          <h2 className="govuk-heading-m">Records missing mandatory items</h2>
          {p.missingCount === 0 ? (
            <p className="govuk-body">Every record has the items the DfE requires.</p>
          ) : p.missing === null ? (
            <p className="govuk-body">
              {p.missingCount} record{p.missingCount === 1 ? '' : 's'} lack an item the DfE
              requires. HR sees who, and records the missing facts.
            </p>
          ) : (
            <Table
              caption={`${String(p.missingCount)} records lack an item the DfE requires`}
              rowKey={(r) => r.staffId}
              rows={p.missing}
              columns={[
                {
                  header: 'Staff record',
                  cell: (r) => (
                    <Link className="govuk-link" to={`/admin/people/${r.staffId}`}>
                      {r.staffId}
                    </Link>
                  ),
                },
                { header: 'SWE number', cell: (r) => r.sweNo ?? 'none recorded' },
                { header: 'Missing items', cell: (r) => r.items.join(', ') },
              ]}
            />
          )}
          {hr && (
            <>
              <h2 className="govuk-heading-m">The return</h2>
              <p className="govuk-body">
                The file is checked against the census schema before it is offered; if a record does
                not pass, the download answers with what to fix, worker by worker.
              </p>
              <p className="govuk-body">
                <a className="govuk-link" href={`/census/csww?year=${String(p.year)}`} download>
                  Download the {p.year} return (XML)
                </a>
              </p>
            </>
          )}
        </>
      )}
    </LoadedView>
  );
};

export const CensusPreviewPage = () => (
  <RequireRole roles={['planner', 'hr-admin']}>
    {(user) => (
      <Layout title="Workforce census">
        <Body hr={user.role === 'hr-admin'} />
      </Layout>
    )}
  </RequireRole>
);
