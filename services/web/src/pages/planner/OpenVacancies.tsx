import type { CountTable } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { ExportLink } from '../../components/CsvDownload';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { groupText, plannerQuery, shown } from './figures';

// Open posts are counted exactly: nobody holds them, so there is no one to single out.

export const OpenVacancies = ({ asOf }: { readonly asOf: string }) => {
  const query = plannerQuery({ asOf, groupBy: 'jobFamily,grade,team' });
  const [table] = useLoad<CountTable>(`/workforce/vacancies?${query}`);
  return (
    <section aria-labelledby="vacancies-heading" data-table="vacancies">
      <h2 className="govuk-heading-m" id="vacancies-heading">
        Open vacancies on {asOf}
      </h2>
      <LoadedView loaded={table} what="open vacancies">
        {(t) =>
          t.rows.length === 0 ? (
            <p className="govuk-body">No vacancy was open on {asOf}.</p>
          ) : (
            <>
              <Table
                caption={`Open vacancies by job family, grade and team on ${asOf} (${shown(t.total)} in all)`}
                rows={t.rows}
                rowKey={(r) => groupText(r.group, t.groupBy)}
                columns={[
                  { header: 'Job family', cell: (r) => r.group['jobFamily'] },
                  { header: 'Grade', cell: (r) => r.group['grade'] },
                  { header: 'Team', cell: (r) => r.group['team'] },
                  { header: 'Open posts', numeric: true, cell: (r) => shown(r.count) },
                  {
                    header: 'Longest open (days)',
                    numeric: true,
                    cell: (r) => shown(r.oldestDaysOpen),
                  },
                ]}
              />
              <ExportLink href={`/exports/workforce/vacancies?${query}`} what="open vacancies" />
            </>
          )
        }
      </LoadedView>
    </section>
  );
};
