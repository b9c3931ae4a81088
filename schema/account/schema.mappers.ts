export type { AccountRecord as AccountMapper, LibraryRecord as LibraryMapper } from '../../domain/account/types.js';
export type { SignedInView as AuthPayloadMapper } from '../../services/account/accounts.js';
