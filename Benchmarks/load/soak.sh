#!/usr/bin/env bash
# Soak run: EchoBot (release, safe mode) under a steady load for a long time, its memory sampled every 10 s,
# every error counted and a sample of replies checked afterwards (soak.py). See PERFORMANCE.md.
#
# Usage (from anywhere): Benchmarks/load/soak.sh
# Settings (environment): PEERS_DIR (default ../shared/peers next to the repository), DURATION (default 600s),
# N (distinct requests, cycled; default 600000), CONNECTIONS (default 64), RATE (requests a second offered;
# default 5000).
set -euo pipefail

DURATION="${DURATION:-600s}"
N="${N:-600000}"
CONNECTIONS="${CONNECTIONS:-64}"
RATE="${RATE:-5000}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

echo "== build (release)"
(cd "$ROOT" && swift build -c release --product EchoBot)

echo "== EchoBot"
start_echobot
echo "EchoBot pid $ECHO_PID on port $ECHO_PORT; RSS at start: $(awk '/^VmRSS:/ { print $2 }' "/proc/$ECHO_PID/status") KiB"

echo "== soak: $DURATION"
"$VENV/bin/python" "$ROOT/Benchmarks/load/soak.py" --url "http://127.0.0.1:$ECHO_PORT/wechat" --pid "$ECHO_PID" \
    -n "$N" -c "$CONNECTIONS" --rate "$RATE" -d "$DURATION" --data-dir "$WORK/bench_data" \
    --json "$WORK/results/soak.json"
echo "EchoBot still serving: $(kill -0 "$ECHO_PID" && echo yes); peak RSS (VmHWM): $(awk '/^VmHWM:/ { print $2 }' "/proc/$ECHO_PID/status") KiB"
