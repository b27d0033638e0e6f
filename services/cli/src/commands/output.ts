/** What a command prints and how the process should exit (0 ok, 2 found a problem, 64 usage). */
export interface CommandResult {
  readonly lines: readonly string[];
  readonly exitCode: 0 | 1 | 2 | 64;
}
