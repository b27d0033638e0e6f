import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { schemaPath } from '@ladder/census';
import { generateCouncil } from '@ladder/demo';
import { getSqliteEventStore } from '@ladder/event-store';
import { runCli } from './cli';

// `ladder census` over a demo council in a real store file: the file written validates on its
// own; a social worker with no registration stops it, named by worker and item.

const seed = async (path: string) => {
  const store = getSqliteEventStore({ path });
  const council = generateCouncil({ seed: 5, staff: 60, years: 3, startDate: '2022-04-01' });
  for (const a of council.appends) {
    const r = await store.append(a.streamName, a.events);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  }
  return store;
};

describe('ladder census', () => {
  it('writes the return, valid, and then names what stops it validating', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-census-'));
    const config = { store: join(dir, 'events.sqlite'), readModels: join(dir, 'read.sqlite') };
    const store = await seed(config.store);
    await store.close();

    expect(await runCli(['census', '--year', '24', '--la-code', '303'], config)).toMatchObject({
      exitCode: 64,
    });
    expect(await runCli(['census', '--year', '2024', '--la-code', '30'], config)).toMatchObject({
      exitCode: 64,
    });

    const written = await runCli(
      ['census', '--year', '2024', '--la-code', '303', '--out', join(dir, 'csww.xml')],
      config,
    );
    expect(written.exitCode).toBe(0);
    expect(written.lines[0]).toMatch(/^census 2024 written to .*csww\.xml \(\d+ workers, valid\)$/);
    const xml = readFileSync(join(dir, 'csww.xml'), 'utf8');
    expect(xml).toContain('<ReferenceDate>2024-09-30</ReferenceDate>');
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', schemaPath, join(dir, 'csww.xml')], {
        stdio: 'pipe',
      }),
    ).not.toThrow();

    // A social worker joins with no Social Work England number recorded.
    const again = getSqliteEventStore({ path: config.store });
    const joined = await again.append('staff-late-1', [
      {
        eventId: '00000000-0000-4000-8000-000000000001',
        type: 'StaffJoined',
        schemaVersion: 1,
        effectiveAt: '2024-06-03T00:00:00.000Z',
        actor: { id: 'hr-1', role: 'hr-admin' },
        correlationId: 'c-1',
        causationId: null,
        data: {
          staffId: 'late-1',
          jobFamily: 'social-worker',
          grade: 'SW2',
          team: 'North Safeguarding',
          zone: 'North',
          contractedHours: 37,
          joinedOn: '2024-06-03',
        },
      },
    ]);
    expect(E.isRight(joined)).toBe(true);
    await again.close();
    const refused = await runCli(['census', '--year', '2024', '--la-code', '303'], config);
    expect(refused.exitCode).toBe(2);
    expect(refused.lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}worker \d+ \(staff late-1\): SWENo — /),
    ]);
  });
});
