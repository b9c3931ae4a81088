import { inLibraryScope, type Viewer } from '../../domain/account/access.js';
import type { Tx } from '../../graph/driver.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { PurchaseRequestRecord } from '../../domain/purchase/types.js';
import { ForbiddenError, UnauthenticatedError } from '../../lib/errors.js';

/**
 * Who may do what with 你选书我买单: readers their own requests; bookstore staff their store's
 * (the till and the store's callbacks, which act as `storeActor`); librarians their library's;
 * admins (the alliance's treasurer) and the CLI everything.
 */

/** The identity a bookstore's signed calls act as (the adapters in purchases/ verify the signature first). */
export const storeActor = (storeId: string): Viewer => ({ id: `store:${storeId}`, role: 'BOOKSTORE', libraryId: null });

export function requireSignedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw UnauthenticatedError();
  return viewer;
}

export function requireReader(viewer: Viewer | null): Viewer {
  const reader = requireSignedIn(viewer);
  if (reader.role !== 'READER') throw ForbiddenError('只有读者可以荐购图书');
  return reader;
}

/** Refuses anyone but the store itself, its staff, and admins. */
export async function requireStoreScope(repos: Repositories, tx: Tx, actor: Viewer, storeId: string): Promise<void> {
  if (actor.role === 'ADMIN') return;
  if (actor.role === 'BOOKSTORE') {
    if (actor.id === `store:${storeId}`) return;
    if ((await repos.purchase.stores.storeOfStaffInTx(tx, actor.id)) === storeId) return;
  }
  throw ForbiddenError('只能为本书店办理');
}

/** The store a till user acts for: their own store (bookstore staff); nobody else works a till. */
export async function tillStoreOf(repos: Repositories, actor: Viewer): Promise<string> {
  if (actor.role !== 'BOOKSTORE') throw ForbiddenError('只有书店员工可以使用收银台');
  const store = await repos.purchase.stores.storeOfStaff(actor.id);
  if (!store) throw ForbiddenError('您的账号还没有绑定书店');
  return store.id;
}

/** Librarians of the library (and admins) may review, set rules, take returns and catalogue. */
export function requireLibraryStaff(actor: Viewer, libraryId: string): void {
  if (actor.role === 'ADMIN') return;
  if (actor.role !== 'LIBRARIAN' || !inLibraryScope(actor, libraryId) || actor.libraryId !== libraryId)
    throw ForbiddenError('只能处理本馆的荐购');
}

/** Whether `viewer` may see this request (readers their own, staff of its store or library, admins). */
export async function canSee(repos: Repositories, viewer: Viewer, request: PurchaseRequestRecord): Promise<boolean> {
  switch (viewer.role) {
    case 'ADMIN':
      return true;
    case 'READER':
      return request.readerId === viewer.id;
    case 'LIBRARIAN':
      return request.libraryId === viewer.libraryId;
    case 'BOOKSTORE':
      return request.storeId !== null && (await repos.purchase.stores.storeOfStaff(viewer.id))?.id === request.storeId;
  }
}
