import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { openLadderStore } from '@ladder/application';
import { generateCouncil } from '@ladder/demo';
import { runCli } from './cli';

// `ladder subject-access`: a demo council written through the sealing store (as `pnpm start`
// writes it), then one person's export as JSON and as a page, read through the key file.

describe('ladder subject-access', () => {
  it('exports every event of the person, their personal data opened with the key file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-sar-'));
    try {
      const config = {
        store: join(dir, 'events.sqlite'),
        readModels: join(dir, 'read-models.sqlite'),
      };
      const { store } = openLadderStore(config.store, join(dir, 'keys.sqlite'));
      const council = generateCouncil({ seed: 5, staff: 12, years: 2 });
      for (const a of council.appends) {
        const r = await store.append(a.streamName, a.events);
        if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
      }
      const person = council.appends.find((a) => a.streamName.startsWith('staff-'));
      if (person === undefined) throw new Error('no staff stream');
      const staffId = person.streamName.slice('staff-'.length);
      let own = 0;
      for await (const _ of store.readStream(person.streamName)) own++;
      await store.close();

      const json = await runCli(['subject-access', staffId, '--out', 'sar.json'], config, {
        cwd: dir,
        progress: () => undefined,
        write: () => undefined,
      });
      expect(json.exitCode).toBe(0);
      const exported = JSON.parse(readFileSync(join(dir, 'sar.json'), 'utf8')) as {
        records: { streamName: string; personal: unknown }[];
      };
      expect(exported.records.filter((r) => r.streamName === person.streamName)).toHaveLength(own);
      const joined = exported.records.find((r) => r.personal !== null);
      expect(joined?.personal).toMatchObject({ name: expect.any(String) as string });
      const page = await runCli(
        ['subject-access', staffId, '--html', '--out', 'sar.html'],
        config,
        {
          cwd: dir,
          progress: () => undefined,
          write: () => undefined,
        },
      );
      expect(page.exitCode).toBe(0);
      expect(readFileSync(join(dir, 'sar.html'), 'utf8')).toContain(
        `What Ladder holds about ${staffId}`,
      );
      expect((await runCli(['subject-access'], config)).exitCode).toBe(64);
      expect((await runCli(['subject-access', 'nobody-here'], config)).exitCode).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
