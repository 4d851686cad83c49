#!/usr/bin/env bash
# `wechat-bot serve` on each store against WeRoBot: the configuration users run (safe mode, echo demo rules,
# the de-dup claim of every message written to the store), driven by the peers' bench.py (wrk, 64
# connections, signed and encrypted requests with distinct MsgIds, A/B alternating rounds).
#
# Usage: Benchmarks/load/stores.sh        (PostgreSQL is included when its server binaries are installed;
# the throwaway server runs with fsync off, so its figure is an upper bound)
# Settings (environment): PEERS_DIR, N (default 200000), ROUNDS (default 3), DURATION (default 15s),
# STORES (default "memory sqlite postgres").
# Run it on an otherwise idle machine.
set -euo pipefail

N="${N:-200000}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-15s}"
WANTED=" ${STORES:-memory sqlite postgres} "
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

echo "== build (release)"
(cd "$ROOT" && swift build -c release --product wechat-bot)
SERVE_BIN="$ROOT/.build/release/wechat-bot"

start_serve() {  # NAME STORE; sets SERVE_PORT
    SERVE_PORT="$(free_port)"
    "$SERVE_BIN" serve --port "$SERVE_PORT" --store "$2" --token "$TOKEN" --aes-key "$AES_KEY" --app-id "$APP_ID" \
        --log-level warning > "$WORK/serve-$1.log" 2>&1 &
    PIDS+=("$!")
    eval "PID_$1=$!"
    wait_for_port "$SERVE_PORT" "$!" "serve-$1"
}

POSTGRES_DIR=""
cleanup_postgres() { [[ -n "$POSTGRES_DIR" ]] && "$ROOT/scripts/throwaway-postgres" remove "$POSTGRES_DIR"; stop_servers; }
trap cleanup_postgres EXIT

echo "== servers"
STORES=()
if [[ "$WANTED" == *" memory "* ]]; then
    start_serve memory memory
    MEMORY_URL="http://127.0.0.1:$SERVE_PORT/wechat"
    STORES+=(memory)
fi
if [[ "$WANTED" == *" sqlite "* ]]; then
    rm -f "$WORK/serve.sqlite"*
    start_serve sqlite "sqlite:$WORK/serve.sqlite"
    SQLITE_URL="http://127.0.0.1:$SERVE_PORT/wechat"
    STORES+=(sqlite)
fi
if [[ "$WANTED" == *" postgres "* ]] && POSTGRES_DIR=$("$ROOT/scripts/throwaway-postgres" start); then
    start_serve postgres "$(cat "$POSTGRES_DIR/url")"
    POSTGRES_URL="http://127.0.0.1:$SERVE_PORT/wechat"
    STORES+=(postgres)
else
    POSTGRES_DIR=""
fi

WEROBOT_PORT="$(free_port)"
"$VENV/bin/python" "$PEERS_DIR/peer_werobot.py" --port "$WEROBOT_PORT" > "$WORK/werobot.log" 2>&1 &
PIDS+=("$!")
wait_for_port "$WEROBOT_PORT" "$!" werobot

COMMON=(-n "$N" --rounds "$ROUNDS" -d "$DURATION" -c 64 --data-dir "$WORK/bench_data")
for store in "${STORES[@]}"; do
    url_var="${store^^}_URL"
    echo "== serve --store $store vs WeRoBot"
    "$VENV/bin/python" "$PEERS_DIR/bench.py" compare --url-a "${!url_var}" --label-a "serve ($store)" \
        --url-b "http://127.0.0.1:$WEROBOT_PORT/wechat" --label-b WeRoBot "${COMMON[@]}" \
        --json "$WORK/results/serve-$store.json"
    pid_var="PID_$store"
    echo "peak RSS of serve ($store): $(awk '/^VmHWM:/ { print $2 " KiB" }' "/proc/${!pid_var}/status")"
done
