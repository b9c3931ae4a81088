import { z } from 'zod';

/**
 * The messages of the two bookstore protocols, validated at the edge. Money is integer fen.
 * In store (新华书店 tills call us): check a reader card + ISBN, then confirm the sale.
 * Online (we call the store): catalogue search, place an order, fetch the month's statement;
 * the store calls us back with each order's status.
 */

const fen = z.number().int().nonnegative().refine(Number.isSafeInteger);
const isbnText = z.string().min(10).max(17);
const instant = z.string().datetime({ offset: true });

export const PATHS = {
  tillCheck: '/bookstore/v1/till/check',
  tillSale: '/bookstore/v1/till/sales',
  storeEvents: '/bookstore/v1/events',
  catalogue: '/v1/catalogue',
  orders: '/v1/orders',
  statement: (month: string) => `/v1/statements/${month}`,
} as const;

export const TillCheckRequest = z.strictObject({ cardNumber: z.string().min(1).max(40), isbn: isbnText });
export type TillCheckRequest = z.infer<typeof TillCheckRequest>;

export const TillSaleRequest = z.strictObject({
  saleRef: z.string().min(1).max(64),
  cardNumber: z.string().min(1).max(40),
  isbn: isbnText,
  priceFen: fen,
  soldAt: instant,
});
export type TillSaleRequest = z.infer<typeof TillSaleRequest>;

export const STORE_EVENTS = ['ORDERED', 'PICKED_UP', 'DELIVERED', 'CANCELLED_BY_STORE'] as const;
export type StoreEventKind = (typeof STORE_EVENTS)[number];

export const StoreEvent = z.strictObject({
  orderRef: z.string().min(1).max(64),
  event: z.enum(STORE_EVENTS),
  storeRef: z.string().min(1).max(64),
  priceFen: fen.optional(),
  at: instant,
});
export type StoreEvent = z.infer<typeof StoreEvent>;

export const CatalogueItem = z.object({ isbn: z.string(), title: z.string(), priceFen: fen, stock: z.number().int().nonnegative() });
export type CatalogueItem = z.infer<typeof CatalogueItem>;
export const CatalogueResponse = z.object({ items: z.array(CatalogueItem) });

export const OrderRequest = z.strictObject({
  orderRef: z.string().min(1).max(64),
  isbn: isbnText,
  priceFen: fen,
  deliverTo: z.strictObject({ name: z.string().min(1), phone: z.string().optional(), address: z.string().optional() }),
});
export type OrderRequest = z.infer<typeof OrderRequest>;
export const OrderResponse = z.object({ storeRef: z.string().min(1), status: z.enum(['ACCEPTED']) });
export type OrderResponse = z.infer<typeof OrderResponse>;

export const StoreStatementMessage = z.object({
  storeId: z.string(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  invoiceNo: z.string(),
  lines: z.array(z.object({ storeRef: z.string(), kind: z.enum(['SALE', 'RETURN']), amountFen: fen })),
  netFen: z.number().int(),
});
export type StoreStatementMessage = z.infer<typeof StoreStatementMessage>;

/** The first problem of a message that does not parse, in one line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
