// Bodies are JSON in UTF-8 and must say so: `application/json`, with no charset or `utf-8`.
// `application/*+json` types (JSON:API, merge-patch …) mean other rules than ours, and
// body-parser would read any `utf-*` charset, `utf-7` included.

export type MediaTypeVerdict = 'json' | 'not-json' | 'not-utf-8';

export const judgeMediaType = (contentType: string | undefined): MediaTypeVerdict => {
  if (contentType === undefined) return 'not-json';
  const [type = '', ...parameters] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return 'not-json';
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((p) => p.trim());
    if (name === 'charset' && value.replace(/^"|"$/g, '') !== 'utf-8') return 'not-utf-8';
  }
  return 'json';
};

/** A CSV file in UTF-8 (`text/csv`, no charset or `utf-8`), for the routes that take files. */
export const isCsvMediaType = (contentType: string | undefined): boolean => {
  const [type = '', ...parameters] = (contentType ?? '')
    .split(';')
    .map((p) => p.trim().toLowerCase());
  return (
    type === 'text/csv' &&
    parameters.every((p) => !p.startsWith('charset=') || p.replace(/"/g, '') === 'charset=utf-8')
  );
};

/** Whether a request carries a body at all (a length above 0, or a chunked one). */
export const hasBody = (headers: {
  readonly 'content-length'?: string | undefined;
  readonly 'transfer-encoding'?: string | undefined;
}): boolean =>
  Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined;
