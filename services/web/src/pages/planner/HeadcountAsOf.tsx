import type { CountTable } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { ExportLink } from '../../components/CsvDownload';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { fteText, groupText, plannerQuery, shown } from './figures';

const dimensions = [
  { key: 'jobFamily', words: 'job family' },
  { key: 'grade', words: 'grade' },
  { key: 'team', words: 'team' },
  { key: 'zone', words: 'zone' },
] as const;

/** Headcount and FTE on one date by one dimension, its total last, as `/workforce/headcount` answers. */
const ByDimension = (props: {
  readonly asOf: string;
  readonly dimension: (typeof dimensions)[number];
}) => {
  const query = plannerQuery({ asOf: props.asOf, groupBy: props.dimension.key });
  const [table] = useLoad<CountTable>(`/workforce/headcount?${query}`);
  const caption = `Headcount and FTE by ${props.dimension.words} on ${props.asOf}`;
  return (
    <div className="govuk-grid-column-one-half" data-table={`headcount-${props.dimension.key}`}>
      <LoadedView loaded={table} what={`headcount by ${props.dimension.words}`}>
        {(t) => (
          <>
            <Table
              caption={caption}
              rows={[...t.rows, { group: { [props.dimension.key]: 'Total' }, count: t.total }]}
              rowKey={(r) => groupText(r.group, t.groupBy)}
              columns={[
                {
                  header: props.dimension.words[0]?.toUpperCase() + props.dimension.words.slice(1),
                  cell: (r) => groupText(r.group, t.groupBy),
                },
                { header: 'Headcount', numeric: true, cell: (r) => shown(r.count) },
                {
                  header: 'FTE',
                  numeric: true,
                  cell: (r) => (r.fte === undefined ? '' : fteText(r.fte)),
                },
              ]}
            />
            <ExportLink
              href={`/exports/workforce/headcount?${query}`}
              what={`headcount by ${props.dimension.words}`}
            />
          </>
        )}
      </LoadedView>
    </div>
  );
};

export const HeadcountAsOf = ({ asOf }: { readonly asOf: string }) => (
  <section aria-labelledby="headcount-heading">
    <h2 className="govuk-heading-m" id="headcount-heading">
      Headcount and FTE on {asOf}
    </h2>
    <div className="govuk-grid-row">
      {dimensions.map((d) => (
        <ByDimension key={d.key} asOf={asOf} dimension={d} />
      ))}
    </div>
  </section>
);
