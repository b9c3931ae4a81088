#!/usr/bin/env bash
# The second half of bench/purchases/walk.sh's month close, while walk.sh runs: the till's store
# corrects its statement, and the treasurer reviews last month's statement with the store's invoice
# number, reconciles it again (no mismatch left), approves and pays it, and exports it as CSV and .xlsx.
#   DATA_DIR=<walk.sh's data dir> bash bench/purchases/walk-settle.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck disable=SC1091
source "${DATA_DIR:?the data dir walk.sh printed}/walk.env"
cli() { node bin/hechuang.js "$@"; }
ID="xinhua-jx:$MONTH"

rm -f "$DATA_DIR/till-misprint"
sleep 1 # the till's system reads its correction twice a second
cli budget statement review "$ID" --invoice XH-INV-DEMO-01
cli budget statement reconcile "$ID" # with the invoice number registered, it is compared too
cli budget statement approve "$ID"
cli budget statement pay "$ID"
cli budget statement export "$ID" --format csv --out "$DATA_DIR/statement-$MONTH.csv"
cli budget statement export "$ID" --format xlsx --out "$DATA_DIR/statement-$MONTH.xlsx"
cli budget statements
cli budget verify
echo "exports: $DATA_DIR/statement-$MONTH.csv $DATA_DIR/statement-$MONTH.xlsx"
