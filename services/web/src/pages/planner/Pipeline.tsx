import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { Pipeline as PipelineAnswer, Shown } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { Chart } from '../../components/Chart';
import { CsvDownload, ExportLink } from '../../components/CsvDownload';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { csvCount, plannerQuery, shown, stepText } from './figures';

interface HeldBack {
  readonly step: string;
  readonly criterion: string;
  readonly count: Shown;
}

/** Every unmet essential of every step, most people first (withheld ones last). */
const heldBackOf = (answer: PipelineAnswer): HeldBack[] =>
  answer.pipeline
    .flatMap((row) =>
      row.unmetEssentials.map((u) => ({
        step: stepText(row.group),
        criterion: u.criterion,
        count: u.count,
      })),
    )
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1));

const MOST = 10;

const CriteriaChart = ({ rows }: { readonly rows: readonly HeldBack[] }) => {
  const draw = useCallback(() => {
    const top = rows
      .filter((r) => r.count !== null)
      .slice(0, MOST)
      .map((r) => ({ ...r, label: `${r.criterion} (${r.step})` }));
    // Each bar's label sits above it, full width: criteria are sentences, too long for an axis.
    return Plot.plot({
      width: 900,
      height: 50 + top.length * 44,
      marginLeft: 10,
      marginRight: 40,
      x: { grid: true, label: 'People held back', axis: 'top' },
      y: { axis: null, domain: top.map((r) => r.label), paddingInner: 0.1 },
      marks: [
        Plot.barX(top, { y: 'label', x: 'count', fill: '#1d70b8', insetTop: 18 }),
        Plot.text(top, {
          y: 'label',
          x: 0,
          text: 'label',
          textAnchor: 'start',
          dy: -9,
          fontSize: 12,
        }),
        Plot.text(top, {
          y: 'label',
          x: 'count',
          text: 'count',
          textAnchor: 'start',
          dx: 4,
          dy: 9,
        }),
        Plot.ruleX([0]),
      ],
    });
  }, [rows]);
  return (
    <Chart
      title={`The essential criteria that most often hold people back (top ${MOST})`}
      description="Horizontal bars, longest first: for each step of a ladder, how many people one unmet essential criterion keeps from progressing. The table below gives every criterion; withheld counts are not drawn."
      draw={draw}
    />
  );
};

const PipelineView = ({
  answer,
  query,
}: {
  readonly answer: PipelineAnswer;
  readonly query: string;
}) => {
  const heldBack = useMemo(() => heldBackOf(answer), [answer]);
  return (
    <>
      <Table
        caption={`Who could progress on ${answer.asOf}, by step`}
        rows={answer.pipeline}
        rowKey={(r) => stepText(r.group)}
        columns={[
          { header: 'Step', cell: (r) => stepText(r.group) },
          { header: 'People', numeric: true, cell: (r) => shown(r.count) },
          { header: 'Eligible now', numeric: true, cell: (r) => shown(r.eligible) },
          { header: 'One essential away', numeric: true, cell: (r) => shown(r.oneEssentialAway) },
          { header: 'Further', numeric: true, cell: (r) => shown(r.further) },
        ]}
      />
      <ExportLink href={`/exports/workforce/pipeline?${query}`} what="the pipeline" />
      <CriteriaChart rows={heldBack} />
      <Table
        caption="Unmet essential criteria, by step"
        rows={heldBack}
        rowKey={(r) => `${r.step} ${r.criterion}`}
        columns={[
          { header: 'Criterion', cell: (r) => r.criterion },
          { header: 'Step', cell: (r) => r.step },
          { header: 'People held back', numeric: true, cell: (r) => shown(r.count) },
        ]}
      />
      <CsvDownload
        filename={`criteria-holding-back-${answer.asOf}.csv`}
        what="the unmet criteria"
        header={['step', 'criterion', 'people', 'suppressed']}
        rows={heldBack.map((r) => [
          r.step,
          r.criterion,
          csvCount(r.count),
          r.count === null ? 'yes' : 'no',
        ])}
      />
    </>
  );
};

export const Pipeline = ({ asOf }: { readonly asOf: string }) => {
  const query = plannerQuery({ asOf });
  const [answer] = useLoad<PipelineAnswer>(`/workforce/pipeline?${query}`);
  return (
    <section aria-labelledby="pipeline-heading" data-table="pipeline">
      <h2 className="govuk-heading-m" id="pipeline-heading">
        Progression pipeline on {asOf}
      </h2>
      <LoadedView loaded={answer} what="the progression pipeline">
        {(a) => <PipelineView answer={a} query={query} />}
      </LoadedView>
    </section>
  );
};
