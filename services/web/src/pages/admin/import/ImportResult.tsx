import { Table } from '../../../components/Table';
import type { ImportReport } from './import-kinds';

const n = (x: number) => x.toLocaleString('en-GB');

/** In words: what the check found, or what the import wrote (and that a repeat wrote nothing). */
export const summaryOf = (r: ImportReport): string => {
  const bad = r.badRows === 0 ? 'no problems' : `${n(r.badRows)} with problems`;
  if (r.dryRun) return `${n(r.rows)} rows checked, ${bad}. Nothing was written.`;
  if (r.eventsWritten === 0)
    return `${n(r.rows)} rows read, ${bad}. Nothing to write: every good row is already in Ladder.`;
  const again = r.unchanged > 0 ? `, ${n(r.unchanged)} already imported` : '';
  const corrected = r.corrected > 0 ? `, ${n(r.corrected)} corrected` : '';
  return `${n(r.rows)} rows read, ${bad}${again}${corrected}. ${n(r.eventsWritten)} records written.`;
};

/** The report: a sentence, then each problem by line and column as a table. */
export const ImportResult = ({ report }: { readonly report: ImportReport }) => (
  <div aria-live="polite">
    <h2 className="govuk-heading-m">{report.dryRun ? 'Check finished' : 'Import finished'}</h2>
    <p className="govuk-body" id="import-summary">
      {summaryOf(report)}
    </p>
    {report.problems.length > 0 && (
      <Table
        caption={`Rows with problems (${n(report.badRows)})`}
        rows={report.problems}
        rowKey={(p) => `${p.line}:${p.column ?? ''}:${p.reason}`}
        columns={[
          { header: 'Line', cell: (p) => p.line },
          { header: 'Column', cell: (p) => p.column ?? 'the whole row' },
          { header: 'Reason', cell: (p) => p.reason },
        ]}
      />
    )}
  </div>
);
