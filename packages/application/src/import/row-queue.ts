/**
 * Runs writes side by side, at most `window` at once, while writes naming a stream another
 * write names wait for it: file order per stream, and a group commit's worth in flight.
 * A write that throws stops the queue; `add` and `drain` rethrow it.
 */
export const rowQueue = (window: number) => {
  const running = new Set<Promise<void>>();
  const tails = new Map<string, Promise<void>>();
  let failure: { readonly error: unknown } | undefined;
  const rethrow = () => {
    if (failure !== undefined) throw failure.error;
  };
  return {
    add: async <T>(
      streams: readonly string[],
      write: () => Promise<T>,
      done: (result: T) => void,
    ): Promise<void> => {
      rethrow();
      const before = Promise.all(streams.map((s) => tails.get(s) ?? Promise.resolve()));
      const task: Promise<void> = before
        .then(write)
        .then(done)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => {
          running.delete(task);
          for (const s of streams) if (tails.get(s) === task) tails.delete(s);
        });
      running.add(task);
      for (const s of streams) tails.set(s, task);
      if (running.size >= window) await Promise.race(running);
      rethrow();
    },
    drain: async (): Promise<void> => {
      await Promise.all(running);
      rethrow();
    },
  };
};
