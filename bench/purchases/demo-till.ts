import { readFile, writeFile } from 'node:fs/promises';
import { monthRange } from '../../domain/budget/settlement.js';
import type { TillSaleRequest } from '../../purchases/bookstore/protocol.js';
import { chinaMonth } from '../../purchases/testing/fake-online-store.js';
import { FakeTill } from '../../purchases/testing/fake-till.js';

/**
 * The 新华书店 till of bench/purchases/walk.sh as a process, with its own books in a JSON file:
 *   `sell-late --card=… --isbn=…,…`: the till was offline last month and now reports those sales,
 *     each with the time it was sold (last month, China time), signed as the till signs;
 *   `serve --port=…`: the store's system serves its monthly statements over the signed API; while
 *     the file `--misprint` names (default `till-misprint`) holds a sale reference, that line of the
 *     store's statement is 1 元 dearer (a store-side error; remove the file: the store corrected it).
 * `--url` (our base URL), `--books` (the JSON file), `--secret`, `--id`, `--discount` as in BOOKSTORES.
 */
const command = process.argv.slice(2).find((a) => !a.startsWith('--'));
const args = new Map(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.replace(/^--/, '').split('=') as [string, string]),
);
const till = new FakeTill(
  args.get('id') ?? 'xinhua-jx',
  args.get('secret') ?? 'demo-till-secret-0123456789',
  args.get('url') ?? 'http://127.0.0.1:4120',
);
till.invoiceNo = 'XH-INV-DEMO-01';
till.discountBasisPoints = Number(args.get('discount') ?? 1000);
const booksFile = args.get('books') ?? 'till-books.json';
const books = await readFile(booksFile, 'utf8').then(
  (text) => JSON.parse(text) as TillSaleRequest[],
  () => [] as TillSaleRequest[],
);
till.sales.push(...books);

if (command === 'sell-late') {
  const startOfThisMonth = Date.parse(monthRange(chinaMonth(new Date().toISOString())).from);
  const prices = new Map(
    (await readFile(new URL('./walk-books.csv', import.meta.url), 'utf8')).split('\n').map((row) => {
      const [isbn, , , , , price] = row.split(',');
      return [isbn, Math.round(Number(price) * 100)] as const;
    }),
  );
  for (const [i, isbn] of (args.get('isbn') ?? '').split(',').entries()) {
    // Sold on the 20th, 21st… of last month at 15:00 China time.
    const soldAt = new Date(startOfThisMonth - (10 - i) * 86_400_000 + 15 * 3_600_000).toISOString();
    const sale = {
      saleRef: `XH-LATE-${String(i + 1).padStart(4, '0')}`,
      cardNumber: args.get('card')!,
      isbn,
      priceFen: prices.get(isbn)!,
      soldAt,
    };
    const answer = await till.sell(sale);
    console.log(`${sale.saleRef} ${isbn} sold ${soldAt}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  await writeFile(booksFile, JSON.stringify(till.sales, null, 2));
} else if (command === 'serve') {
  const misprintFile = args.get('misprint') ?? 'till-misprint';
  const readMisprint = async () => {
    const ref = await readFile(misprintFile, 'utf8').then(
      (text) => text.trim(),
      () => '',
    );
    till.statementAdjustments.clear();
    if (ref) till.statementAdjustments.set(ref, 100);
  };
  await readMisprint();
  setInterval(() => void readMisprint(), 500).unref();
  await till.serveStatements(Number(args.get('port') ?? 4122));
  console.error(`till statements on ${till.statementUrl} (a misprinted line while ${misprintFile} names one)`);
  process.on('SIGTERM', () => void till.close().then(() => process.exit(0)));
} else {
  console.error('usage: demo-till.ts sell-late --card=… --isbn=…,… | serve --port=… [--misprint=<file>]');
  process.exit(2);
}
