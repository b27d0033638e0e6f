// Which tests a `vitest run …` command line selects, as far as a global setup needs to know:
// the file filters it names, and whether it runs only the pure tier. A global setup uses this
// to skip work (a broker, a package install) that no selected test needs.

export interface RunSelection {
  /** Positional file filters; none means the whole workspace. */
  readonly filters: readonly string[];
  /** True for `pnpm test:unit`, which excludes every `*.int.test.ts`. */
  readonly unitOnly: boolean;
}

export const runSelection = (argv: readonly string[]): RunSelection => ({
  filters: argv.filter(
    (arg, i) => !arg.startsWith('-') && arg !== 'run' && !argv[i - 1]?.startsWith('--'),
  ),
  unitOnly: argv.some((arg) => arg.includes('*.int.test.ts')),
});

export type Tier = 'unit' | 'integration';

/** True when the run may reach a test of `tier` under a folder matching `folders`. */
export const reaches = (selection: RunSelection, folders: RegExp, tier: Tier): boolean =>
  !(tier === 'integration' && selection.unitOnly) &&
  (selection.filters.length === 0 || selection.filters.some((f) => folders.test(f)));

/** The selection of the command line this process was started with. */
export const currentRun = (): RunSelection => runSelection(process.argv.slice(2));
