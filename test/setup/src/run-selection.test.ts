import { describe, expect, it } from 'vitest';
import { reaches, runSelection } from './run-selection';

const messaging = /messaging/;

describe('run selection', () => {
  it('reads the file filters and ignores options and their values', () => {
    const run = runSelection(['run', '--config', 'x.ts', 'packages/messaging', '--reporter=dot']);
    expect(run).toEqual({ filters: ['packages/messaging'], unitOnly: false });
  });

  it('a plain run reaches every folder in both tiers', () => {
    const run = runSelection(['run']);
    expect(reaches(run, messaging, 'integration')).toBe(true);
    expect(reaches(run, messaging, 'unit')).toBe(true);
  });

  it('a filter reaches only the folders it names', () => {
    const run = runSelection(['run', 'packages/domain']);
    expect(reaches(run, messaging, 'integration')).toBe(false);
    expect(reaches(runSelection(['run', 'packages/messaging/src/relay']), messaging, 'unit')).toBe(
      true,
    );
  });

  it('`pnpm test:unit` reaches no integration test, but still unit tests', () => {
    const run = runSelection(['run', '--exclude', '**/*.int.test.ts']);
    expect(run.unitOnly).toBe(true);
    expect(reaches(run, messaging, 'integration')).toBe(false);
    expect(reaches(run, messaging, 'unit')).toBe(true);
  });
});
