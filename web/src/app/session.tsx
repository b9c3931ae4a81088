import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, setCsrfToken } from '../api';
import { graphql } from '../gql';
import type { SessionQuery } from '../gql/graphql';

const SessionDocument = graphql(`
  query Session {
    me {
      id
      displayName
      role
      email
      library {
        id
        name
      }
    }
    csrfToken
  }
`);

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      csrfToken
      account {
        id
        displayName
        role
        email
        library {
          id
          name
        }
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export type Account = NonNullable<SessionQuery['me']>;

interface Session {
  /** undefined while the session is being read. */
  account: Account | null | undefined;
  login: (email: string, password: string) => Promise<Account>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session>({
  account: undefined,
  login: () => Promise.reject(new Error('no session')),
  logout: async () => {},
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  useEffect(() => {
    // The cookie survives a reload, the CSRF token in memory does not: ask for it again.
    request(SessionDocument)
      .then((data) => {
        setCsrfToken(data.csrfToken ?? undefined);
        setAccount(data.me ?? null);
      })
      .catch(() => setAccount(null));
  }, []);
  const login = useCallback(async (email: string, password: string) => {
    const { login } = await request(LoginDocument, { email, password });
    setCsrfToken(login.csrfToken);
    setAccount(login.account);
    return login.account;
  }, []);
  const logout = useCallback(async () => {
    try {
      await request(LogoutDocument);
    } finally {
      // Signed out here even if the server could not be told; the session then just expires.
      setCsrfToken(undefined);
      setAccount(null);
    }
  }, []);
  const value = useMemo(() => ({ account, login, logout }), [account, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

export const isLibrarian = (account: Account | null | undefined) => account?.role === 'LIBRARIAN' || account?.role === 'ADMIN';

/** Where a bookstore's staff work: the till is their whole site. */
export const TILL_PATH = '/purchase/till';

/** Where a sign-in lands when no page asked for it: the till, the workbench, or the home page. */
export const homeOf = (account: Account | null | undefined) =>
  account?.role === 'BOOKSTORE' ? TILL_PATH : isLibrarian(account) ? '/workbench' : '/';
