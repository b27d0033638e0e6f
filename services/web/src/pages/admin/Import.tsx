import { useState } from 'react';
import { postFile } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary, type ErrorLink } from '../../components/ErrorSummary';
import { Layout } from '../../components/Layout';
import { Radios } from '../../components/Radios';
import { RequireRole } from '../../components/RequireRole';
import { Select } from '../../components/Select';
import { FileUpload } from './import/FileUpload';
import { dateStyles, importKinds, type ImportReport } from './import/import-kinds';
import { ImportResult } from './import/ImportResult';

type Errors = Partial<Record<'kind' | 'dates' | 'file', string>>;

/**
 * An HR system's CSV export, brought in: check it first (nothing written, every bad row named
 * by line and column), then import it (the good rows written; a second import writes nothing).
 */
const ImportForm = () => {
  const [kind, setKind] = useState('staff');
  const [dates, setDates] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [refusal, setRefusal] = useState<readonly ErrorLink[]>([]);
  const [sending, setSending] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const send = async (dryRun: boolean) => {
    const found: Errors = {
      ...(dates === '' ? { dates: 'Say how the file writes its dates' } : {}),
      ...(file === null ? { file: 'Choose the CSV file to import' } : {}),
    };
    setErrors(found);
    setRefusal([]);
    if (file === null || Object.keys(found).length > 0) return;
    setSending(true);
    setReport(null);
    const query = new URLSearchParams({ kind, dates, dryRun: String(dryRun) });
    const answer = await postFile<ImportReport>(`/imports?${query.toString()}`, file, 'text/csv');
    setSending(false);
    if (answer.ok) return setReport(answer.body);
    // A file whose header cannot be read is refused whole: each column named.
    const named = answer.problem.errors ?? [];
    setRefusal(
      named.length > 0
        ? named.map((e) => ({ href: 'file', text: `The file’s header: ${e.field} ${e.message}` }))
        : [{ href: '', text: answer.problem.detail || answer.problem.title }],
    );
  };

  const summary: ErrorLink[] = [
    ...(errors.dates !== undefined ? [{ href: 'dates-input', text: errors.dates }] : []),
    ...(errors.file !== undefined ? [{ href: 'file', text: errors.file }] : []),
    ...refusal,
  ];
  return (
    <>
      <ErrorSummary errors={summary} />
      <p className="govuk-body">
        One file per kind of record, as your HR system exports it: the columns each kind takes are
        in the import guide. Import staff first; every other kind names people already on the staff.
      </p>
      <form noValidate onSubmit={(e) => e.preventDefault()}>
        <Select
          id="kind"
          label="What the file holds"
          value={kind}
          options={importKinds}
          onChange={setKind}
        />
        <Radios
          id="dates"
          legend="How the file writes dates"
          hint="03/04/2024 is a different day in each, so Ladder does not guess"
          value={dates}
          options={dateStyles}
          onChange={setDates}
          {...(errors.dates !== undefined ? { error: errors.dates } : {})}
        />
        <FileUpload
          id="file"
          label="The CSV file"
          hint="UTF-8, with or without a byte-order mark (Excel’s “CSV UTF-8”)"
          accept=".csv,text/csv"
          onChange={setFile}
          {...(errors.file !== undefined ? { error: errors.file } : {})}
        />
        <div className="govuk-button-group">
          <Button type="button" secondary sending={sending} onClick={() => void send(true)}>
            Check the file
          </Button>
          <Button type="button" sending={sending} onClick={() => void send(false)}>
            Import
          </Button>
        </div>
      </form>
      {report !== null && <ImportResult report={report} />}
    </>
  );
};

export const Import = () => (
  <RequireRole roles={['hr-admin']}>
    {() => (
      <Layout title="Import HR records">
        <ImportForm />
      </Layout>
    )}
  </RequireRole>
);
