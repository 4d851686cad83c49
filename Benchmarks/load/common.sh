# Shared by run.sh and soak.sh (sourced, not run): settings, the peers' virtualenv, wrk, port helpers,
# server bookkeeping (every server started is stopped on exit) and EchoBot's start.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PEERS_DIR="${PEERS_DIR:-$ROOT/../shared/peers}"
WORK="$ROOT/Benchmarks/.build/load"   # git-ignored: venv, logs, generated requests, results
VENV="$WORK/venv"
export PYTHONDONTWRITEBYTECODE=1      # the peers' directory stays untouched

[[ -f "$PEERS_DIR/bench.py" ]] || { echo "no bench.py in PEERS_DIR=$PEERS_DIR" >&2; exit 1; }
mkdir -p "$WORK/results"

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "== peers' virtualenv"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r "$PEERS_DIR/requirements.txt"
fi
if ! command -v wrk > /dev/null; then
    echo "== wrk"
    apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
fi

free_port() {
    "$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() {  # PORT PID NAME
    for _ in $(seq 1 300); do
        kill -0 "$2" 2> /dev/null || { echo "$3 exited; log: $WORK/$3.log" >&2; cat "$WORK/$3.log" >&2; exit 1; }
        (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null && return 0
        sleep 0.1
    done
    echo "$3 does not listen on $1" >&2
    exit 1
}

PIDS=()
stop_servers() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2> /dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2> /dev/null || true
    done
}
trap stop_servers EXIT

TOKEN=wxsimHarnessToken2024
AES_KEY=hDAEYqL62pBum9BIy2ewA5s02KGvdiP4TLqi58G5tLS
APP_ID=wxc0ffee1234567890

start_echobot() {  # sets ECHO_PORT and ECHO_PID
    ECHO_PORT="$(free_port)"
    "$ROOT/.build/release/EchoBot" --host 127.0.0.1 --port "$ECHO_PORT" --token "$TOKEN" --aes-key "$AES_KEY" \
        --app-id "$APP_ID" > "$WORK/EchoBot.log" 2>&1 &
    ECHO_PID=$!
    PIDS+=("$ECHO_PID")
    wait_for_port "$ECHO_PORT" "$ECHO_PID" EchoBot
}
