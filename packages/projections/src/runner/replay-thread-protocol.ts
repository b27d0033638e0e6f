import type { RecordedEvent } from '@ladder/event-store';
import type { PoisonEventInfo } from './poison';

// What the rebuild's main thread and a replay thread say to each other (structured clone).

/** The thread's start: its replay file and the generations it fills there, by projection name. */
export interface ReplayThreadInput {
  readonly path: string;
  readonly generations: readonly { readonly name: string; readonly generation: number }[];
}

export type ToReplayThread =
  | { readonly kind: 'batch'; readonly events: readonly RecordedEvent[] }
  | { readonly kind: 'finish' };

/** Where a generation's replay stopped: its checkpoint, and the poison event if one stopped it. */
export interface Reached {
  readonly checkpoint: bigint;
  readonly poison: PoisonEventInfo | null;
}

export type FromReplayThread =
  | { readonly kind: 'applied' }
  | { readonly kind: 'finished'; readonly reached: readonly Reached[] }
  | { readonly kind: 'failed'; readonly message: string };

export const isFromReplayThread = (m: unknown): m is FromReplayThread =>
  typeof m === 'object' &&
  m !== null &&
  'kind' in m &&
  (m.kind === 'applied' || m.kind === 'finished' || m.kind === 'failed');
