import { resolve } from 'node:path';

/**
 * Wakes subscriptions of every store opened on the same file in this process right after
 * an append commits. Other processes' appends are found by polling the head instead.
 */
const listeners = new Map<string, Set<() => void>>();

export interface Notifier {
  notify(): void;
  listen(listener: () => void): () => void;
}

export const notifierFor = (path: string): Notifier => {
  const key = path === ':memory:' ? `${path}:${Math.random()}` : resolve(path);
  return {
    notify: () => listeners.get(key)?.forEach((listener) => listener()),
    listen: (listener) => {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
  };
};
