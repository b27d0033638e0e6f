/** How long whole-population work holds the event loop before letting other requests in. */
const SLICE_MS = 15;

/**
 * A clock for work done in slices: `due()` yields to the event loop once the current slice has
 * run for SLICE_MS, so a request that arrives meanwhile waits one slice, whatever the load.
 */
export const slices = () => {
  let started = performance.now();
  return {
    due: async (): Promise<void> => {
      if (performance.now() - started < SLICE_MS) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = performance.now();
    },
  };
};
