#!/usr/bin/env bash
# Faults under load: FaultRun (release) drives a third-party platform whose stores are all in a throwaway
# PostgreSQL, while the fake WeChat API injects -1, HTTP 500, slow answers and expired tokens and PostgreSQL
# is restarted mid-run. Prints one table and exits non-zero if a check fails; see PERFORMANCE.md.
#
# Usage (from anywhere): Benchmarks/faults/run.sh [FaultRun options]
#   --seconds 90 --rate 400 --senders 32 --deadline-ms 1000 --restart-at 40 --down-seconds 5 (defaults)
# FAULTRUN_LOG_LEVEL (default error) sets the server's log level; its log goes to
# Benchmarks/.build/faults/faultrun.log (git-ignored), the table to stdout and faults/last-run.txt there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/Benchmarks/.build/faults"
mkdir -p "$WORK"

echo "== build (release)"
nice -n 5 swift build --package-path "$ROOT/Benchmarks" -c release -j 1 --product FaultRun
BIN="$ROOT/Benchmarks/.build/release/FaultRun"

postgres_dir=""
cleanup() {
    if [[ -n "$postgres_dir" ]]; then "$ROOT/scripts/throwaway-postgres" remove "$postgres_dir"; fi
    return 0
}
trap cleanup EXIT

echo "== PostgreSQL"
postgres_dir=$("$ROOT/scripts/throwaway-postgres" start)
echo "at $(cat "$postgres_dir/url") (folder $postgres_dir)"

echo "== FaultRun"
status=0   # pipefail: FaultRun's own exit status, not tee's
"$BIN" --postgres-url "$(cat "$postgres_dir/url")" --postgres-control "$ROOT/scripts/throwaway-postgres" \
    --postgres-dir "$postgres_dir" "$@" 2>"$WORK/faultrun.log" | tee "$WORK/last-run.txt" || status=$?
[[ "$status" == "0" ]] || echo "FaultRun failed (exit $status); server log: $WORK/faultrun.log" >&2
exit "$status"
