// Fault injection for tests: the failures a client meets in production, on demand.

export type FaultableMethod = 'append' | 'batchAppend' | 'read';

export interface Faults {
  /** Ends every open subscription with UNAVAILABLE, as a dropped connection would. Returns how many. */
  dropSubscriptions(): number;
  /** The next `count` calls of `method` fail with UNAVAILABLE before doing anything. */
  failNext(method: FaultableMethod, count?: number): void;
  /** The next read sends `afterEvents` events, then fails with UNAVAILABLE mid-stream. */
  breakNextRead(afterEvents: number): void;
  /** Open subscriptions right now (lets a test wait until a resubscribe has happened). */
  openSubscriptions(): number;
}

export interface FaultState extends Faults {
  /** Registers an open subscription's drop action; returns its removal. */
  track(drop: () => void): () => void;
  /** True, consuming one planned failure, when this call of `method` must fail. */
  shouldFail(method: FaultableMethod): boolean;
  /** How many events this read may send before breaking (consumes the plan); null: all. */
  readBreak(): number | null;
}

export const createFaults = (): FaultState => {
  const subscriptions = new Set<() => void>();
  const planned = new Map<FaultableMethod, number>();
  let breakAfter: number | null = null;
  return {
    dropSubscriptions: () => {
      const drops = [...subscriptions];
      subscriptions.clear();
      for (const drop of drops) drop();
      return drops.length;
    },
    failNext: (method, count = 1) => planned.set(method, (planned.get(method) ?? 0) + count),
    breakNextRead: (afterEvents) => {
      breakAfter = afterEvents;
    },
    readBreak: () => {
      const planned = breakAfter;
      breakAfter = null;
      return planned;
    },
    openSubscriptions: () => subscriptions.size,
    track: (drop) => {
      subscriptions.add(drop);
      return () => subscriptions.delete(drop);
    },
    shouldFail: (method) => {
      const left = planned.get(method) ?? 0;
      if (left === 0) return false;
      planned.set(method, left - 1);
      return true;
    },
  };
};
