import type { z } from 'zod';
import type { Repositories } from '../../graph/repositories/index.js';
import { isAppError, ValidationError } from '../../lib/errors.js';
import { systemClock, type Clock } from '../../lib/clock.js';
import { describeIssues, StoreEvent, TillCheckRequest, TillSaleRequest } from '../../purchases/bookstore/protocol.js';
import { storeActor } from '../purchase/access.js';
import type { PurchaseContext } from '../purchase/context.js';
import { checkEligibility } from '../purchase/eligibility.js';
import { applyStoreEvent, requestAtStore } from '../purchase/requests.js';
import { payInTx } from '../budget/ledger.js';

/**
 * What a bookstore's system asks of us, after its signature was checked: the till's check and
 * sale confirmation, and the online store's status callbacks. Each answer is kept in the inbox
 * under the store's reference, so the same request again gets the same answer and changes nothing.
 * A sale picked up or delivered is paid from the request's encumbrance (idempotent per request).
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

async function once(ctx: IncomingContext, key: string, work: () => Promise<StoreAnswer>): Promise<StoreAnswer> {
  const at = (ctx.clock ?? systemClock)().toISOString();
  const earlier = await ctx.repos.graph.writeTx((tx) => ctx.repos.storeMessages.inboxInTx(tx, key, at));
  if (earlier) return { status: earlier.status, body: { ...(JSON.parse(earlier.body) as Record<string, unknown>), repeated: true } };
  const answer = await work().catch(errorAnswer);
  // Refusals of the request itself are kept; a failure on our side (5xx) is not, so the store's retry runs again.
  if (answer.status < 500)
    await ctx.repos.graph.writeTx((tx) => ctx.repos.storeMessages.answerInbox(tx, key, answer.status, JSON.stringify(answer.body)));
  return answer;
}

async function paySale(ctx: IncomingContext, input: { requestId: string; storeId: string; storeRef: string; priceFen: number; at: Date }) {
  const actor = storeActor(input.storeId);
  await ctx.repos.graph.writeTx((tx) =>
    payInTx(tx, {
      requestId: input.requestId,
      amountFen: input.priceFen,
      invoiceRef: input.storeRef,
      storeId: input.storeId,
      actor,
      at: input.at,
    }),
  );
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
  return once(ctx, `${storeId}:SALE:${input.saleRef}`, async () => {
    const actor = storeActor(storeId);
    const outcome = await requestAtStore(ctx.purchase, { storeId, cardNumber: input.cardNumber, isbn: input.isbn, actor });
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
    const picked = await applyStoreEvent(ctx.purchase, {
      requestId: request.id,
      event: 'PICKED_UP',
      storeRef: input.saleRef,
      priceFen: input.priceFen,
      at: input.soldAt,
      actor,
    });
    await paySale(ctx, { requestId: request.id, storeId, storeRef: input.saleRef, priceFen: input.priceFen, at: new Date(input.soldAt) });
    return { status: 200, body: { approved: true, requestId: request.id, status: picked.request.status, dueDate: picked.request.dueDate } };
  });
}

export async function storeEvent(ctx: IncomingContext, storeId: string, raw: string): Promise<StoreAnswer> {
  let input: StoreEvent;
  try {
    input = parse(StoreEvent, raw);
  } catch (error) {
    return errorAnswer(error);
  }
  return once(ctx, `${storeId}:EVENT:${input.orderRef}:${input.event}:${input.storeRef}`, async () => {
    const actor = storeActor(storeId);
    const moved = await applyStoreEvent(ctx.purchase, {
      requestId: input.orderRef,
      event: input.event,
      storeRef: input.storeRef,
      priceFen: input.priceFen ?? null,
      at: input.at,
      actor,
    });
    if (input.event === 'DELIVERED' || input.event === 'PICKED_UP') {
      const price = input.priceFen ?? moved.request.salePriceFen ?? moved.request.priceFen;
      await paySale(ctx, { requestId: input.orderRef, storeId, storeRef: input.storeRef, priceFen: price, at: new Date(input.at) });
    }
    return { status: 200, body: { requestId: moved.request.id, status: moved.request.status, changed: moved.changed } };
  });
}
