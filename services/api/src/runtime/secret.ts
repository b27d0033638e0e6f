import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded default's HS256 secret when LADDER_JWT_SECRET is unset: generated on the first
 * start and kept beside the data (mode 0600), so tokens printed once keep working.
 */
export const localSecret = (
  dataDir: string,
): { readonly secret: string; readonly created: boolean } => {
  const path = join(dataDir, 'jwt-secret');
  if (existsSync(path)) return { secret: readFileSync(path, 'utf8').trim(), created: false };
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return { secret, created: true };
};
