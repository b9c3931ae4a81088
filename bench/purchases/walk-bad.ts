import { PATHS } from '../../purchases/bookstore/protocol.js';
import { FakeOnlineStore } from '../../purchases/testing/fake-online-store.js';
import { FakeTill } from '../../purchases/testing/fake-till.js';

/**
 * The bad inputs of bench/purchases/walk.sh's service, over the stores' signed API, each with the answer it
 * got: a bad ISBN, a book over the price cap, an excluded kind, the same sale twice, a replayed check and
 * sale, forged and replayed store callbacks. `--url` (default http://127.0.0.1:4120). Run after walk.sh.
 */
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const BASE = args.get('url') ?? 'http://127.0.0.1:4120';
const till = new FakeTill('xinhua-jx', 'demo-till-secret-0123456789', BASE);
const online = new FakeOnlineStore('jd-demo', 'demo-online-secret-0123456789', BASE);
const say = (what: string, answer: { status: number; body: unknown }) =>
  console.log(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);

say('bad ISBN', await till.check('JX0000002', '9787506300000'));
say('over the price cap (198 元)', await till.check('JX0000002', '9787302000006'));
say('excluded kind (教材教辅)', await till.check('JX0000002', '9787040000009'));
say('replayed check', await till.replayLast());
const sale = {
  saleRef: `XH-WALK-${Date.now()}`,
  cardNumber: 'JX0000001',
  isbn: '9787020002207',
  priceFen: 5_970,
  soldAt: new Date().toISOString(),
};
say('sale', await till.sell(sale));
say('replayed sale (same nonce)', await till.replayLast());
say('the same sale again (the till retries, newly signed)', await till.sell(sale));
say(
  'forged callback',
  await new FakeTill('jd-demo', 'not-the-shared-secret-at-all', BASE).forged(PATHS.storeEvents, {
    orderRef: 'x',
    event: 'DELIVERED',
    storeRef: 'JD-1',
    at: new Date().toISOString(),
  }),
);
say(
  'callback for an unknown order',
  await online.sendEvent({ orderRef: 'no-such-request', event: 'DELIVERED', storeRef: 'JD-WALK-1', at: new Date().toISOString() }),
);
say('replayed callback', await online.replayLastCallback());
