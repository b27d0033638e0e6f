/** Events per second over a sliding window of recent batches. */
export interface RateMeter {
  record(events: number, now?: number): void;
  perSecond(now?: number): number;
  total(): number;
}

export const rateMeter = (windowMs = 5_000): RateMeter => {
  const samples: { at: number; events: number }[] = [];
  let total = 0;
  const prune = (now: number) => {
    while (samples.length > 0 && (samples[0]?.at ?? now) < now - windowMs) samples.shift();
  };
  return {
    record(events, now = performance.now()) {
      total += events;
      samples.push({ at: now, events });
      prune(now);
    },
    perSecond(now = performance.now()) {
      prune(now);
      const first = samples[0];
      if (first === undefined) return 0;
      const span = Math.max(now - first.at, 1);
      return (samples.reduce((n, s) => n + s.events, 0) * 1000) / span;
    },
    total: () => total,
  };
};
