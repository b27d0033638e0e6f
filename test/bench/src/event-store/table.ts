import type { AppendMeasure, CellResult, ReadMeasure, StoreName } from './measure';

const number = (n: number): string => Math.round(n).toLocaleString('en-GB');
const rate = (m: { events: number; seconds: number }): number => m.events / m.seconds;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×`;
/** Issue 19's goals, printed beside the figures: "met" or "not met" with the ratio wanted. */
const goal = (wanted: string, ...checks: (boolean | undefined)[]): string =>
  checks.some((c) => c === undefined)
    ? `${wanted}: —`
    : `${wanted}: ${checks.every(Boolean) ? 'met' : 'NOT met'}`;
const atLeast = (a: number | undefined, b: number | undefined, factor: number) =>
  a === undefined || b === undefined ? undefined : a >= factor * b;

const appendCell = (m: AppendMeasure | undefined): string => {
  if (m === undefined) return '—';
  const sample = m.sampled ? ` †${number(m.events)} in ${m.seconds.toFixed(1)} s` : '';
  return m.batch === 1
    ? `${number(rate(m))}${sample}`
    : `${number(rate(m))} (${number(m.appends / m.seconds)} appends/s)${sample}`;
};
const readCell = (m: ReadMeasure): string => `${number(rate(m))} (${number(m.events)} events)`;

/** One markdown table per log size: events/s for each workload, the ratios and the goals. */
export const renderTable = (size: number, results: readonly CellResult[]): string => {
  const of = (store: StoreName): CellResult | undefined => results.find((r) => r.store === store);
  const [ladder, emmett, raw, ladderV5] = [of('ladder'), of('emmett'), of('raw'), of('ladder-v5')];
  const append = (r: CellResult | undefined, batch: number, inFlight = 1) =>
    r?.appends.find((m) => m.batch === batch && (m.inFlight ?? 1) === inFlight);
  const rawInsert = raw?.appends[0];
  const appendRow = (
    batch: number,
    ladderRun: CellResult | undefined,
    label: string,
    inFlight = 1,
  ): string[] => {
    const [l, e] = [append(ladderRun, batch, inFlight), append(emmett, batch, inFlight)];
    const [lr, er] = [l && rate(l), e && rate(e)];
    return [
      `append, ${batch} event${batch === 1 ? '' : 's'} per append${inFlight > 1 ? `, ${inFlight} in flight` : ''}${label}`,
      appendCell(l),
      appendCell(e),
      rawInsert === undefined ? '—' : number(rate(rawInsert)),
      ratio(lr, er),
      ratio(lr, rawInsert && rate(rawInsert)),
      label === '' && inFlight === 1 ? goal('≥ 2× Emmett', atLeast(lr, er, 2)) : '',
    ];
  };
  const rows: string[][] = [1, 10, 100].map((batch) => appendRow(batch, ladder, ''));
  rows.push(appendRow(1, ladder, ' (group commit)', 32));
  if (ladderV5 !== undefined)
    rows.push(...[1, 10, 100].map((batch) => appendRow(batch, ladderV5, ', v5 ids (before)')));
  const [lr, er, rr] = [ladder?.read, emmett?.read, raw?.read];
  rows.push([
    'read all (events/s)',
    lr ? readCell(lr) : '—',
    er ? readCell(er) : '—',
    rr ? readCell(rr) : '—',
    ratio(lr && rate(lr), er && rate(er)),
    ratio(lr && rate(lr), rr && rate(rr)),
    goal(
      '≥ 2× Emmett and ≥ 0.60× raw',
      atLeast(lr && rate(lr), er && rate(er), 2),
      atLeast(lr && rate(lr), rr && rate(rr), 0.6),
    ),
  ]);
  rows.push([
    'peak RSS (MB, whole cell)',
    String(ladder?.peakRssMb ?? '—'),
    String(emmett?.peakRssMb ?? '—'),
    String(raw?.peakRssMb ?? '—'),
    ratio(ladder?.peakRssMb, emmett?.peakRssMb),
    ratio(ladder?.peakRssMb, raw?.peakRssMb),
    '',
  ]);
  rows.push([
    'synchronous',
    ladder?.synchronous ?? '—',
    emmett?.synchronous ?? '—',
    raw?.synchronous ?? '—',
    '',
    '',
    '',
  ]);
  const header = [
    '',
    'Ladder SQLite',
    'Emmett SQLite',
    'raw better-sqlite3, 1 txn',
    'Ladder ÷ Emmett',
    'Ladder ÷ raw',
    'goal (issue 19)',
  ];
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    `#### ${number(size)} events`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
  ].join('\n');
};
