/** What one append workload achieved; `sampled` when the time cap stopped it early. */
export interface AppendMeasure {
  readonly batch: number;
  readonly appends: number;
  readonly events: number;
  readonly seconds: number;
  readonly sampled: boolean;
}

export interface ReadMeasure {
  readonly events: number;
  readonly seconds: number;
}

/** Everything one store measured for one log size, in one child process. */
export interface CellResult {
  readonly store: StoreName;
  readonly size: number;
  readonly synchronous: string;
  readonly appends: readonly AppendMeasure[];
  readonly read: ReadMeasure;
  readonly peakRssMb: number;
}

export type StoreName = 'ladder' | 'ladder-v7' | 'emmett' | 'raw';

/**
 * Appends batches of `batch` events until `targetEvents` are written or `capSeconds` pass;
 * a capped run is a sample whose rate is extrapolated (and labelled so in the table).
 */
export const measureAppends = async (
  batch: number,
  targetEvents: number,
  capSeconds: number,
  appendBatch: (batch: number, index: number) => Promise<void> | void,
): Promise<AppendMeasure> => {
  const started = performance.now();
  const deadline = started + capSeconds * 1000;
  let appends = 0;
  while (appends * batch < targetEvents) {
    await appendBatch(batch, appends);
    appends += 1;
    if ((appends & 15) === 0 && performance.now() > deadline) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    batch,
    appends,
    events: appends * batch,
    seconds,
    sampled: appends * batch < targetEvents,
  };
};

export const measureRead = async (read: () => Promise<number> | number): Promise<ReadMeasure> => {
  const started = performance.now();
  const events = await read();
  return { events, seconds: (performance.now() - started) / 1000 };
};

/** Peak resident memory of this process so far (Linux reports maxRSS in KiB). */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** A small event: about 60 bytes of data, spread over 1,000 streams. */
export const smallEvent = (
  index: number,
): { stream: string; data: { staffId: string; grade: number; team: string } } => ({
  stream: `staff-${index % 1000}`,
  data: { staffId: `s-${index}`, grade: 8 + (index % 3), team: 'north-east' },
});
