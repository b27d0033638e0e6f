// A browser as far as sessions go: it keeps the cookies servers set (per origin, honouring
// Max-Age=0 and Path) and follows nothing on its own, so a test sees every redirect.

export interface Page {
  readonly status: number;
  readonly headers: Headers;
  readonly location: string | null;
  readonly text: string;
  json(): Record<string, unknown>;
}

interface Jarred {
  readonly value: string;
  readonly path: string;
}

export interface Browser {
  request(url: string, init?: RequestInit): Promise<Page>;
  /** The cookie's value as this browser would send it to `url`, or undefined. */
  cookie(url: string, name: string): string | undefined;
  /** The raw Set-Cookie values of the last answer. */
  readonly lastSetCookies: readonly string[];
}

export const newBrowser = (): Browser => {
  const jar = new Map<string, Map<string, Jarred>>();
  let lastSetCookies: string[] = [];
  const cookiesFor = (url: URL) =>
    [...(jar.get(url.origin) ?? new Map<string, Jarred>()).entries()]
      .filter(([, c]) => url.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  const keep = (url: URL, setCookies: string[]) => {
    const cookies = jar.get(url.origin) ?? new Map<string, Jarred>();
    jar.set(url.origin, cookies);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
      if (attributes.some((a) => /^max-age=0$/i.test(a))) cookies.delete(name);
      else cookies.set(name, { value: pair.slice(at + 1), path });
    }
  };
  return {
    get lastSetCookies() {
      return lastSetCookies;
    },
    cookie: (url, name) => jar.get(new URL(url).origin)?.get(name)?.value,
    async request(url, init = {}) {
      const target = new URL(url);
      const headers = new Headers(init.headers);
      const cookie = cookiesFor(target);
      if (cookie !== '') headers.set('cookie', cookie);
      const res = await fetch(target, { ...init, headers, redirect: 'manual' });
      lastSetCookies = res.headers.getSetCookie();
      keep(target, lastSetCookies);
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        location: res.headers.get('location'),
        text,
        json: () => JSON.parse(text) as Record<string, unknown>,
      };
    },
  };
};
