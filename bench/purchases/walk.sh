#!/usr/bin/env bash
# Walk 你选书我买单 by hand on a fresh data dir: the fake online store of purchases/testing/ on
# loopback (it delivers what we order, with signed callbacks), the service pointed at it and at a
# till (新华书店嘉兴店, its statements served by bench/purchases/demo-till.ts), seed data through the CLI,
# last month's sales the till reports late, last month closed and reconciled against the till's own
# statement (one line misprinted: the mismatch is listed), and the pages to open. Stop with Ctrl-C.
#   npm run build && bash bench/purchases/walk.sh        (PORT, STORE_PORT, TILL_PORT, NEO4J_LOCAL_PORT to move it)
# Then bash bench/purchases/walk-settle.sh: the store corrects its statement, and the month is settled and exported.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATA_DIR=${DATA_DIR:-$(mktemp -d -t hechuang-walk-XXXX)}
export PORT=${PORT:-4120} NEO4J_LOCAL_PORT=${NEO4J_LOCAL_PORT:-7720} CRAWL_SCHEDULER=off
STORE_PORT=${STORE_PORT:-4121} TILL_PORT=${TILL_PORT:-4122}
export BOOKSTORE_OUTBOX_INTERVAL_MS=5000
export BOOKSTORES="[{\"id\":\"xinhua-jx\",\"name\":\"新华书店嘉兴店\",\"channel\":\"STORE\",\"baseUrl\":\"http://127.0.0.1:${TILL_PORT}\",\"secret\":\"demo-till-secret-0123456789\",\"discountBasisPoints\":1000},
 {\"id\":\"jd-demo\",\"name\":\"京东图书（演示）\",\"channel\":\"ONLINE\",\"baseUrl\":\"http://127.0.0.1:${STORE_PORT}\",\"secret\":\"demo-online-secret-0123456789\",\"discountBasisPoints\":500}]"
PASSWORD=walk-password-2026
cli() { node bin/hechuang.js "$@"; }

node --import tsx bench/purchases/demo-store.ts --port="$STORE_PORT" --callback="http://127.0.0.1:${PORT}" &
STORE_PID=$!
node bin/hechuang.js start &
SERVICE_PID=$!
TILL=(node --import tsx bench/purchases/demo-till.ts --url="http://127.0.0.1:${PORT}" --books="$DATA_DIR/till-books.json" --misprint="$DATA_DIR/till-misprint")
trap 'kill $SERVICE_PID $STORE_PID ${TILL_PID:-} 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:${PORT}/readyz" >/dev/null; do sleep 2; done

echo "$PASSWORD" | cli users add --email treasurer@walk.jxlib.cn --name 联盟财务 --role admin
echo "$PASSWORD" | cli users add --email librarian@walk.jxlib.cn --name 王馆员 --role librarian --library jx-library
echo "$PASSWORD" | cli users add --email reader@walk.jxlib.cn --name 李读者
echo "$PASSWORD" | cli users add --email reader2@walk.jxlib.cn --name 张读者
echo "$PASSWORD" | cli users add --email reader3@walk.jxlib.cn --name 王读者
echo "$PASSWORD" | cli users add --email till@walk.jxlib.cn --name 新华收银员 --role bookstore
cli budget load
cli purchases store --id xinhua-jx --name 新华书店嘉兴店 --channel store --staff till@walk.jxlib.cn
cli purchases store --id jd-demo --name 京东图书（演示） --channel online
cli purchases card --email reader@walk.jxlib.cn --card JX0000001 --library jx-library --valid-until 2028-12-31
cli purchases card --email reader2@walk.jxlib.cn --card JX0000002 --library jx-library --valid-until 2028-12-31
cli purchases card --email reader3@walk.jxlib.cn --card JX0000003 --library jx-library --valid-until 2028-12-31
cli purchases import-books bench/purchases/walk-books.csv
cli purchases import-books bench/purchases/walk-bad-books.csv # over the cap, a 教材教辅: for walk-bad.ts
# Up to 150 元 a book, and dearer than 60 元 a librarian looks first.
echo '{"maxPriceFen": 15000, "reviewAboveFen": 6000}' > "$DATA_DIR/rules-review.json"
cli purchases rules set jx-library "$DATA_DIR/rules-review.json"

# Last month: the till was offline and reports two sales now, each with the time it was sold.
"${TILL[@]}" sell-late --card=JX0000003 --isbn=9787020002207,9787108065711
MONTH=$(node -e "const d=new Date(Date.now()+8*3600e3); d.setUTCDate(0); console.log(d.toISOString().slice(0,7))")
echo XH-LATE-0002 > "$DATA_DIR/till-misprint" # the store's statement has one line wrong
"${TILL[@]}" serve --port="$TILL_PORT" &
TILL_PID=$!
until curl -s "http://127.0.0.1:${TILL_PORT}/" >/dev/null; do sleep 1; done
cli budget close-month --store xinhua-jx --month "$MONTH"
cli budget statement reconcile "xinhua-jx:$MONTH" || echo "(exit $?: the statements differ, as listed)"
cat > "$DATA_DIR/walk.env" <<ENV
export DATA_DIR='$DATA_DIR' PORT=$PORT NEO4J_LOCAL_PORT=$NEO4J_LOCAL_PORT CRAWL_SCHEDULER=off MONTH=$MONTH
export BOOKSTORES='$BOOKSTORES'
ENV

cat <<TEXT
Ready (data in $DATA_DIR; password of every account: $PASSWORD):
  reader     reader@walk.jxlib.cn    http://127.0.0.1:${PORT}/purchase        (ISBN 9787020024759: approved, ordered online, delivered)
  till       till@walk.jxlib.cn      http://127.0.0.1:${PORT}/purchase/till   (card JX0000002, ISBN 9787544253994)
  librarian  librarian@walk.jxlib.cn http://127.0.0.1:${PORT}/workbench       (reader asks for 9787532767014, 128 元: review)
  treasurer  treasurer@walk.jxlib.cn http://127.0.0.1:${PORT}/budget          (statement xinhua-jx:$MONTH, its mismatches listed)
Bad inputs over the stores' signed API: npx tsx bench/purchases/walk-bad.ts --url=http://127.0.0.1:${PORT}
Then: DATA_DIR=$DATA_DIR bash bench/purchases/walk-settle.sh   (the store corrects its statement; reconcile, review, approve, pay, export)
TEXT
wait $SERVICE_PID
