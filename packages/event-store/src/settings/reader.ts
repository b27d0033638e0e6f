import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';

/** The process environment, or any map of the same shape (tests pass their own). */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * One setting a service reads from its environment: the variables that may hold it (the first
 * one set wins; later ones are older names kept working), how its text is read, and the value
 * when none is set. An empty variable counts as not set.
 */
export interface Setting<A> {
  readonly variables: readonly [string, ...string[]];
  readonly codec: t.Decoder<string, A>;
  readonly fallback: A;
}

export const setting = <A>(
  variables: string | readonly [string, ...string[]],
  codec: t.Decoder<string, A>,
  fallback: A,
): Setting<A> => ({
  variables: typeof variables === 'string' ? [variables] : variables,
  codec,
  fallback,
});

/** Settings that cannot be read: every bad variable, each named with what it should hold. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
  }
}

/** A connection string's password never reaches a log line: `esdb://admin:secret@host` → `esdb://…@host`. */
export const redactSecrets = (raw: string): string => raw.replace(/\/\/[^/@\s]*@/g, '//…@');

export interface SettingsReader {
  /** The setting's value. A bad value is noted for `check`, and the fallback stands in. */
  read<A>(setting: Setting<A>): A;
  /** Throws one SettingsError naming every variable read so far with a bad value. */
  check(): void;
}

/**
 * Reads settings from `env`, collecting every problem before failing, so a service that is
 * started with three mistakes says all three at once instead of one per attempt.
 */
export const settingsReader = (env: Env): SettingsReader => {
  const problems: string[] = [];
  return {
    read<A>({ variables, codec, fallback }: Setting<A>): A {
      const variable = variables.find((name) => (env[name] ?? '') !== '');
      if (variable === undefined) return fallback;
      const raw = env[variable] ?? '';
      const decoded = codec.decode(raw);
      if (E.isRight(decoded)) return decoded.right;
      const why = decoded.left.map((error) => error.message).find((m) => m !== undefined);
      problems.push(
        `${variable}: expected ${codec.name}${why === undefined ? '' : ` (${why})`}, got ${JSON.stringify(redactSecrets(raw))}`,
      );
      return fallback;
    },
    check() {
      if (problems.length > 0) throw new SettingsError(problems);
    },
  };
};
