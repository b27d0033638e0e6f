import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueToken, type Principal } from '@ladder/api';

// The machine side of the same server, for what a test sets up or checks behind the pages.

export const tokenFor = (dataDir: string, who: Principal): Promise<string> =>
  issueToken(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(), who, '1h');

export const callApi = async (
  url: string,
  token: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};
