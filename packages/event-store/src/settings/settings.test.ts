import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { onOff, portNumber, positiveInteger, wholeNumber } from './codecs';
import { redactSecrets, setting, settingsReader, SettingsError, type Env } from './reader';
import { readStoreSettings } from './store-settings';

const root = '/srv/ladder';
const storeSettings = (env: Env) => {
  const reader = settingsReader(env);
  const read = readStoreSettings(reader, root);
  reader.check();
  return read;
};
const valueOf = <A>(codec: t.Decoder<string, A>, raw: string): A | 'refused' => {
  const decoded = codec.decode(raw);
  return E.isRight(decoded) ? decoded.right : 'refused';
};
/** The problems a SettingsError lists, or a failure when reading succeeds. */
const problemsOf = (read: () => unknown): readonly string[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('expected a SettingsError');
};

describe('store settings', () => {
  it('default to files in <repo>/.ladder', () => {
    expect(storeSettings({})).toEqual({
      dataDir: '/srv/ladder/.ladder',
      store: '/srv/ladder/.ladder/events.sqlite',
      readModels: '/srv/ladder/.ladder/read-models.sqlite',
      keys: '/srv/ladder/.ladder/keys.sqlite',
    });
  });

  it('follow LADDER_DATA_DIR, taking relative paths from the repository; empty means unset', () => {
    expect(storeSettings({ LADDER_DATA_DIR: 'var/data', LADDER_READ_MODELS: '' })).toEqual({
      dataDir: '/srv/ladder/var/data',
      store: '/srv/ladder/var/data/events.sqlite',
      readModels: '/srv/ladder/var/data/read-models.sqlite',
      keys: '/srv/ladder/var/data/keys.sqlite',
    });
  });

  it('read LADDER_STORE, else the older LADDER_EVENT_STORE', () => {
    expect(storeSettings({ LADDER_EVENT_STORE: '/data/old.sqlite' }).store).toBe(
      '/data/old.sqlite',
    );
    expect(
      storeSettings({ LADDER_STORE: 'new.sqlite', LADDER_EVENT_STORE: '/data/old.sqlite' }).store,
    ).toBe('/srv/ladder/new.sqlite');
  });

  it('pass an EventStoreDB connection string whole, and keep sqlite: forms working', () => {
    const esdb = 'esdb://admin:changeit@es1:2113,es2:2113?tlsCAFile=/etc/ladder/ca.crt';
    expect(storeSettings({ LADDER_STORE: esdb }).store).toBe(esdb);
    expect(storeSettings({ LADDER_STORE: 'esdb+discover://cluster:2113' }).store).toBe(
      'esdb+discover://cluster:2113',
    );
    expect(storeSettings({ LADDER_STORE: 'sqlite:data/e.sqlite' }).store).toBe(
      'sqlite:/srv/ladder/data/e.sqlite',
    );
    expect(storeSettings({ LADDER_STORE: 'sqlite::memory:' }).store).toBe('sqlite::memory:');
  });

  it('name the variable that holds a bad value, and why', () => {
    expect(problemsOf(() => storeSettings({ LADDER_STORE: 'postgres://db/ladder' }))).toEqual([
      'LADDER_STORE: expected a SQLite file path or one of sqlite:<path>, esdb://…, esdb+discover://… (adapter not configured for "postgres:" store settings), got "postgres://db/ladder"',
    ]);
    const [old] = problemsOf(() => storeSettings({ LADDER_EVENT_STORE: 'esdb://' }));
    expect(old).toMatch(/^LADDER_EVENT_STORE: .*needs a host, like esdb:\/\/localhost:2113/);
  });

  it('never repeat a password from a connection string', () => {
    const [problem] = problemsOf(() =>
      storeSettings({ LADDER_STORE: 'mongodb://admin:s3cret@db:27017' }),
    );
    expect(problem).toContain('"mongodb://…@db:27017"');
    expect(problem).not.toContain('s3cret');
    expect(redactSecrets('esdb://admin:changeit@es1:2113,es2:2113?tls=false')).toBe(
      'esdb://…@es1:2113,es2:2113?tls=false',
    );
    expect(redactSecrets('/srv/ladder/events.sqlite')).toBe('/srv/ladder/events.sqlite');
  });
});

describe('settings reader', () => {
  it('reports every bad variable at once, not the first only', () => {
    const reader = settingsReader({
      LADDER_STORE: 'ftp://x',
      LADDER_PROJECTOR_BATCH: 'lots',
      LADDER_PORT: '70000',
    });
    readStoreSettings(reader, root);
    expect(reader.read(setting('LADDER_PROJECTOR_BATCH', positiveInteger, 1000))).toBe(1000);
    reader.read(setting(['LADDER_PORT', 'PORT'], portNumber, 3000));
    const problems = problemsOf(() => reader.check());
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'LADDER_STORE',
      'LADDER_PROJECTOR_BATCH',
      'LADDER_PORT',
    ]);
    expect(problems[1]).toBe(
      'LADDER_PROJECTOR_BATCH: expected a whole number of at least 1, got "lots"',
    );
  });

  it('reads numbers and switches strictly', () => {
    expect(valueOf(positiveInteger, ' 12 ')).toBe(12);
    for (const raw of ['0', '1.5', '-3', '1e3', 'many'])
      expect(valueOf(positiveInteger, raw), raw).toBe('refused');
    expect(valueOf(wholeNumber, '0')).toBe(0);
    expect(valueOf(portNumber, '65535')).toBe(65535);
    expect(valueOf(portNumber, '65536')).toBe('refused');
    expect(valueOf(onOff, 'off')).toBe(false);
    expect(valueOf(onOff, 'no')).toBe('refused');
  });
});
