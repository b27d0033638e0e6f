import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { getJson, postJson, setCsrfToken } from './api/client';
import type { Session } from './api/types';

// Who is signed in, from the API's session (the cookie is HttpOnly: the page never sees it).

interface SessionState {
  /** undefined while loading, null when nobody is signed in. */
  readonly session: Session | null | undefined;
  readonly signedIn: (session: Session) => void;
  readonly signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export const SessionProvider = ({ children }: { readonly children: ReactNode }) => {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const signedIn = useCallback((s: Session | null) => {
    setCsrfToken(s?.csrfToken ?? null);
    setSession(s);
  }, []);
  useEffect(() => {
    void getJson<Session>('/auth/session').then((a) => signedIn(a.ok ? a.body : null));
  }, [signedIn]);
  const signOut = useCallback(async () => {
    await postJson<null>('/auth/sign-out', {});
    signedIn(null);
  }, [signedIn]);
  return (
    <SessionContext.Provider value={{ session, signedIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
};

export const useSession = (): SessionState => {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession outside SessionProvider');
  return state;
};
