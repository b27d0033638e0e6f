// What a request's log line says of its URL: tokens never (the provider's one-time code and
// state), and no personal data either — HR's staff search carries a name in `search`.

const personalParams = ['search'];

export const loggedUrl = (url: string): string => {
  if (url.startsWith('/auth/oidc/callback?')) return '/auth/oidc/callback?…';
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  for (const name of personalParams) if (params.has(name)) params.set(name, '…');
  return `${url.slice(0, at)}?${params.toString()}`;
};
