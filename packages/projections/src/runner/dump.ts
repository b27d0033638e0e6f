import type { Database } from 'better-sqlite3';
import type { ProjectionDefinition } from './definition';

/**
 * Every row of a projection's views, in a fixed order, as one string: two read models are
 * byte-identical when their dumps are equal.
 */
export const dumpProjection = (db: Database, def: ProjectionDefinition): string =>
  def.tables
    .map((table) => {
      const rows = db
        .prepare(`SELECT * FROM "${table}"`)
        .raw(true)
        .safeIntegers(true)
        .all() as unknown[][];
      const lines = rows.map((r) =>
        JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)),
      );
      lines.sort();
      return `# ${table}\n${lines.join('\n')}`;
    })
    .join('\n');
