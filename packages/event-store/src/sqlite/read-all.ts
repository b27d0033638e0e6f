import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordedEvent } from '../port/envelope';
import { toRecordedEvent } from './event-row';
import type { ReadLogPage } from './read-log-page';

/**
 * Streams the log from `after` up to the head as it was when reading started, one page at
 * a time (bounded memory; a log that keeps growing does not make the read endless).
 */
export async function* readAllPaged(
  readPage: ReadLogPage,
  after: bigint,
  head: bigint,
  maxCount: number,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  let from = after;
  let delivered = 0;
  while (delivered < maxCount && from < head) {
    const limit = Math.min(pageSize, maxCount - delivered);
    // Give the event loop a turn between pages, so a long read does not starve other work.
    if (delivered > 0) await nextTurn();
    const rows = readPage(from, head, limit);
    for (const row of rows) {
      delivered += 1;
      yield toRecordedEvent(row);
    }
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < limit) return;
    from = last.position;
  }
}
