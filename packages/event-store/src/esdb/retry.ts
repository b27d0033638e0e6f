import { setTimeout as sleep } from 'node:timers/promises';
import { isTransient } from './errors';

/**
 * Runs `call`; on UnavailableError or NotLeaderError runs it once more. The client has by
 * then dropped the failed channel (and after NotLeader points at the leader it was told
 * about), but it does so asynchronously, hence the short pause before the retry.
 */
export const withOneRetry = async <T>(call: () => Promise<T>, pauseMs = 50): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    if (!isTransient(error)) throw error;
    await sleep(pauseMs);
    return call();
  }
};
