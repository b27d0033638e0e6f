import * as t from 'io-ts';
import { isAbsolute, resolve } from 'node:path';

// How the text of an environment variable is read. Each codec's name is what an operator is
// told the variable should hold, so it is written for them.

/** A codec for a variable's text: `parse` answers the value, or undefined when it is not one. */
export const fromText = <A>(
  name: string,
  parse: (text: string) => A | undefined,
): t.Decoder<string, A> =>
  new t.Type<A, string, string>(
    name,
    (u): u is A => parse(String(u)) !== undefined,
    (text, context) => {
      const value = parse(text.trim());
      return value === undefined ? t.failure(text, context) : t.success(value);
    },
    String,
  );

const integerAtLeast = (min: number, max: number) => (text: string) => {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
};

export const positiveInteger = fromText(
  'a whole number of at least 1',
  integerAtLeast(1, Number.MAX_SAFE_INTEGER),
);

export const wholeNumber = fromText(
  'a whole number (0 or more)',
  integerAtLeast(0, Number.MAX_SAFE_INTEGER),
);

export const portNumber = fromText('a port number from 0 to 65535', integerAtLeast(0, 65_535));

/** `on` or `off`, as a switch. */
export const onOff = fromText('"on" or "off"', (text) =>
  text === 'on' ? true : text === 'off' ? false : undefined,
);

/** `true` or `false`. */
export const trueFalse = fromText('"true" or "false"', (text) =>
  text === 'true' ? true : text === 'false' ? false : undefined,
);

export const text = fromText('some text', (value) => value);

/** A file or directory: a relative one is taken from `root` (the repository), not the cwd. */
export const pathFrom = (root: string): t.Decoder<string, string> =>
  fromText('a file path', (path) => (isAbsolute(path) ? path : resolve(root, path)));
