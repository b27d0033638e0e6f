import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { generateCouncil } from '@ladder/demo';
import { getSqliteEventStore } from '@ladder/event-store';
import { runCli } from '../cli';

// `ladder verify` shows the progress the API's verification job shows: streams of how many,
// events, events per second.

describe('ladder verify', () => {
  it('draws streams and events done as it goes, ending at the totals it reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-verify-'));
    const config = { store: join(dir, 'events.sqlite'), readModels: join(dir, 'rm.sqlite') };
    const store = getSqliteEventStore({ path: config.store });
    for (const a of generateCouncil({ seed: 5, staff: 8, years: 1 }).appends) {
      const r = await store.append(a.streamName, a.events);
      if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    }
    await store.close();
    expect((await runCli(['rebuild'], config)).exitCode).toBe(0);

    const drawn: string[] = [];
    const io = {
      cwd: dir,
      write: () => undefined,
      progress: (line: (() => string) | null) => void (line !== null && drawn.push(line())),
    };
    const result = await runCli(['verify'], config, io);
    expect(result.exitCode).toBe(0);
    const [, events, streams] =
      /intact for all streams: (\d+) events in (\d+) streams/.exec(result.lines[0] ?? '') ?? [];
    expect(drawn.length).toBe(Number(streams));
    expect(drawn.at(-1)).toMatch(
      new RegExp(
        `^\\[#{20}\\] 100%  ${Number(events).toLocaleString('en-GB')} events in ${streams} of ${streams} streams  [\\d,]+ events/s  about 0 s left$`,
      ),
    );
  });
});
