/**
 * How far a follower has got through the log, and the promises waiting for it to get further.
 * `advance` only moves forwards, so a late or repeated report never takes it back.
 */
export interface Progress {
  position(): bigint;
  advance(to: bigint): void;
  /** Resolves once the position is at or past `target`. */
  waitFor(target: bigint): Promise<void>;
}

export const progressFrom = (start: bigint): Progress => {
  let position = start;
  const waiters = new Set<{ readonly target: bigint; readonly resolve: () => void }>();
  return {
    position: () => position,
    advance(to) {
      if (to <= position) return;
      position = to;
      for (const waiter of waiters)
        if (waiter.target <= position) {
          waiters.delete(waiter);
          waiter.resolve();
        }
    },
    waitFor: (target) =>
      target <= position
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.add({ target, resolve })),
  };
};
