import { setTimeout as sleep } from 'node:timers/promises';
import { isTransient } from './errors';

/**
 * Runs `call`; on UnavailableError or NotLeaderError runs it once more. The client has by
 * then dropped the failed channel (and after NotLeader points at the leader it was told
 * about), but it does so asynchronously, hence the short pause before the retry.
 */
export const RETRY_PAUSE_MS = 50;

export const withOneRetry = async <T>(
  call: () => Promise<T>,
  pauseMs = RETRY_PAUSE_MS,
): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    if (!isTransient(error)) throw error;
    await sleep(pauseMs);
    return call();
  }
};
