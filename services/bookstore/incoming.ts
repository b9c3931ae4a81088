import type { z } from 'zod';
import type { Repositories } from '../../graph/repositories/index.js';
import { isAppError, ValidationError } from '../../lib/errors.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { describeIssues, StoreEvent, TillCheckRequest, TillSaleRequest } from '../../purchases/bookstore/protocol.js';
import { storeActor } from '../purchase/access.js';
import type { PurchaseContext } from '../purchase/context.js';
import { checkEligibility } from '../purchase/eligibility.js';
import { applyStoreEventInTx, requestAtStoreInTx } from '../purchase/requests.js';
import { commitCommand } from '../purchase/commit.js';
import { inFundQueue } from '../purchase/fund-queue.js';
import type { Notice } from '../purchase/notify.js';
import type { Tx } from '../../graph/driver.js';

/**
 * What a bookstore's system asks of us, after its signature was checked: the till's check and
 * sale confirmation, and the online store's status callbacks. Each answer is kept in the inbox
 * under the store's reference, so the same request again gets the same answer and changes nothing.
 * A sale picked up or delivered is paid from the request's encumbrance in the step's transaction.
 */

export interface StoreAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface IncomingContext {
  repos: Repositories;
  purchase: PurchaseContext;
  clock?: Clock;
}

function parse<T>(schema: z.ZodType<T>, raw: string): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw ValidationError('请求体不是 JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw ValidationError(`请求不符合协议：${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** An AppError as the store sees it: 4xx with the Chinese message; anything else is ours to fix (500). */
export function errorAnswer(error: unknown): StoreAnswer {
  if (!isAppError(error)) throw error;
  const status = {
    VALIDATION: 422,
    NOT_FOUND: 404,
    FORBIDDEN: 403,
    CONFLICT: 409,
    UNAUTHENTICATED: 401,
    UNAVAILABLE: 503,
    RATE_LIMITED: 429,
  }[error.code];
  return { status, body: { error: { code: error.code, message: error.message, ...error.details } } };
}

/**
 * Runs a store's request once per key: the answer is kept in the inbox in the same transaction as
 * the work, so a crash leaves either both or neither, and the store's retry gets the first answer.
 * The inbox entry is this request's own (no other command waits for it), so taking it before the
 * budgets keeps the one lock order. A refusal (4xx) rolls the work back and is kept on its own; a
 * failure on our side (5xx) is not kept, so the store's retry runs again.
 */
async function once(ctx: IncomingContext, key: string, work: (tx: Tx, notices: Notice[]) => Promise<StoreAnswer>): Promise<StoreAnswer> {
  const at = (ctx.clock ?? systemClock)().toISOString();
  const repeated = (earlier: { status: number; body: string }): StoreAnswer => ({
    status: earlier.status,
    body: { ...(JSON.parse(earlier.body) as Record<string, unknown>), repeated: true },
  });
  try {
    return await commitCommand(ctx.purchase, async (tx, notices) => {
      const earlier = await ctx.repos.storeMessages.inboxInTx(tx, key, at);
      if (earlier) return repeated(earlier);
      const answer = await work(tx, notices);
      await ctx.repos.storeMessages.answerInbox(tx, key, answer.status, JSON.stringify(answer.body));
      return answer;
    });
  } catch (error) {
    const answer = errorAnswer(error);
    if (answer.status >= 500) return answer;
    return ctx.repos.graph.writeTx(async (tx) => {
      const earlier = await ctx.repos.storeMessages.inboxInTx(tx, key, at);
      if (earlier) return repeated(earlier);
      await ctx.repos.storeMessages.answerInbox(tx, key, answer.status, JSON.stringify(answer.body));
      return answer;
    });
  }
}

export async function tillCheck(ctx: IncomingContext, storeId: string, raw: string): Promise<StoreAnswer> {
  try {
    const input = parse(TillCheckRequest, raw);
    const verdict = await checkEligibility(ctx.purchase, { cardNumber: input.cardNumber, isbn: input.isbn, channel: 'STORE', storeId });
    return {
      status: 200,
      body: {
        eligible: verdict.eligible,
        refusals: verdict.refusals.map((r) => ({ rule: r.rule, message: r.message })),
        book: { isbn: verdict.book.isbn, title: verdict.book.title, priceFen: verdict.book.priceFen },
      },
    };
  } catch (error) {
    return errorAnswer(error);
  }
}

export async function tillSale(ctx: IncomingContext, storeId: string, raw: string): Promise<StoreAnswer> {
  let input: TillSaleRequest;
  try {
    input = parse(TillSaleRequest, raw);
  } catch (error) {
    return errorAnswer(error);
  }
  // One transaction: the request, its approval (money encumbered), the pick-up, the loan and the payment;
  // after the sales of the same fund that came before it in this process (fund-queue.ts).
  return inFundQueue(ctx.purchase, { cardNumber: input.cardNumber.trim(), isbn: input.isbn }, () =>
    once(ctx, `${storeId}:SALE:${input.saleRef}`, async (tx, notices) => {
      const actor = storeActor(storeId);
      const outcome = await requestAtStoreInTx(ctx.purchase, tx, notices, {
        storeId,
        cardNumber: input.cardNumber,
        isbn: input.isbn,
        actor,
      });
      const request = outcome.request;
      if (request.status === 'REJECTED') {
        return {
          status: 200,
          body: {
            approved: false,
            requestId: request.id,
            status: request.status,
            refusals: outcome.refusals.map((r) => ({ rule: r.rule, message: r.message })),
          },
        };
      }
      if (request.status === 'UNDER_REVIEW') {
        return {
          status: 200,
          body: { approved: false, requestId: request.id, status: request.status, message: '需要馆员审核，审核通过后读者会收到通知' },
        };
      }
      const picked = await applyStoreEventInTx(ctx.purchase, tx, notices, {
        requestId: request.id,
        event: 'PICKED_UP',
        storeRef: input.saleRef,
        priceFen: input.priceFen,
        at: input.soldAt,
        actor,
      });
      return {
        status: 200,
        body: { approved: true, requestId: request.id, status: picked.request.status, dueDate: picked.request.dueDate },
      };
    }),
  );
}

export async function storeEvent(ctx: IncomingContext, storeId: string, raw: string): Promise<StoreAnswer> {
  let input: StoreEvent;
  try {
    input = parse(StoreEvent, raw);
  } catch (error) {
    return errorAnswer(error);
  }
  return once(ctx, `${storeId}:EVENT:${input.orderRef}:${input.event}:${input.storeRef}`, async (tx, notices) => {
    const moved = await applyStoreEventInTx(ctx.purchase, tx, notices, {
      requestId: input.orderRef,
      event: input.event,
      storeRef: input.storeRef,
      priceFen: input.priceFen ?? null,
      at: input.at,
      actor: storeActor(storeId),
    });
    return { status: 200, body: { requestId: moved.request.id, status: moved.request.status, changed: moved.changed } };
  });
}
