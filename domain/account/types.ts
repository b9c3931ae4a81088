/** BOOKSTORE: staff of a partner bookstore, acting only for their store (你选书我买单). */
export type Role = 'READER' | 'BOOKSTORE' | 'LIBRARIAN' | 'ADMIN';

export interface AccountRecord {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  libraryId: string | null;
  createdAt: string;
}

export interface SessionRecord {
  account: AccountRecord;
  csrfToken: string;
  expiresAt: string;
}

export interface LibraryRecord {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  confidence: string;
}
