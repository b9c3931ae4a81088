import { readFile } from 'node:fs/promises';
import { FakeOnlineStore } from '../../purchases/testing/fake-online-store.js';

/**
 * The fake 京东-like online store of purchases/testing/ as a process, for walking the service by
 * hand (bench/purchases/walk.sh): it takes our signed orders and, a few seconds later, sends the
 * signed DELIVERED callback, so a reader's online request goes approved → ordered → on loan.
 * `--port`, `--callback` (our base URL), `--secret`, `--id` as in the service's BOOKSTORES entry.
 */
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const store = new FakeOnlineStore(
  args.get('id') ?? 'jd-demo',
  args.get('secret') ?? 'demo-online-secret-0123456789',
  args.get('callback') ?? 'http://127.0.0.1:4120',
);
store.invoiceNo = 'JD-INV-DEMO-01';
// In stock: the walk's books (bench/purchases/walk-books.csv), three of each.
const [, ...rows] = (await readFile(new URL('./walk-books.csv', import.meta.url), 'utf8')).trim().split('\n');
for (const row of rows) {
  const [isbn, title, , , , price] = row.split(',');
  store.catalogue.push({ isbn: isbn!, title: title!, priceFen: Math.round(Number(price) * 100), stock: 3 });
}
await store.start(Number(args.get('port') ?? 4121));
console.error(`fake online store on ${store.url}, calling back ${store.callbackBaseUrl}`);

const delivering = new Set<string>();
setInterval(() => {
  for (const order of store.orders.values()) {
    if (order.status !== 'ACCEPTED' || delivering.has(order.orderRef)) continue;
    delivering.add(order.orderRef);
    store
      .sendEvent({
        orderRef: order.orderRef,
        event: 'DELIVERED',
        storeRef: order.storeRef,
        priceFen: order.priceFen,
        at: new Date().toISOString(),
      })
      .then(
        (answer) => console.error(`delivered ${order.orderRef}: ${answer.status} ${JSON.stringify(answer.body)}`),
        (error: unknown) => (delivering.delete(order.orderRef), console.error(`delivery of ${order.orderRef} failed: ${String(error)}`)),
      );
  }
}, 3_000).unref();

process.on('SIGTERM', () => void store.close().then(() => process.exit(0)));
await new Promise(() => undefined);
