import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { HeadcountSeries, Shown } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { Chart } from '../../components/Chart';
import { CsvDownload } from '../../components/CsvDownload';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { csvCount, fteText, groupText, shown } from './figures';

interface Point {
  readonly month: string;
  readonly key: string;
  readonly count: Shown;
  readonly fte: Shown;
}

const groupBy = ['jobFamily', 'grade'];

/** The series as points, one per month and grade: withheld ones keep their place as null. */
const pointsOf = (
  series: HeadcountSeries,
): { points: Point[]; keys: string[]; at: Map<string, Point> } => {
  const points = series.months.flatMap((m) =>
    m.rows.map((r) => ({
      month: m.month,
      key: groupText(r.group, groupBy),
      count: r.count,
      fte: r.fte ?? null,
    })),
  );
  const keys = [...new Set(points.map((p) => p.key))].sort();
  return { points, keys, at: new Map(points.map((p) => [`${p.month} ${p.key}`, p])) };
};

const SeriesChart = ({ points }: { readonly points: readonly Point[] }) => {
  const draw = useCallback(() => {
    // A withheld month breaks the line rather than drawing a guess through it.
    const data = points.map((p) => ({ ...p, date: new Date(`${p.month}-01T00:00:00Z`) }));
    const shownOnly = data.filter((p) => p.count !== null);
    return Plot.plot({
      width: 900,
      height: 360,
      marginRight: 140,
      x: { type: 'utc', label: 'Month' },
      y: { grid: true, label: 'Headcount', zero: true },
      color: { type: 'categorical' },
      marks: [
        Plot.ruleY([0]),
        Plot.lineY(data, { x: 'date', y: 'count', z: 'key', stroke: 'key', strokeWidth: 2 }),
        Plot.text(
          shownOnly,
          Plot.selectLast({
            x: 'date',
            y: 'count',
            z: 'key',
            text: 'key',
            fill: 'key',
            dx: 6,
            textAnchor: 'start',
          }),
        ),
      ],
    });
  }, [points]);
  return (
    <Chart
      title="Headcount by grade, month by month"
      description="A line for each job family and grade: headcount on the first day of each month. The table below gives every figure; withheld months break the line."
      draw={draw}
    />
  );
};

type Month = HeadcountSeries['months'][number];

const SeriesView = ({ series: s }: { readonly series: HeadcountSeries }) => {
  const { points, keys, at } = useMemo(() => pointsOf(s), [s]);
  // No row for a grade in a month: nobody held it (0); a row with null: withheld.
  const count = (m: Month, key: string) => {
    const p = at.get(`${m.month} ${key}`);
    return p === undefined ? '0' : shown(p.count);
  };
  const fte = (m: Month, key: string) => {
    const p = at.get(`${m.month} ${key}`);
    return p === undefined ? '0' : fteText(p.fte);
  };
  const newestFirst = [...s.months].reverse();
  return (
    <>
      <SeriesChart points={points} />
      <div
        className="ladder-table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Headcount and FTE by grade, month by month (table)"
      >
        <Table
          caption={`Headcount and FTE by grade on the first of each month, ${s.from} to ${s.to}`}
          rows={newestFirst}
          rowKey={(m) => m.month}
          columns={[
            { header: 'Month', cell: (m) => m.month },
            ...keys.flatMap((k) => [
              { header: `${k} headcount`, numeric: true, cell: (m: Month) => count(m, k) },
              { header: `${k} FTE`, numeric: true, cell: (m: Month) => fte(m, k) },
            ]),
            { header: 'Total headcount', numeric: true, cell: (m) => shown(m.total) },
          ]}
        />
      </div>
      <CsvDownload
        filename={`headcount-by-grade-${s.from}-to-${s.to}.csv`}
        what="headcount by grade, month by month"
        header={['month', 'jobFamily', 'grade', 'headcount', 'fte', 'suppressed']}
        rows={s.months.flatMap((m) =>
          m.rows.map((r) => [
            m.month,
            r.group['jobFamily'] ?? '',
            r.group['grade'] ?? '',
            csvCount(r.count),
            csvCount(r.fte),
            r.suppressed === true ? 'yes' : 'no',
          ]),
        )}
      />
    </>
  );
};

export const HeadcountOverTime = () => {
  const [series] = useLoad<HeadcountSeries>(
    `/workforce/headcount/series?groupBy=${groupBy.join(',')}`,
  );
  return (
    <section aria-labelledby="series-heading">
      <h2 className="govuk-heading-m" id="series-heading">
        Headcount over time
      </h2>
      <LoadedView loaded={series} what="headcount over time">
        {(s) => <SeriesView series={s} />}
      </LoadedView>
    </section>
  );
};
