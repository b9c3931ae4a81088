import { type Role, type AccountRecord, type SessionRecord, type LibraryRecord } from '../../../domain/account/types.js';
import { alignByKey, int } from '../../values.js';
import type { Graph, Tx } from '../../driver.js';

const ACCOUNT = `{ .id, .email, .displayName, .role, .libraryId, createdAt: toString(a.createdAt) }`;

/** Accounts and their sessions. Only hashes are stored: the password hash and the SHA-256 of the session token. */
export class AccountRepository {
  constructor(private readonly graph: Graph) {}

  /** Creates the account, or returns null when the email is taken (the unique constraint backs the check). */
  async create(tx: Tx, input: Omit<AccountRecord, 'createdAt'> & { passwordHash: string }): Promise<AccountRecord | null> {
    const [taken] = await tx.run('MATCH (a:Account {email: $email}) RETURN a.id AS id', { email: input.email });
    if (taken) return null;
    const [row] = await tx.run<{ account: AccountRecord }>(
      `CREATE (a:Account {id: $id, email: $email, displayName: $displayName, role: $role, libraryId: $libraryId,
                          passwordHash: $passwordHash, createdAt: datetime()})
       WITH a
       OPTIONAL MATCH (l:Library {id: $libraryId})
       FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (a)-[:WORKS_AT]->(l))
       RETURN a ${ACCOUNT} AS account`,
      input,
    );
    return row!.account;
  }

  async credentialsByEmail(email: string): Promise<{ account: AccountRecord; passwordHash: string } | null> {
    const [row] = await this.graph.read<{ account: AccountRecord; passwordHash: string }>(
      `MATCH (a:Account {email: $email}) WHERE NOT coalesce(a.disabled, false)
       RETURN a ${ACCOUNT} AS account, a.passwordHash AS passwordHash`,
      { email },
    );
    return row ?? null;
  }

  /** True when some account has this role (`hechuang start` says what to do while there is no admin). */
  async anyWithRole(role: Role): Promise<boolean> {
    const rows = await this.graph.read<{ id: string }>('MATCH (a:Account {role: $role}) RETURN a.id AS id LIMIT 1', { role });
    return rows.length > 0;
  }

  async byIds(ids: readonly string[]): Promise<(AccountRecord | null)[]> {
    const rows = await this.graph.read<{ account: AccountRecord }>(`MATCH (a:Account) WHERE a.id IN $ids RETURN a ${ACCOUNT} AS account`, {
      ids,
    });
    return alignByKey(
      ids,
      rows.map((row) => [row.account.id, row.account] as const),
    );
  }

  /** One page in id order (UUIDv7: creation order), after the account with id `after`. */
  async list(filter: {
    libraryId: string | null;
    first: number;
    after: string | null;
  }): Promise<{ items: AccountRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<{ account: AccountRecord }>(
      `MATCH (a:Account) WHERE ($libraryId IS NULL OR a.libraryId = $libraryId) AND ($after IS NULL OR a.id > $after)
       RETURN a ${ACCOUNT} AS account ORDER BY a.id LIMIT $limit`,
      { libraryId: filter.libraryId, after: filter.after, limit: int(filter.first + 1) },
    );
    return { items: rows.slice(0, filter.first).map((row) => row.account), hasNextPage: rows.length > filter.first };
  }

  /**
   * Changes the role (and library) of the account with this email and ends its sessions, so
   * that the new role applies from the next sign-in. Null when no such account exists.
   */
  async setRole(tx: Tx, email: string, role: Role, libraryId: string | null): Promise<AccountRecord | null> {
    const [row] = await tx.run<{ account: AccountRecord }>(
      `MATCH (a:Account {email: $email})
       SET a.role = $role, a.libraryId = $libraryId
       WITH a
       OPTIONAL MATCH (a)-[w:WORKS_AT]->(:Library)
       DELETE w
       WITH DISTINCT a
       OPTIONAL MATCH (s:Session)-[:OF]->(a)
       DETACH DELETE s
       WITH DISTINCT a
       OPTIONAL MATCH (l:Library {id: $libraryId})
       FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (a)-[:WORKS_AT]->(l))
       RETURN a ${ACCOUNT} AS account`,
      { email, role, libraryId },
    );
    return row?.account ?? null;
  }

  async createSession(tx: Tx, input: { tokenHash: string; csrfToken: string; accountId: string; expiresAt: string }): Promise<void> {
    await tx.run(
      `MATCH (a:Account {id: $accountId})
       CREATE (s:Session {tokenHash: $tokenHash, csrfToken: $csrfToken, createdAt: datetime(), expiresAt: datetime($expiresAt)})-[:OF]->(a)`,
      input,
    );
  }

  /** The live session with this token hash and its account; expired sessions are not returned. */
  async session(tokenHash: string): Promise<SessionRecord | null> {
    const [row] = await this.graph.read<SessionRecord>(
      `MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(a:Account)
       WHERE s.expiresAt > datetime() AND NOT coalesce(a.disabled, false)
       RETURN a ${ACCOUNT} AS account, s.csrfToken AS csrfToken, toString(s.expiresAt) AS expiresAt`,
      { tokenHash },
    );
    return row ?? null;
  }

  async deleteSession(tx: Tx, tokenHash: string): Promise<void> {
    await tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash });
  }

  async deleteExpiredSessions(tx: Tx): Promise<number> {
    const [row] = await tx.run<{ removed: number }>(
      'MATCH (s:Session) WHERE s.expiresAt <= datetime() DETACH DELETE s RETURN count(*) AS removed',
    );
    return row?.removed ?? 0;
  }
}

/** Member libraries of the alliance (reference data from data/libraries/). */
export class LibraryRepository {
  constructor(private readonly graph: Graph) {}

  async save(tx: Tx, libraries: LibraryRecord[]): Promise<void> {
    await tx.run(
      `UNWIND $libraries AS l
       MERGE (lib:Library {id: l.id})
       SET lib.name = l.name, lib.kind = l.kind, lib.regionCode = l.regionCode, lib.confidence = l.confidence
       WITH lib, l
       OPTIONAL MATCH (lib)-[old:LOCATED_IN]->(:Region)
       DELETE old
       WITH DISTINCT lib, l
       MATCH (r:Region {code: l.regionCode})
       MERGE (lib)-[:LOCATED_IN]->(r)`,
      { libraries },
    );
  }

  async list(): Promise<LibraryRecord[]> {
    return this.graph.read<LibraryRecord>(
      'MATCH (l:Library) RETURN l.id AS id, l.name AS name, l.kind AS kind, l.regionCode AS regionCode, l.confidence AS confidence ORDER BY l.id',
    );
  }

  async byIds(ids: readonly string[]): Promise<(LibraryRecord | null)[]> {
    const rows = await this.graph.read<LibraryRecord>(
      `MATCH (l:Library) WHERE l.id IN $ids
       RETURN l.id AS id, l.name AS name, l.kind AS kind, l.regionCode AS regionCode, l.confidence AS confidence`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.id, row] as const),
    );
  }
}
