import { ForbiddenError, UnauthenticatedError } from '../../lib/errors.js';
import type { Role } from './types.js';

/** Who is asking: null for anonymous visitors. */
export interface Viewer {
  id: string;
  role: Role;
  libraryId: string | null;
}

// Bookstore staff rank with readers: signed in, no staff rights; their store's tasks check the role itself.
const RANK: Record<Role, number> = { READER: 1, BOOKSTORE: 1, LIBRARIAN: 2, ADMIN: 3 };

function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw UnauthenticatedError();
  return ctx.viewer;
}

/** The viewer, when their role is `role` or above; UNAUTHENTICATED for visitors, FORBIDDEN for lower roles. */
export function requireRole(ctx: { viewer: Viewer | null }, role: Role): Viewer {
  const viewer = requireViewer(ctx);
  if (RANK[viewer.role] < RANK[role]) throw ForbiddenError(`This needs the ${role.toLowerCase()} role`);
  return viewer;
}

const hasRole = (viewer: Viewer | null, role: Role) => viewer !== null && RANK[viewer.role] >= RANK[role];

/** Staff see deleted entities and the audit log. */
export const isStaff = (viewer: Viewer | null) => hasRole(viewer, 'LIBRARIAN');

/**
 * Librarians act for their own library: they may change what their library curates and
 * what no library owns (imported, or created by an admin). Admins act for every library.
 */
export function inLibraryScope(viewer: Viewer, ownerLibraryId: string | null): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'LIBRARIAN') return false;
  return ownerLibraryId === null || ownerLibraryId === viewer.libraryId;
}

/** Refuses (FORBIDDEN) a change to what the viewer's library does not own; see `inLibraryScope`. */
export function requireScope(viewer: Viewer, record: { libraryId: string | null }): void {
  if (!inLibraryScope(viewer, record.libraryId)) throw ForbiddenError('This belongs to another library');
}

/** The operator at the command line acts as an admin of no library. */
export const CLI_ACTOR: Viewer = { id: 'cli', role: 'ADMIN', libraryId: null };
