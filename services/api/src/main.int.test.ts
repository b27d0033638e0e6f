import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `pnpm start` as a newcomer runs it: a real process on a free port over a fresh data dir.

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'ladder-start-'));
const running: ChildProcess[] = [];

const start = (): Promise<{ child: ChildProcess; output: () => string; url: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env,
        LADDER_DATA_DIR: dataDir,
        LADDER_PORT: '0',
        LADDER_DEMO_STAFF: '40',
        LADDER_DEMO_YEARS: '2',
        LADDER_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes('/audit/verification')) {
        clearTimeout(timer);
        resolve({ child, output: () => out, url });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const tokenFor = (output: string, variable: string): string => {
  const token = new RegExp(`export ${variable}=(\\S+)`).exec(output)?.[1];
  if (!token) throw new Error(`no ${variable} printed`);
  return token;
};

describe('pnpm start', () => {
  it('seeds a demo council on first start, prints a working token per role, and reuses the data later', async () => {
    const first = await start();
    expect(first.output()).toMatch(/First start: seeding a demo council/);
    for (const v of [
      'LADDER_HR_ADMIN',
      'LADDER_MANAGER',
      'LADDER_APPROVER',
      'LADDER_PLANNER',
      'LADDER_AUDITOR',
    ])
      expect(first.output()).toContain(`export ${v}=`);
    const planner = tokenFor(first.output(), 'LADDER_PLANNER');
    const today = new Date().toISOString().slice(0, 10);
    const headcount = await fetch(`${first.url}/workforce/headcount?asOf=${today}`, {
      headers: { authorization: `Bearer ${planner}` },
    });
    expect(headcount.status).toBe(200);
    const total = ((await headcount.json()) as { total: number }).total;
    expect(total).toBeGreaterThan(20);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    // People sign in with one click on the demo council; the manager is the printed one.
    expect(first.output()).toMatch(/sign in as a demo person/);
    expect(await (await fetch(`${first.url}/auth/options`)).json()).toEqual({
      demo: true,
      oidc: false,
    });
    const people = (await (await fetch(`${first.url}/auth/demo/people`)).json()) as {
      id: string;
      role: string;
    }[];
    const manager = people.find((p) => p.role === 'manager')?.id ?? 'none';
    expect(first.output()).toMatch(new RegExp(`# manager ${manager}\\b`));
    await stop(first.child);

    const second = await start();
    expect(second.output()).not.toMatch(/First start/);
    // The secret was kept, so the token printed the first time still works.
    const again = await fetch(`${second.url}/workforce/headcount?asOf=${today}`, {
      headers: { authorization: `Bearer ${planner}` },
    });
    expect(((await again.json()) as { total: number }).total).toBe(total);
    await stop(second.child);
  }, 180_000);
});
