// What a follower waits on besides the next event: a partial batch's linger, and a stop.

export const IDLE = Symbol('idle');
export const STOP = Symbol('stop');

/** Resolves after `ms` (0: once pending I/O has had its turn); `clear` cancels it. */
export const idle = (ms: number): { readonly elapsed: Promise<typeof IDLE>; clear(): void } => {
  let clear = (): void => undefined;
  const elapsed = new Promise<typeof IDLE>((resolve) => {
    if (ms === 0) {
      const handle = setImmediate(() => resolve(IDLE));
      clear = () => clearImmediate(handle);
    } else {
      const handle = setTimeout(() => resolve(IDLE), ms);
      clear = () => clearTimeout(handle);
    }
  });
  return { elapsed, clear: () => clear() };
};

/**
 * A stop any wait can race. Closing a subscription need not end a pending read, so every wait
 * races this too. Each wait gets its own promise: racing one shared promise that stays pending
 * for the follower's whole life would keep every race's callback alive until the stop.
 */
export const stopSignal = () => {
  let fired = false;
  let wake = (): void => undefined;
  return {
    fired: () => fired,
    fire() {
      fired = true;
      wake();
    },
    wait: (): Promise<typeof STOP> =>
      fired ? Promise.resolve(STOP) : new Promise((resolve) => (wake = () => resolve(STOP))),
  };
};
