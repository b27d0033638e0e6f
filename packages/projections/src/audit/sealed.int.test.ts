import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSqliteEventStore, openSqliteKeyService, sealPersonalData } from '@ladder/event-store';
import { anEvent } from '../../test/events';
import { openReadModels } from '../runner/read-model-db';
import { startRunner } from '../runner/runner';
import { auditTrailProjection } from './projection';
import { verifyAuditChain } from './verify';

// The chain covers what the store holds: with personal parts sealed, an erasure (a destroyed
// key) changes nothing stored, so the chain recorded before it still verifies after it —
// through the sealing store the API reads, and through the bare store the verification job opens.
describe('audit trail over sealed personal data', () => {
  it('verifies before and after the person’s key is destroyed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-audit-sealed-'));
    try {
      const bare = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
      const keys = openSqliteKeyService(join(dir, 'keys.sqlite'));
      const store = sealPersonalData(bare, {
        keys,
        keyOf: (streamName) => ({ subject: streamName, keyId: `${streamName}/hr` }),
      });
      await store.append('staff-s1', [
        anEvent('StaffJoined', { staffId: 's1', personal: { name: 'Alex Rowe' } }),
        anEvent('PdrRecorded', { period: '2024-25' }),
      ]);
      const db = openReadModels(join(dir, 'read.sqlite'));
      const runner = startRunner({ store, db, projections: [auditTrailProjection] });
      await runner.waitFor(await store.headPosition());
      await runner.stop();
      const clean = { streams: 1, events: 2, notYetProjected: 0, firstBreak: null };
      expect(await verifyAuditChain(db, store)).toEqual(clean);
      await keys.destroySubject('staff-s1', '2026-12-02T12:00:00.000Z');
      expect(await verifyAuditChain(db, store)).toEqual(clean);
      expect(await verifyAuditChain(db, bare)).toEqual(clean);
      db.close();
      await keys.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
