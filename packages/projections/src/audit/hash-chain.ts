import { createHash } from 'node:crypto';
import type { RecordedEvent } from '@ladder/event-store';
import { canonicalJson, eventContent } from './canonical';

/** The previous hash of a stream's first event. */
export const GENESIS = '0'.repeat(64);

/** SHA-256 over the previous hash and the canonical content: changing any event breaks every later link. */
export const chainHash = (previous: string, event: RecordedEvent): string =>
  createHash('sha256')
    .update(previous)
    .update('\n')
    .update(canonicalJson(eventContent(event)))
    .digest('hex');
