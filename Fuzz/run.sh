#!/usr/bin/env bash
# Builds the fuzz harnesses with libFuzzer + AddressSanitizer, and runs one of them for a while.
#
# Usage: Fuzz/run.sh build                     (builds all harnesses; ~30-45 minutes on one core)
#        Fuzz/run.sh TARGET SECONDS [RUNS [FLAG...]]  (stops after SECONDS, or after RUNS executions if given;
#                                              FLAGs go to libFuzzer, e.g. -detect_leaks=0, see PERFORMANCE.md)
#   TARGET: xml-parse | envelope-roundtrip | envelope-open | reply-roundtrip | rules-file | callback-request
# e.g. `Fuzz/run.sh callback-request 3000 10000000` runs until 10,000,000 executions or 3000 s, whichever is first.
# A run builds the harnesses only when its binary is missing: SwiftPM was seen recompiling the whole module
# graph on a second build with the same flags, which would cost every run the full build again. So after
# changing the library, run `Fuzz/run.sh build` first. Several targets can run at once (one core each).
# Seeds come from Fuzz/corpus/TARGET (read only); new inputs go to Fuzz/.build-fuzz/corpus/TARGET, crashes to
# Fuzz/.build-fuzz/artifacts/TARGET/. Prints libFuzzer's executions, speed and peak RSS at the end.
set -euo pipefail
cd "$(dirname "$0")"

build() {
    swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
}

target=${1:?usage: run.sh build | run.sh TARGET SECONDS [RUNS]}
if [[ "$target" == build ]]; then
    build
    exit
fi
seconds=${2:?usage: run.sh TARGET SECONDS}
runs=${3:--1}
extra_flags=("${@:4}")
case "$target" in
    xml-parse) product=FuzzXMLParse ;;
    envelope-roundtrip) product=FuzzEnvelopeRoundTrip ;;
    envelope-open) product=FuzzEnvelopeOpen ;;
    reply-roundtrip) product=FuzzReplyRoundTrip ;;
    rules-file) product=FuzzRulesFile ;;
    callback-request) product=FuzzCallbackRequest ;;
    *) echo "unknown target: $target" >&2; exit 2 ;;
esac

[[ -x ".build-fuzz/release/$product" ]] || build

work=.build-fuzz/corpus/$target
artifacts=.build-fuzz/artifacts/$target/
mkdir -p "$work" "$artifacts"
log=.build-fuzz/$target.log
status=0
# libFuzzer and the address sanitizer report crashes; Swift's own backtracer would fight them over the process.
export SWIFT_BACKTRACE=enable=no
".build-fuzz/release/$product" "$work" "corpus/$target" \
    -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "${extra_flags[@]}" >"$log" 2>&1 || status=$?
grep -E 'Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|ERROR|SUMMARY' "$log" || true
echo "$target: exit $status (time limit ${seconds}s, run limit $runs; full log: Fuzz/$log)"
exit "$status"
