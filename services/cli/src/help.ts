/** One line of `ladder --help` and the page `ladder <command> --help` prints. */
export interface CommandHelp {
  readonly name: string;
  readonly synopsis: string;
  readonly summary: string;
  readonly details: readonly string[];
}

const environment = [
  'every command: --json prints one JSON object; --help prints its page',
  'exit codes: 0 done, 1 cannot read a file or the store, 2 found a problem, 64 usage, 70 Ladder failed',
  'colour only on a terminal, never with NO_COLOR set',
  'environment: LADDER_STORE (event store), LADDER_READ_MODELS (read-model file)',
];

export const commandHelp: readonly CommandHelp[] = [
  {
    name: 'rebuild',
    synopsis: 'rebuild [projection] [--threads 1|2] [--json]',
    summary: 'replay the log into fresh read-model tables and swap them in',
    details: [
      'Without a projection, rebuilds every one. A projection that fails keeps its old tables.',
      '--threads 2 replays eligibility on a second core beside the others (more memory).',
      'A progress bar (events, events/s, time left) is drawn on a terminal.',
      'exit 0 all swapped, 2 one was not swapped, 64 unknown projection',
    ],
  },
  {
    name: 'verify',
    synopsis: 'verify [staffId] [--json]',
    summary: 'recompute the audit hash chains from the event store',
    details: [
      'A progress bar (streams, events, events/s, time left) is drawn on a terminal.',
      'exit 0 intact, 2 the first break is named',
    ],
  },
  {
    name: 'lag',
    synopsis: 'lag [--json]',
    summary: 'each projection’s checkpoint, the head of the log, and the lag',
    details: ['exit 0 all running, 2 a projection is stopped'],
  },
  {
    name: 'import',
    synopsis: 'import <kind> <file.csv> --dates uk|iso [--dry-run] [--json]',
    summary: 'bring HR records in from a CSV file (see docs/import.md for the columns)',
    details: [
      'kinds: staff, qualifications, training, pdrs, registrations, dbs-checks,',
      '       line-management, vacancies',
      '--dates   how the file writes dates: uk (dd/mm/yyyy) or iso (yyyy-mm-dd); required',
      '--dry-run check every row and report the bad ones; nothing is written',
      '--json    print the report as one JSON object',
      'A progress bar (rows, rows/s, share of the file, time left) is drawn on a terminal.',
      'Importing the same file again writes nothing; a corrected row writes only its change.',
      'exit 0 every row good, 1 the file cannot be read, 2 some rows were refused (named by line',
      '       and column), 64 usage',
    ],
  },
  {
    name: 'export',
    synopsis: 'export <table> [--as-of yyyy-mm-dd] [--group-by …] [--out file] [--format csv|xlsx]',
    summary: 'a planner table or the audit trail as CSV or XLSX',
    details: [
      'tables: headcount, vacancies (grouped, with a total row), pipeline, expiring, audit',
      '--as-of        the date the figures are as of (default today)',
      '--group-by     headcount/vacancies: comma list of jobFamily, grade, team, zone',
      '--within-days  expiring: how far ahead (default 90)',
      '--staff        audit: one person’s events only',
      '--out          write to this file (default: standard output as CSV); a name ending .xlsx',
      '               writes an Excel workbook (exceljs), any other a CSV file',
      '--format       csv or xlsx, whatever the file is called (xlsx needs --out)',
      '--json         without --out: the table as a JSON array; with it: what was written',
      'Counts of people pass the small-number rule exactly as the API applies it.',
      'Reads the read models as projected: `ladder lag` says how current they are.',
      'exit 0 written, 64 usage',
    ],
  },
  {
    name: 'census',
    synopsis: 'census --year yyyy [--known-at instant] [--la-code nnn] [--out file.xml]',
    summary: "the DfE children's social work workforce return (CSWW) as XML",
    details: [
      'The return for 30 September of the year (flows from 1 October before), read from the log',
      "as known at --known-at (default now), validated with xmllint against Ladder's XSD",
      '(2022 specification) before it is written. docs/census.md says what is in it.',
      '--year       the census year: 2026 is the year ending 30 September 2026',
      '--known-at   an instant (ISO 8601): what Ladder knew then',
      '--la-code    the DfE three-digit LA number (default LADDER_LA_CODE)',
      '--out        write to this file (default: standard output)',
      '--json       what was written, or the findings',
      'exit 0 written, 2 the return does not validate (findings by worker and item), 64 usage',
    ],
  },
  {
    name: 'subject-access',
    synopsis: 'subject-access <staffId> [--html] [--out file]',
    summary: 'everything Ladder holds about a person (UK GDPR subject access), as JSON or a page',
    details: [
      'Every fact with who recorded it, when and why; every decision with its explanation;',
      'the personal data still readable (or erased) and the person’s keys. docs/personal-data.md.',
      '--html   a printable page instead of JSON',
      '--out    write to this file (default: standard output)',
      'exit 0 written, 2 no such person in the log, 64 usage',
    ],
  },
];

export const usageLines = (): string[] => [
  'usage: ladder <command> [--help]',
  ...commandHelp.map((c) => `  ${c.synopsis}\n      ${c.summary}`),
  ...environment,
];

export const helpFor = (help: CommandHelp): string[] => [
  `usage: ladder ${help.synopsis}`,
  '',
  help.summary,
  ...help.details.map((d) => `  ${d}`),
  ...environment,
];
