import type { Connection, Edge } from '../../lib/connection.js';
import type { AccountRecord } from '../../domain/account/types.js';
export type { AccountRecord as AccountMapper, LibraryRecord as LibraryMapper } from '../../domain/account/types.js';
export type { SignedInView as AuthPayloadMapper } from '../../services/account/sessions.js';
export type AccountConnectionMapper = Connection<AccountRecord>;
export type AccountEdgeMapper = Edge<AccountRecord>;
