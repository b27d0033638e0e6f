import * as E from 'fp-ts/Either';

/** Which adapter a store setting names, and what that adapter is given. */
export type StoreSetting =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'esdb'; readonly connectionString: string };

/** The schemes a setting may start with; a bare path (or `C:\…`) is a SQLite file. */
export const storeSchemes = ['sqlite:<path>', 'esdb://…', 'esdb+discover://…'] as const;

/**
 * Reads a store setting (`LADDER_STORE`): a file path or `sqlite:<path>` is the embedded SQLite
 * store; `esdb://…` and `esdb+discover://…` are EventStoreDB connection strings, passed whole
 * to the client (TLS, credentials, nodes). Any other scheme is refused, naming it.
 */
export const parseStoreSetting = (setting: string): E.Either<string, StoreSetting> => {
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\\)/i.exec(setting)?.[1]?.toLowerCase();
  if (scheme === undefined) return E.right({ kind: 'sqlite', path: setting });
  if (scheme === 'sqlite')
    return E.right({ kind: 'sqlite', path: setting.slice('sqlite:'.length) });
  if (scheme === 'esdb' || scheme === 'esdb+discover')
    return /^[a-z+]+:\/\/[^/?#\s]+/i.test(setting)
      ? E.right({ kind: 'esdb', connectionString: setting })
      : E.left(`"${scheme}:" needs a host, like ${scheme}://localhost:2113`);
  return E.left(`adapter not configured for "${scheme}:" store settings`);
};
