import type { AppendOutcome, AppendRequest } from './append';

/**
 * The messages between a store (main thread) and the process's writer thread. `file` names
 * one store's write connection in the thread; `id` pairs an answer with its request.
 */
export type ToWriter =
  | {
      readonly kind: 'open';
      readonly file: number;
      readonly path: string;
      readonly busyTimeoutMs: number;
    }
  | {
      readonly kind: 'append';
      readonly file: number;
      readonly id: number;
      readonly request: AppendRequest;
    }
  | { readonly kind: 'close'; readonly file: number; readonly id: number };

export interface Answer {
  readonly id: number;
  /** Absent for the answer to a `close`. */
  readonly outcome?: AppendOutcome;
}

/** One message per group commit (or per close): the answers of everything it held. */
export interface FromWriter {
  readonly answers: readonly Answer[];
}
