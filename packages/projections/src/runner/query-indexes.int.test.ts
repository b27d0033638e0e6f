import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMemoryEventStore } from '@ladder/event-store';
import { anEvent } from '../../test/events';
import { allProjections } from '../all';
import { ensureProjection } from './generations';
import { openReadModels } from './read-model-db';
import { rebuild } from './rebuild';

const indexesOf = (db: ReturnType<typeof openReadModels>, generation: number) =>
  db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
    )
    .all()
    .filter((r) => r.name.includes(`_g${generation}`))
    .map((r) => `${r.name} ${r.sql}`.replaceAll(`_g${generation}`, '_gN'));

describe('query-only indexes', () => {
  it('a rebuilt generation ends with the same indexes as one created directly', async () => {
    const store = getMemoryEventStore();
    await store.append('elsewhere-1', [anEvent('Noted')]);
    const dir = mkdtempSync(join(tmpdir(), 'ladder-rm-'));
    const db = openReadModels(join(dir, 'read.db'));
    for (const def of allProjections) ensureProjection(db, def);
    const direct = indexesOf(db, 1);
    expect(direct.some((i) => i.startsWith('audit_event_gN_staff'))).toBe(true);
    const report = await rebuild({ store, db, projections: allProjections });
    expect(report.outcomes.every((o) => o.kind === 'swapped')).toBe(true);
    expect(indexesOf(db, 2)).toEqual(direct);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
