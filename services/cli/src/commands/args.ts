import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as E from 'fp-ts/Either';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's words and options, or the parser's complaint for the usage message. */
export const commandArgs = <O extends Options>(args: readonly string[], options: O) =>
  E.tryCatch(
    () => parseArgs({ args: [...args], allowPositionals: true, strict: true, options }),
    (e) => (e instanceof Error ? e.message : String(e)),
  );
