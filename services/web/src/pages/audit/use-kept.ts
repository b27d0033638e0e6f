import { useEffect, useState } from 'react';
import type { Loaded } from '../../api/use-load';

/**
 * The last answer read, kept while the next one loads: the controls that asked for it stay
 * on the page (and keep the keyboard's focus) instead of giving way to a loading line.
 */
export const useKept = <T>(loaded: Loaded<T>): T | null => {
  const [kept, setKept] = useState<T | null>(null);
  useEffect(() => {
    if (loaded.kind === 'ok') setKept(loaded.body);
  }, [loaded]);
  return loaded.kind === 'ok' ? loaded.body : kept;
};
