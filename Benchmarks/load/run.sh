#!/usr/bin/env bash
# End-to-end load benchmark: EchoBot (release, safe mode) against the Python peers (WeRoBot, wechatpy + Flask)
# and a bare Hummingbird endpoint, driven by the peers' bench.py (wrk, 64 connections, signed and encrypted
# requests with distinct MsgIds, A/B alternating rounds). Prints one table; see PERFORMANCE.md.
#
# Usage (from anywhere): Benchmarks/load/run.sh
# Settings (environment): PEERS_DIR (default ../shared/peers next to the repository), N (distinct requests per
# run, default 200000), ROUNDS (A/B rounds per comparison, default 3), DURATION (wrk time per run, default 15s).
# Run it on an otherwise idle machine: it measures wall-clock throughput.
set -euo pipefail

N="${N:-200000}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-15s}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

echo "== build (release)"
(cd "$ROOT" && swift build -c release --product EchoBot)
swift build --package-path "$ROOT/Benchmarks" -c release --product HelloServer
HELLO_BIN="$ROOT/Benchmarks/.build/release/HelloServer"

echo "== servers"
start_echobot

WEROBOT_PORT="$(free_port)"
"$VENV/bin/python" "$PEERS_DIR/peer_werobot.py" --port "$WEROBOT_PORT" > "$WORK/werobot.log" 2>&1 &
PIDS+=("$!")
wait_for_port "$WEROBOT_PORT" "$!" werobot

WECHATPY_PORT="$(free_port)"
"$VENV/bin/python" "$PEERS_DIR/peer_wechatpy.py" --port "$WECHATPY_PORT" > "$WORK/wechatpy.log" 2>&1 &
PIDS+=("$!")
wait_for_port "$WECHATPY_PORT" "$!" wechatpy

HELLO_PORT="$(free_port)"
"$HELLO_BIN" "$HELLO_PORT" > "$WORK/hello.log" 2>&1 &
PIDS+=("$!")
wait_for_port "$HELLO_PORT" "$!" hello

ECHO_URL="http://127.0.0.1:$ECHO_PORT/wechat"
COMMON=(-n "$N" --rounds "$ROUNDS" -d "$DURATION" -c 64 --data-dir "$WORK/bench_data")
BENCH=("$VENV/bin/python" "$PEERS_DIR/bench.py")

echo "== EchoBot vs WeRoBot"
"${BENCH[@]}" compare --url-a "$ECHO_URL" --label-a EchoBot --url-b "http://127.0.0.1:$WEROBOT_PORT/wechat" \
    --label-b WeRoBot "${COMMON[@]}" --json "$WORK/results/werobot.json"
echo "== EchoBot vs wechatpy"
"${BENCH[@]}" compare --url-a "$ECHO_URL" --label-a EchoBot --url-b "http://127.0.0.1:$WECHATPY_PORT/wechat" \
    --label-b wechatpy "${COMMON[@]}" --json "$WORK/results/wechatpy.json"
echo "== EchoBot vs bare Hummingbird"
"$VENV/bin/python" "$ROOT/Benchmarks/load/loadbench.py" compare-hello --url-a "$ECHO_URL" \
    --url-b "http://127.0.0.1:$HELLO_PORT/hello" "${COMMON[@]}" --json "$WORK/results/hello.json"

RSS_KIB="$(awk '/^VmHWM:/ { print $2 }' "/proc/$ECHO_PID/status")"
echo "== results (EchoBot peak RSS: VmHWM of PID $ECHO_PID)"
"$VENV/bin/python" "$ROOT/Benchmarks/load/loadbench.py" table --werobot "$WORK/results/werobot.json" \
    --wechatpy "$WORK/results/wechatpy.json" --hello "$WORK/results/hello.json" --rss-kib "$RSS_KIB"
