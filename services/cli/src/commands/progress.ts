/** Draws the one progress line (built only when drawn) or clears it (null). */
export type Progress = (line: (() => string) | null) => void;

export interface ProgressState {
  /** What the rate counts (rows, events), done so far. */
  readonly count: number;
  readonly unit: string;
  /** The share done, 0 to 1, from whatever is known of the whole (bytes read, streams). */
  readonly done: number;
  readonly started: number;
  /** Said after the count: `of 12 streams`. */
  readonly detail?: string;
}

const n = (x: number) => Math.round(x).toLocaleString('en-GB');
const WIDTH = 20;

/** `[########------------]  41%  12,345 rows  3,210 rows/s  about 12 s left`. */
export const progressLine = ({ count, unit, done, started, detail }: ProgressState): string => {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const share = Math.min(Math.max(done, 0), 1);
  const left = share > 0 ? (seconds * (1 - share)) / share : 0;
  const filled = Math.round(share * WIDTH);
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ` +
    `${n(count)} ${unit}${detail === undefined ? '' : ` ${detail}`}  ${n(count / seconds)} ${unit}/s  ` +
    `about ${Math.ceil(left)} s left`
  );
};

/**
 * A progress line on a terminal, redrawn at most every 100 ms, in colour when colour is on;
 * nothing at all when the stream is not a terminal (piped, in CI, in a log).
 */
export const terminalProgress = (out: NodeJS.WriteStream, colour: boolean): Progress => {
  let last = 0;
  return (line) => {
    if (!out.isTTY) return;
    if (line === null) return void out.write('\r\x1b[K');
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    out.write(`\r\x1b[K${colour ? `\x1b[36m${line()}\x1b[39m` : line()}`);
  };
};
