/** What one append workload achieved; `sampled` when the time cap stopped it early. */
export interface AppendMeasure {
  readonly batch: number;
  /** Appends kept in flight at once (1: each waits for the one before). */
  readonly inFlight: number;
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

export type StoreName = 'ladder' | 'ladder-v5' | 'emmett' | 'raw';

/**
 * Appends batches of `batch` events until `targetEvents` are written or `capSeconds` pass;
 * a capped run is a sample whose rate is extrapolated (and labelled so in the table).
 * With `inFlight` > 1 that many appenders run at once (as a server's requests do), each
 * starting its next append when its last one is answered.
 */
export const measureAppends = async (
  batch: number,
  targetEvents: number,
  capSeconds: number,
  appendBatch: (batch: number, index: number) => Promise<void> | void,
  inFlight = 1,
): Promise<AppendMeasure> => {
  const started = performance.now();
  const deadline = started + capSeconds * 1000;
  let appends = 0;
  let stop = false;
  const lane = async (): Promise<void> => {
    while (!stop && appends * batch < targetEvents) {
      const index = appends;
      appends += 1;
      await appendBatch(batch, index);
      if ((appends & 15) === 0 && performance.now() > deadline) stop = true;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const seconds = (performance.now() - started) / 1000;
  return {
    batch,
    inFlight,
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
