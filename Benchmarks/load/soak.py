#!/usr/bin/env python3
"""Soak run for soak.sh: a steady load on one server for a long time, sampling its memory.

    soak.py --url URL --pid PID -n 600000 -c 64 --rate 5000 -d 600s --data-dir DIR --json out.json

Generates N distinct signed, encrypted requests with the peers' bench.py (imported from PEERS_DIR, not copied),
drives them with wrk at C connections paced to RATE requests a second (wrk has no rate option: each wrk thread
hands out send times threads/RATE seconds apart through wrk's `delay()` hook, so the offered load does not
depend on the server's latency; a server that falls behind shows up as a lower rate), samples the server's
resident memory (VmRSS of PID) every 10 seconds, and afterwards replays a sample of the requests and checks
every reply. Prints the rate, latency, errors, the memory at each minute and the sample check; exits non-zero
on any error or when the rate reached is more than 2 % under RATE.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from typing import List, Tuple

sys.path.insert(0, os.environ["PEERS_DIR"])  # set by soak.sh
import bench  # noqa: E402  (the peers' harness)
from loadbench import add_run_options  # noqa: E402  (beside this file)


# Appended to bench.py's script: each wrk thread reserves send slots interval_ms apart on the monotonic clock
# (LuaJIT's ffi; wrk's Lua has no clock) and `delay()` waits for the connection's slot. Slots missed while every
# connection waited for an answer are sent at once afterwards (an open-loop schedule), but at most one second's
# worth: a server that stalls for longer sees a lower rate, not an unbounded burst.
PACING_LUA = r"""
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } soak_timespec;
int clock_gettime(int clock_id, soak_timespec *tp);
]]
local soak_now = ffi.new("soak_timespec")
local interval_ms = %f
local next_slot_ms = nil

local function monotonic_ms()
   ffi.C.clock_gettime(1, soak_now)
   return tonumber(soak_now.tv_sec) * 1000 + tonumber(soak_now.tv_nsec) / 1e6
end

function delay()
   local now = monotonic_ms()
   next_slot_ms = math.max((next_slot_ms or now) + interval_ms, now - 1000)
   return math.max(0, math.floor(next_slot_ms - now))
end
"""


def rss_kib(pid: int) -> int:
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise SystemExit("no VmRSS for pid %d" % pid)


def sample_memory(pid: int, every: float, stop: threading.Event, out: List[Tuple[float, int]]) -> None:
    started = time.time()
    while not stop.is_set():
        out.append((time.time() - started, rss_kib(pid)))
        stop.wait(every)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--rate", type=int, default=5000, help="requests a second to offer, across all threads")
    add_run_options(p, n=600000, duration="600s", sample=500)
    a = p.parse_args()

    os.makedirs(a.data_dir, exist_ok=True)
    data = os.path.join(a.data_dir, "soak_requests.tsv")
    script = os.path.join(a.data_dir, "soak.lua")
    with open(script, "w") as fh:
        fh.write(bench.LUA + PACING_LUA % (1000.0 * a.threads / a.rate))
    bench.preflight(a.url, a)
    meta = bench.generate(a.url, a.n, data, a.token, a.aes_key, a.appid, a.mode, a.to)
    print("# %d distinct requests generated in %.0f s; wrk -t%d -c%d -d%s, paced to %d requests a second"
          % (a.n, meta["gen_s"], a.threads, a.connections, a.duration, a.rate), flush=True)

    memory: List[Tuple[float, int]] = []
    stop = threading.Event()
    sampler = threading.Thread(target=sample_memory, args=(a.pid, 10.0, stop, memory), daemon=True)
    sampler.start()
    res = bench.run_wrk(a.url, script, data, a)
    stop.set()
    sampler.join()
    ok, total, errs = bench.verify_sample(a.url, data, meta, a)

    errors = sum(res[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"))
    print("rate %.0f req/s over %.0f s, %d requests (%d distinct, cycled), p50 %.2f ms, p99 %.2f ms, max %.1f ms"
          % (res["rps"], res["duration_us"] / 1e6, res["requests"], a.n, res["p50_us"] / 1000,
             res["p99_us"] / 1000, res["max_us"] / 1000))
    print("errors: connect %d, read %d, write %d, non-2xx %d, timeouts %d"
          % (res["connect_errors"], res["read_errors"], res["write_errors"], res["status_errors"], res["timeouts"]))
    print("CPU during run (%% of one core): %s" % ", ".join("%s %.0f%%" % t for t in res["cpu_top"]))
    minutes = [m for m in memory if int(m[0]) % 60 < 10]
    print("server RSS (VmRSS) at each minute: " + ", ".join("%dm %.1f MiB" % (round(s / 60), k / 1024)
                                                             for s, k in minutes))
    after_warmup = [k for s, k in memory if s >= 60]
    if after_warmup:
        print("RSS after the first minute: first %.1f MiB, last %.1f MiB, max %.1f MiB, min %.1f MiB"
              % (after_warmup[0] / 1024, after_warmup[-1] / 1024, max(after_warmup) / 1024,
                 min(after_warmup) / 1024))
    print("sample replayed afterwards: %d/%d replies verified%s" % (ok, total, "" if not errs else " " + str(errs[:3])))
    res.update({"memory": memory, "sample_ok": ok, "sample_total": total, "sample_errors": errs[:5], "n": a.n,
                "target_rate": a.rate})
    res.pop("wrk_output", None)
    with open(a.json, "w") as fh:
        json.dump(res, fh, indent=1)
    rate_reached = res["rps"] >= 0.98 * a.rate
    if not rate_reached:
        print("rate %.0f req/s is under the target %d req/s" % (res["rps"], a.rate))
    return 0 if errors == 0 and ok == total and res["requests"] > 0 and rate_reached else 1


if __name__ == "__main__":
    sys.exit(main())
