import type { Viewer } from '../../domain/account/access.js';
import type { Channel, LibraryCardRecord, StoreRecord } from '../../domain/purchase/types.js';
import { recordAudit } from '../audit/audit.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { requireLibraryStaff } from './access.js';
import type { PurchaseContext } from './context.js';

/** Library cards of readers and the partner bookstores with their staff. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Issues or renews a reader's card; librarians of the card's home library, or admins. */
export async function issueCard(
  ctx: PurchaseContext,
  actor: Viewer,
  input: {
    email: string;
    cardNumber: string;
    homeLibraryId: string;
    validUntil: string;
    loanCap: number;
    loanCount?: number;
    hasOverdue?: boolean;
  },
): Promise<LibraryCardRecord> {
  requireLibraryStaff(actor, input.homeLibraryId);
  const cardNumber = input.cardNumber.trim();
  if (!/^[A-Za-z0-9-]{4,32}$/.test(cardNumber)) throw ValidationError('读者证号应为 4–32 位字母或数字', { field: 'cardNumber' });
  if (!DATE.test(input.validUntil)) throw ValidationError('validUntil: expected YYYY-MM-DD', { field: 'validUntil' });
  for (const [field, value] of [
    ['loanCap', input.loanCap],
    ['loanCount', input.loanCount ?? 0],
  ] as const)
    if (!Number.isSafeInteger(value) || value < 0 || value > 1000)
      throw ValidationError(`${field}: expected a whole number from 0 to 1000`, { field });
  const [library] = await ctx.repos.libraries.byIds([input.homeLibraryId]);
  if (!library) throw ValidationError(`unknown library ${JSON.stringify(input.homeLibraryId)}`, { field: 'library' });
  const found = await ctx.repos.accounts.credentialsByEmail(input.email.trim().toLowerCase());
  if (!found) throw NotFoundError('Account', input.email);
  if (found.account.role !== 'READER') throw ValidationError('只有读者账号可以绑定读者证', { field: 'email' });
  return ctx.repos.graph.writeTx(async (tx) => {
    const existing = await ctx.repos.purchase.cards.lock(tx, { cardNumber });
    if (existing && existing.accountId !== found.account.id)
      throw ValidationError(`读者证 ${cardNumber} 已属于另一位读者`, { field: 'cardNumber' });
    const card: LibraryCardRecord = {
      cardNumber,
      accountId: found.account.id,
      homeLibraryId: input.homeLibraryId,
      validUntil: input.validUntil,
      loanCap: input.loanCap,
      loanCount: input.loanCount ?? existing?.loanCount ?? 0,
      hasOverdue: input.hasOverdue ?? existing?.hasOverdue ?? false,
    };
    const saved = await ctx.repos.purchase.cards.upsert(tx, card);
    await recordAudit(ctx.repos, tx, actor, 'purchase.card.issue', 'LibraryCard', cardNumber, existing, saved);
    return saved!;
  });
}

const requireAdmin = (actor: Viewer) => {
  if (actor.role !== 'ADMIN') throw ForbiddenError('只有管理员可以登记书店');
};

export async function addStore(
  ctx: PurchaseContext,
  actor: Viewer,
  input: { id: string; name: string; channel: Channel },
): Promise<StoreRecord> {
  requireAdmin(actor);
  const id = input.id.trim();
  if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(id)) throw ValidationError('store id: lower-case letters, digits and hyphens', { field: 'id' });
  if (!input.name.trim()) throw ValidationError('store name is needed', { field: 'name' });
  if (input.channel !== 'STORE' && input.channel !== 'ONLINE') throw ValidationError('channel: STORE or ONLINE', { field: 'channel' });
  return ctx.repos.graph.writeTx(async (tx) => {
    const store = await ctx.repos.purchase.stores.upsert(tx, { id, name: input.name.trim(), channel: input.channel });
    await recordAudit(ctx.repos, tx, actor, 'purchase.store.save', 'Bookstore', id, null, store);
    return store;
  });
}

/** Makes a BOOKSTORE account staff of one store (and of no other). */
export async function assignStoreStaff(ctx: PurchaseContext, actor: Viewer, input: { email: string; storeId: string }): Promise<void> {
  requireAdmin(actor);
  const found = await ctx.repos.accounts.credentialsByEmail(input.email.trim().toLowerCase());
  if (!found) throw NotFoundError('Account', input.email);
  if (found.account.role !== 'BOOKSTORE') throw ValidationError('只有书店角色的账号可以成为书店员工', { field: 'email' });
  await ctx.repos.graph.writeTx(async (tx) => {
    if (!(await ctx.repos.purchase.stores.assignStaff(tx, found.account.id, input.storeId)))
      throw NotFoundError('Bookstore', input.storeId);
    await recordAudit(ctx.repos, tx, actor, 'purchase.store.staff', 'Bookstore', input.storeId, null, { accountId: found.account.id });
  });
}
