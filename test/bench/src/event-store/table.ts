import type { AppendMeasure, CellResult, ReadMeasure, StoreName } from './measure';

const number = (n: number): string => Math.round(n).toLocaleString('en-GB');
const rate = (m: { events: number; seconds: number }): number => m.events / m.seconds;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×`;

const appendCell = (m: AppendMeasure | undefined): string => {
  if (m === undefined) return '—';
  const sample = m.sampled ? ` †${number(m.events)} in ${m.seconds.toFixed(1)} s` : '';
  return m.batch === 1
    ? `${number(rate(m))}${sample}`
    : `${number(rate(m))} (${number(m.appends / m.seconds)} appends/s)${sample}`;
};
const readCell = (m: ReadMeasure): string => `${number(rate(m))} (${number(m.events)} events)`;

/** One markdown table per log size: events/s for each workload, and the ratios. */
export const renderTable = (size: number, results: readonly CellResult[]): string => {
  const of = (store: StoreName): CellResult | undefined => results.find((r) => r.store === store);
  const [ladder, emmett, raw, ladderV7] = [of('ladder'), of('emmett'), of('raw'), of('ladder-v7')];
  const append = (r: CellResult | undefined, batch: number): AppendMeasure | undefined =>
    r?.appends.find((m) => m.batch === batch);
  const rawInsert = raw?.appends[0];
  const appendRow = (batch: number, ladderRun: CellResult | undefined, label: string): string[] => {
    const [l, e] = [append(ladderRun, batch), append(emmett, batch)];
    return [
      `append, ${batch} event${batch === 1 ? '' : 's'} per append${label}`,
      appendCell(l),
      appendCell(e),
      rawInsert === undefined ? '—' : number(rate(rawInsert)),
      ratio(l && rate(l), e && rate(e)),
      ratio(l && rate(l), rawInsert && rate(rawInsert)),
    ];
  };
  const rows: string[][] = [1, 10, 100].map((batch) => appendRow(batch, ladder, ''));
  if (ladderV7 !== undefined)
    rows.push(...[1, 10, 100].map((batch) => appendRow(batch, ladderV7, ', UUIDv7 ids (Ladder)')));
  const [lr, er, rr] = [ladder?.read, emmett?.read, raw?.read];
  rows.push([
    'read all (events/s)',
    lr ? readCell(lr) : '—',
    er ? readCell(er) : '—',
    rr ? readCell(rr) : '—',
    ratio(lr && rate(lr), er && rate(er)),
    ratio(lr && rate(lr), rr && rate(rr)),
  ]);
  rows.push([
    'peak RSS (MB, whole cell)',
    String(ladder?.peakRssMb ?? '—'),
    String(emmett?.peakRssMb ?? '—'),
    String(raw?.peakRssMb ?? '—'),
    ratio(ladder?.peakRssMb, emmett?.peakRssMb),
    ratio(ladder?.peakRssMb, raw?.peakRssMb),
  ]);
  rows.push([
    'synchronous',
    ladder?.synchronous ?? '—',
    emmett?.synchronous ?? '—',
    raw?.synchronous ?? '—',
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
