import type { Database } from 'better-sqlite3';
import type { StreamRevision } from '../port/expected-revision';

/** The revision of a stream's last event, read from the (stream_name, revision) index. */
export const prepareStreamRevision = (db: Database): ((streamName: string) => StreamRevision) => {
  const statement = db
    .prepare<[string], { revision: bigint }>(
      'SELECT revision FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1',
    )
    .safeIntegers(true);
  return (streamName) => statement.get(streamName)?.revision ?? 'no-stream';
};
