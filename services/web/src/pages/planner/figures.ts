import type { CsvCell } from '../../components/CsvDownload';
import type { Shown } from '../../api/types';

// How the planner's figures read on the page: counts as the API gave them, with thousands
// separators; a withheld count says so in words (the API answers null for it).

export const WITHHELD = 'withheld';

export const shown = (n: Shown | undefined): string =>
  n === null || n === undefined ? WITHHELD : n.toLocaleString('en-GB');

/** FTE to two decimal places, as a planner reads it. */
export const fteText = (n: Shown | undefined): string =>
  n === null || n === undefined
    ? WITHHELD
    : n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** A count for a CSV file: the number, or an empty cell where it was withheld. */
export const csvCount = (n: Shown | undefined): CsvCell => (n === undefined ? null : n);

/** A group's values in the order asked, e.g. "family-worker L2". */
export const groupText = (group: Readonly<Record<string, string>>, keys: readonly string[]) =>
  keys.map((k) => group[k] ?? '').join(' ');

/** A pipeline step, e.g. "family-worker L1 to L2". */
export const stepText = (group: Readonly<Record<string, string>>): string =>
  `${group['jobFamily'] ?? ''} ${group['fromGrade'] ?? ''} to ${group['toGrade'] ?? ''}`;

export const plannerQuery = (params: Readonly<Record<string, string>>): string =>
  new URLSearchParams(params).toString();
