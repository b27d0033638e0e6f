import type { ChainVerification, VerificationProgress } from '@ladder/projections';

// What the API and a verification worker say to each other (structured clone: bigints pass).

export interface VerifyInput {
  /** The event store's connection string, opened again in the worker. */
  readonly eventStore: string;
  /** The read-model file, opened read-only in the worker. */
  readonly readModels: string;
  readonly staffId?: string;
}

export type VerifyMessage =
  | { readonly kind: 'progress'; readonly progress: VerificationProgress }
  | { readonly kind: 'done'; readonly result: ChainVerification }
  | { readonly kind: 'failed'; readonly message: string };

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null;

export const isVerifyInput = (u: unknown): u is VerifyInput =>
  isRecord(u) &&
  typeof u['eventStore'] === 'string' &&
  typeof u['readModels'] === 'string' &&
  (u['staffId'] === undefined || typeof u['staffId'] === 'string');

export const isVerifyMessage = (u: unknown): u is VerifyMessage =>
  isRecord(u) &&
  ((u['kind'] === 'progress' && isRecord(u['progress'])) ||
    (u['kind'] === 'done' && isRecord(u['result'])) ||
    (u['kind'] === 'failed' && typeof u['message'] === 'string'));
