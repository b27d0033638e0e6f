import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { CountRow, DueByMonth } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { Chart } from '../../components/Chart';
import { CsvDownload } from '../../components/CsvDownload';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { csvCount, plannerQuery, shown } from './figures';

const kinds = [
  { key: 'registration', words: 'Registrations' },
  { key: 'dbs', words: 'DBS checks' },
  { key: 'training', words: 'Training' },
] as const;

const MONTHS = 12;

const DueChart = ({ rows }: { readonly rows: readonly CountRow[] }) => {
  const draw = useCallback(() => {
    const data = rows
      .filter((r) => r.count !== null)
      .map((r) => ({
        month: r.group['month'] ?? '',
        kind: kinds.find((k) => k.key === r.group['kind'])?.words ?? '',
        count: r.count,
      }));
    return Plot.plot({
      width: 900,
      height: 420,
      marginLeft: 50,
      marginRight: 110,
      x: { label: 'Month due', type: 'band' },
      y: { grid: true, label: 'Falling due', zero: true },
      fy: { label: null, domain: kinds.map((k) => k.words) },
      marks: [
        Plot.barY(data, { x: 'month', y: 'count', fy: 'kind', fill: '#1d70b8' }),
        Plot.ruleY([0]),
      ],
    });
  }, [rows]);
  return (
    <Chart
      title={`Registrations, DBS checks and training falling due, month by month (next ${MONTHS} months)`}
      description="Three rows of bars — registrations, DBS checks, training — one bar per month: how many fall due that month. The table below gives every figure, and what is already overdue; withheld counts are not drawn."
      draw={draw}
    />
  );
};

type Line = { readonly label: string; readonly rows: readonly CountRow[] };

export const ExpiringByMonth = ({ asOf }: { readonly asOf: string }) => {
  const [due] = useLoad<DueByMonth>(
    `/workforce/expiring/months?${plannerQuery({ asOf, months: String(MONTHS) })}`,
  );
  return (
    <section aria-labelledby="expiring-heading" data-table="expiring">
      <h2 className="govuk-heading-m" id="expiring-heading">
        Registrations, DBS checks and training falling due
      </h2>
      <LoadedView loaded={due} what="what falls due">
        {(d) => {
          const months = [...new Set(d.byMonth.map((r) => r.group['month'] ?? ''))];
          const lines: Line[] = [
            { label: `Overdue on ${d.asOf}`, rows: d.overdue },
            ...months.map((m) => ({
              label: m,
              rows: d.byMonth.filter((r) => r.group['month'] === m),
            })),
          ];
          const of = (line: Line, kind: string) => line.rows.find((r) => r.group['kind'] === kind);
          return (
            <>
              <DueChart rows={d.byMonth} />
              <Table
                caption={`Falling due by month, as known on ${d.asOf}`}
                rows={lines}
                rowKey={(l) => l.label}
                columns={[
                  { header: 'Month due', cell: (l) => l.label },
                  ...kinds.map((k) => ({
                    header: k.words,
                    numeric: true,
                    cell: (l: Line) => {
                      const row = of(l, k.key);
                      return row === undefined ? '0' : shown(row.count);
                    },
                  })),
                ]}
              />
              <CsvDownload
                filename={`falling-due-${d.asOf}.csv`}
                what="what falls due by month"
                header={['month', 'kind', 'count', 'suppressed']}
                rows={[...d.overdue, ...d.byMonth].map((r) => [
                  r.group['month'] ?? 'overdue',
                  r.group['kind'] ?? '',
                  csvCount(r.count),
                  r.suppressed === true ? 'yes' : 'no',
                ])}
              />
            </>
          );
        }}
      </LoadedView>
    </section>
  );
};
