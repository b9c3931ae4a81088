export type { AccountRecord as AccountMapper, LibraryRecord as LibraryMapper } from '../../graph/repositories/account/accounts.js';
export type { SignedInView as AuthPayloadMapper } from '../../services/account/accounts.js';
