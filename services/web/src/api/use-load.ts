import { useCallback, useEffect, useState } from 'react';
import { getJson } from './client';
import type { Problem } from './problem';

export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly body: T }
  | { readonly kind: 'problem'; readonly problem: Problem };

/** Reads `path` (none when null); `reload` reads it again after a write. */
export const useLoad = <T>(path: string | null): [Loaded<T>, () => void] => {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState({ kind: 'loading' });
    void getJson<T>(path).then((a) => {
      if (!current) return;
      setState(a.ok ? { kind: 'ok', body: a.body } : { kind: 'problem', problem: a.problem });
    });
    return () => {
      current = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
};
