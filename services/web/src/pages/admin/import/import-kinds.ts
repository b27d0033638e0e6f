import type { Option } from '../../../components/Select';

/** The kinds of file `POST /imports` takes (docs/import.md has their columns), in import order. */
export const importKinds: readonly Option[] = [
  { value: 'staff', text: 'Staff and their placement (import these first)' },
  { value: 'qualifications', text: 'Qualifications' },
  { value: 'training', text: 'Training' },
  { value: 'pdrs', text: 'Annual PDRs' },
  { value: 'registrations', text: 'Professional registrations' },
  { value: 'dbs-checks', text: 'DBS checks' },
  { value: 'line-management', text: 'Line management' },
  { value: 'vacancies', text: 'Vacancies' },
];

export const dateStyles: readonly Option[] = [
  { value: 'uk', text: 'UK style: day/month/year, like 31/03/2024' },
  { value: 'iso', text: 'ISO style: year-month-day, like 2024-03-31' },
];

/** What `POST /imports` answers: services/api/src/routes/imports.ts (ImportReply). */
export interface ImportReport {
  readonly kind: string;
  readonly dryRun: boolean;
  readonly rows: number;
  readonly badRows: number;
  readonly problems: readonly {
    readonly line: number;
    readonly column: string | null;
    readonly reason: string;
  }[];
  readonly unchanged: number;
  readonly corrected: number;
  readonly eventsWritten: number;
}
