import type { ProjectionDefinition } from '../src/runner/definition';

/**
 * A small projection for runner tests: counts events per stream and keeps the list of
 * positions it applied (so a duplicate or a gap is visible). Throws on type `Poison`.
 */
export const countingProjection = (
  name: string,
  options: { failOn?: string } = {},
): ProjectionDefinition => ({
  name,
  version: 1,
  tables: [`${name}_count`, `${name}_seen`],
  create(db, t) {
    db.exec(`CREATE TABLE "${t(`${name}_count`)}" (stream TEXT PRIMARY KEY, n INTEGER NOT NULL)`);
    db.exec(
      `CREATE TABLE "${t(`${name}_seen`)}" (position INTEGER NOT NULL, event_id TEXT NOT NULL)`,
    );
  },
  bind(db, t) {
    const count = db.prepare(
      `INSERT INTO "${t(`${name}_count`)}" (stream, n) VALUES (?, 1) ON CONFLICT (stream) DO UPDATE SET n = n + 1`,
    );
    const seen = db.prepare(
      `INSERT INTO "${t(`${name}_seen`)}" (position, event_id) VALUES (?, ?)`,
    );
    return {
      apply(event) {
        if (options.failOn !== undefined && event.type === options.failOn)
          throw new Error(`cannot fold ${event.type}`);
        count.run(event.streamName);
        seen.run(event.position, event.eventId);
      },
    };
  },
});
