import type { TeamCaseload } from '@ladder/api/wire';
import { useLoad } from '../../api/use-load';
import { CsvDownload } from '../../components/CsvDownload';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { fteText, shown } from './figures';

// The DfE census's caseload measure by team (issue 15): cases held by case holders ÷ their
// FTE. A team of 1 to 4 case holders has its figures withheld (they describe those few
// people); cases nobody holds are counted exactly.

export const CaseloadByTeam = ({ asOf }: { readonly asOf: string }) => {
  const [table] = useLoad<TeamCaseload>(`/caseload/teams?asOf=${encodeURIComponent(asOf)}`);
  return (
    <section aria-labelledby="caseload-heading" data-table="caseload">
      <h2 className="govuk-heading-m" id="caseload-heading">
        Caseloads on {asOf}
      </h2>
      <LoadedView loaded={table} what="caseloads">
        {(t) =>
          t.teams.length === 0 ? (
            <p className="govuk-body">No team held cases on {asOf}.</p>
          ) : (
            <>
              <Table
                caption={`Cases per case-holder FTE by team on ${asOf} (the DfE census measure)`}
                rows={t.teams}
                rowKey={(r) => r.team}
                columns={[
                  { header: 'Team', cell: (r) => r.team },
                  { header: 'Case holders', numeric: true, cell: (r) => shown(r.caseHolders) },
                  {
                    header: 'Case-holder FTE',
                    numeric: true,
                    cell: (r) => fteText(r.caseHolderFte),
                  },
                  { header: 'Cases held', numeric: true, cell: (r) => shown(r.cases) },
                  {
                    header: 'Cases per FTE',
                    numeric: true,
                    // No case-holder FTE (and nothing withheld): no ratio to show.
                    cell: (r) =>
                      r.caseload === null && r.suppressed !== true ? 'none' : fteText(r.caseload),
                  },
                  { header: 'Unallocated', numeric: true, cell: (r) => r.unallocated },
                ]}
              />
              <CsvDownload
                filename={`caseload-${asOf}.csv`}
                what="caseloads"
                header={[
                  'team',
                  'caseHolders',
                  'caseHolderFte',
                  'cases',
                  'caseload',
                  'unallocated',
                ]}
                rows={t.teams.map((r) => [
                  r.team,
                  r.caseHolders,
                  r.caseHolderFte,
                  r.cases,
                  r.caseload,
                  r.unallocated,
                ])}
              />
            </>
          )
        }
      </LoadedView>
    </section>
  );
};
