/**
 * What a command prints and how the process should exit: 0 done and all well, 1 a file or the
 * store could not be read, 2 done but something was found (bad rows, a broken chain, a stopped
 * projection), 64 a usage mistake (as sysexits.h), 70 Ladder itself failed.
 */
export interface CommandResult {
  readonly lines: readonly string[];
  readonly exitCode: 0 | 1 | 2 | 64 | 70;
  /** The same answer for `--json`: one object on one line. */
  readonly json?: unknown;
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export const colourWanted = (
  out: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean => out.isTTY === true && (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb';

/** A result's lines as printed: red when the command found a problem, plain otherwise. */
export const painted = (result: CommandResult, colour: boolean): readonly string[] =>
  colour && result.exitCode !== 0 ? result.lines.map((l) => `\x1b[31m${l}\x1b[39m`) : result.lines;
