/** Draws the one progress line (built only when drawn) or clears it (null). */
export type Progress = (line: (() => string) | null) => void;

export interface ProgressState {
  readonly rows: number;
  readonly bytes: number;
  readonly total: number;
  readonly started: number;
}

/** `12,345 rows  3,210 rows/s  41%  about 12 s left`: time left from the bytes still to read. */
export const progressLine = ({ rows, bytes, total, started }: ProgressState): string => {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = rows / seconds;
  const done = total === 0 ? 1 : Math.min(bytes / total, 1);
  const left = done > 0 ? (seconds * (1 - done)) / done : 0;
  return `${rows.toLocaleString('en-GB')} rows  ${Math.round(rate).toLocaleString('en-GB')} rows/s  ${Math.round(done * 100)}%  about ${Math.ceil(left)} s left`;
};

/** A progress line on a terminal, redrawn at most every 100 ms; nothing when piped. */
export const terminalProgress = (out: NodeJS.WriteStream): Progress => {
  let last = 0;
  return (line) => {
    if (!out.isTTY) return;
    if (line === null) return void out.write('\r\x1b[K');
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    out.write(`\r\x1b[K${line()}`);
  };
};
