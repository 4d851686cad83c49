#!/usr/bin/env bash
# The request core end to end, one table from one run: `wechat-bot serve` on each store (memory, SQLite,
# PostgreSQL; safe mode, echo demo rules, every message's de-dup claim written to the store) and EchoBot,
# against the bare Hummingbird route that collects the body (HelloServer) and WeRoBot. Every server runs once
# per round, in turn, driven by the peers' bench.py (wrk, 64 connections, signed and encrypted requests with
# distinct MsgIds); ratios are the median of same-round ratios.
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
(cd "$ROOT" && swift build -c release --product wechat-bot && swift build -c release --product EchoBot)
swift build --package-path "$ROOT/Benchmarks" -c release --product HelloServer
SERVE_BIN="$ROOT/.build/release/wechat-bot"
HELLO_BIN="$ROOT/Benchmarks/.build/release/HelloServer"

SERVERS=()
PID_ARGS=()
start_serve() {  # NAME STORE
    local port
    port="$(free_port)"
    "$SERVE_BIN" serve --port "$port" --store "$2" --token "$TOKEN" --aes-key "$AES_KEY" --app-id "$APP_ID" \
        --log-level warning > "$WORK/serve-$1.log" 2>&1 &
    PIDS+=("$!")
    wait_for_port "$port" "$!" "serve-$1"
    SERVERS+=(--server "serve ($1)=http://127.0.0.1:$port/wechat")
    PID_ARGS+=(--pid "serve ($1)=$!")
}

POSTGRES_DIR=""
cleanup_postgres() { [[ -n "$POSTGRES_DIR" ]] && "$ROOT/scripts/throwaway-postgres" remove "$POSTGRES_DIR"; stop_servers; }
trap cleanup_postgres EXIT

echo "== servers"
HELLO_PORT="$(free_port)"
"$HELLO_BIN" "$HELLO_PORT" > "$WORK/hello.log" 2>&1 &
PIDS+=("$!")
wait_for_port "$HELLO_PORT" "$!" hello
PID_ARGS+=(--pid "bare Hummingbird=$!")

if [[ "$WANTED" == *" memory "* ]]; then
    start_serve memory memory
fi
if [[ "$WANTED" == *" sqlite "* ]]; then
    rm -f "$WORK/serve.sqlite"*
    start_serve sqlite "sqlite:$WORK/serve.sqlite"
fi
if [[ "$WANTED" == *" postgres "* ]] && POSTGRES_DIR=$("$ROOT/scripts/throwaway-postgres" start); then
    start_serve postgres "$(cat "$POSTGRES_DIR/url")"
else
    POSTGRES_DIR=""
fi

start_echobot
SERVERS+=(--server "EchoBot=http://127.0.0.1:$ECHO_PORT/wechat")
PID_ARGS+=(--pid "EchoBot=$ECHO_PID")

WEROBOT_PORT="$(free_port)"
"$VENV/bin/python" "$PEERS_DIR/peer_werobot.py" --port "$WEROBOT_PORT" > "$WORK/werobot.log" 2>&1 &
PIDS+=("$!")
wait_for_port "$WEROBOT_PORT" "$!" werobot
SERVERS+=(--server "WeRoBot=http://127.0.0.1:$WEROBOT_PORT/wechat")

"$VENV/bin/python" "$ROOT/Benchmarks/load/loadbench.py" suite --bare "bare Hummingbird=http://127.0.0.1:$HELLO_PORT/hello" \
    "${SERVERS[@]}" --peer WeRoBot "${PID_ARGS[@]}" -n "$N" --rounds "$ROUNDS" -d "$DURATION" -c 64 \
    --data-dir "$WORK/bench_data" --json "$WORK/results/stores.json"
