import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectionDefinition } from './definition';
import { dumpProjection } from './dump';
import { createGeneration, namer, pointViews } from './generations';
import { copyGeneration, openReplayFile } from './replay-file';

/** Two tables as read models have them: keyed by rowid, and WITHOUT ROWID on a composite key. */
const twoTables: ProjectionDefinition = {
  name: 'two',
  version: 1,
  tables: ['two_log', 'two_fact'],
  create(db, t) {
    db.exec(`CREATE TABLE "${t('two_log')}" (position INTEGER PRIMARY KEY, what TEXT NOT NULL)`);
    db.exec(`CREATE TABLE "${t('two_fact')}" (staff_id TEXT NOT NULL, position INTEGER NOT NULL,
      envelope TEXT NOT NULL, PRIMARY KEY (staff_id, position)) STRICT, WITHOUT ROWID`);
  },
  bind: () => ({ apply: () => undefined }),
};

const fill = (db: Database.Database, generation: number, rows: number) => {
  const t = namer(generation);
  const log = db.prepare(`INSERT INTO "${t('two_log')}" VALUES (?, ?)`);
  const fact = db.prepare(`INSERT INTO "${t('two_fact')}" VALUES (?, ?, ?)`);
  db.transaction(() => {
    for (let i = 1; i <= rows; i++) {
      log.run(i * 3, `event ${i}`);
      // Many rows per person, and positions past 2^53 to be copied exactly.
      fact.run(`s${i % 17}`, 9_007_199_254_740_993n + BigInt(i), `{"n":${i}}`);
    }
  })();
};

describe('replay file', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it.each([7, 64, 1000, 5000])(
    'copies a generation into the read-model file whole, in chunks of %i rows',
    (chunk) => {
      const dir = mkdtempSync(join(tmpdir(), 'ladder-replay-'));
      dirs.push(dir);
      const expected = new Database(join(dir, 'expected.db'));
      createGeneration(expected, twoTables, 4);
      fill(expected, 4, 1000);
      pointViews(expected, twoTables, 4);

      const replay = openReplayFile(join(dir, 'read.db.replay'));
      createGeneration(replay, twoTables, 4);
      fill(replay, 4, 1000);
      replay.close();
      const db = new Database(join(dir, 'read.db'));
      db.pragma('synchronous = OFF'); // a transaction per chunk, many chunks
      createGeneration(db, twoTables, 4);
      db.prepare('ATTACH DATABASE ? AS replay').run(join(dir, 'read.db.replay'));
      copyGeneration(db, 'replay', twoTables, namer(4), chunk);
      db.exec('DETACH DATABASE replay');
      pointViews(db, twoTables, 4);
      expect(db.prepare('SELECT count(*) FROM two_fact').pluck().get()).toBe(1000);
      expect(dumpProjection(db, twoTables)).toBe(dumpProjection(expected, twoTables));
      db.close();
      expected.close();
    },
  );
});
