export type { AccountRecord as AccountMapper, LibraryRecord as LibraryMapper } from '../../graph/repositories/account.js';
export type { SignedInView as AuthPayloadMapper } from '../../server/services/accounts.js';
