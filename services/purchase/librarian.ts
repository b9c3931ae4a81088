import type { Viewer } from '../../domain/account/access.js';
import type { RequestEvent } from '../../domain/purchase/lifecycle.js';
import type { PurchaseRequestRecord } from '../../domain/purchase/types.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { requireLibraryStaff } from './access.js';
import { todayOf, type PurchaseContext } from './context.js';
import { commitCommand } from './commit.js';
import { lockRequestInTx } from './locks.js';
import { moveRequest, type Moved } from './transitions.js';

/** The library's side of a request: review, cancellation, return, cataloguing, overdue and lost. */

async function step(
  ctx: PurchaseContext,
  actor: Viewer,
  requestId: string,
  event: RequestEvent,
  options: { note?: string | null; allow?: (request: PurchaseRequestRecord) => void; refuseNote?: boolean } = {},
): Promise<Moved> {
  return commitCommand(ctx, async (tx, notices) => {
    const request = await lockRequestInTx(ctx, tx, requestId);
    if (!request) throw NotFoundError('PurchaseRequest', requestId);
    if (options.allow) options.allow(request);
    else requireLibraryStaff(actor, request.libraryId);
    const refusals = options.refuseNote ? [{ rule: 'LIBRARIAN' as const, message: options.note ?? '馆员审核未通过' }] : undefined;
    return moveRequest(ctx, tx, notices, request, event, actor, { note: options.note ?? null, ...(refusals ? { refusals } : {}) });
  });
}

/** A librarian of the request's library approves (the money is encumbered) or rejects it, with a reason. */
export function reviewRequest(ctx: PurchaseContext, actor: Viewer, input: { requestId: string; approve: boolean; note?: string | null }) {
  const note = input.note?.trim() || null;
  if (!input.approve && !note) throw ValidationError('驳回时请写明原因', { field: 'note' });
  return step(ctx, actor, input.requestId, input.approve ? 'APPROVE' : 'REJECT', { note, refuseNote: !input.approve });
}

/**
 * Cancels a request before the book is handed over; an approved one gives its money back. The
 * reader may cancel their own, librarians their library's, admins any.
 */
export function cancelRequest(ctx: PurchaseContext, actor: Viewer, input: { requestId: string; reason?: string | null }) {
  return step(ctx, actor, input.requestId, 'CANCEL', {
    note: input.reason?.trim() || null,
    allow: (request) => {
      if (actor.role === 'READER') {
        if (request.readerId !== actor.id) throw ForbiddenError('只能取消自己的申请');
      } else requireLibraryStaff(actor, request.libraryId);
    },
  });
}

export const returnBook = (ctx: PurchaseContext, actor: Viewer, requestId: string) => step(ctx, actor, requestId, 'RETURN');

/** The returned book joins the library's holdings (one more copy). */
export const catalogueBook = (ctx: PurchaseContext, actor: Viewer, requestId: string) => step(ctx, actor, requestId, 'CATALOGUE');

export const markLost = (ctx: PurchaseContext, actor: Viewer, requestId: string, note?: string | null) =>
  step(ctx, actor, requestId, 'MARK_LOST', { note: note ?? null });

/** Marks every purchase loan past its due date overdue (the CLI runs it daily); returns how many moved. */
export async function markOverdueLoans(ctx: PurchaseContext, actor: Viewer): Promise<number> {
  if (actor.role !== 'ADMIN') throw ForbiddenError();
  let moved = 0;
  for (const id of await ctx.repos.purchase.requests.overdueIds(todayOf(ctx))) {
    const result = await step(ctx, actor, id, 'MARK_OVERDUE', { allow: () => undefined });
    if (result.changed) moved += 1;
  }
  return moved;
}
