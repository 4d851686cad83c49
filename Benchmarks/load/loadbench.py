#!/usr/bin/env python3
"""Helpers of run.sh around the peers' bench.py (imported from PEERS_DIR, not copied).

    loadbench.py compare-hello --url-a ECHO_URL --url-b HELLO_URL -n 200000 --json out.json
        A/B rounds like `bench.py compare`: A runs through bench.py's full bench_once (preflight, wrk,
        sampled reply check); B is the bare Hummingbird server, which answers a fixed body, so it gets the
        same generated requests and the same wrk script, without the echo preflight and reply check.
    loadbench.py table --werobot W.json --wechatpy C.json --hello H.json --rss-kib N
        one table from the three runs: median req/s, p50, p99 per server, EchoBot's peak RSS, and ratios.
    loadbench.py suite --server LABEL=URL ... --bare LABEL=URL --peer LABEL --pid LABEL=PID ... --json out.json
        every server once per round, in the order given (a bare server gets bare_run, the others bench_once),
        then one table: median req/s, p50, p99, each server's ratio to the bare server and to the peer (median
        of the same-round ratios) and its peak RSS (VmHWM of its PID, read after the last round).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import Any, Dict, List, Tuple

sys.path.insert(0, os.environ["PEERS_DIR"])  # set by run.sh
import bench  # noqa: E402  (the peers' harness)


def bare_run(url: str, a: argparse.Namespace, label: str) -> Dict[str, Any]:
    """bench.bench_once without the echo preflight and the reply check (the server does not echo)."""
    os.makedirs(a.data_dir, exist_ok=True)
    data = os.path.join(a.data_dir, "requests_%s.tsv" % label)
    script = os.path.join(a.data_dir, "cycle.lua")
    with open(script, "w") as fh:
        fh.write(bench.LUA)
    meta = bench.generate(url, a.n, data, a.token, a.aes_key, a.appid, a.mode, a.to)
    res = bench.run_wrk(url, script, data, a)
    res.update({"url": url, "label": label, "n": a.n, "gen_s": meta["gen_s"], "sample_ok": 0,
                "sample_total": 0, "sample_errors": [], "repeats": max(0, res["requests"] - a.n)})
    return res


def compare_hello(a: argparse.Namespace) -> int:
    results: List[Dict[str, Any]] = []
    ratios = []
    rc = 0
    print("# wrk -t%d -c%d -d%s, %d distinct %s-mode requests per run, %d CPUs" % (
        a.threads, a.connections, a.duration, a.n, a.mode, os.cpu_count() or 0), flush=True)
    for i in range(a.rounds):
        ra = bench.bench_once(a.url_a, a, a.label_a)
        bench.report(ra, "round %d  " % (i + 1))
        time.sleep(a.pause)
        rb = bare_run(a.url_b, a, a.label_b)
        bench.report(rb, "round %d  " % (i + 1))
        results += [ra, rb]
        ratios.append(ra["rps"] / rb["rps"])
        print("round %d  ratio %s/%s = %.3f" % (i + 1, a.label_a, a.label_b, ratios[-1]), flush=True)
        if not (bench.healthy(ra) and rb["status_errors"] == 0 and rb["requests"] > 0):
            rc = 1
        if i + 1 < a.rounds:
            time.sleep(a.pause)
    print("median ratio %s/%s = %.3f  (pairs: %s)" % (a.label_a, a.label_b, statistics.median(ratios),
                                                     ", ".join("%.3f" % x for x in ratios)))
    with open(a.json, "w") as fh:
        json.dump([{k: v for k, v in r.items() if k != "wrk_output"} for r in results], fh, indent=1)
    return rc


def load(path: str) -> List[Dict[str, Any]]:
    with open(path) as fh:
        return json.load(fh)


def median_of(runs: List[Dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def pair_ratio(runs: List[Dict[str, Any]]) -> float:
    """Median over rounds of A/B req/s (runs alternate A, B, A, B, ...)."""
    return statistics.median(a["rps"] / b["rps"] for a, b in zip(runs[0::2], runs[1::2]))


def table(a: argparse.Namespace) -> int:
    werobot, wechatpy, hello = load(a.werobot), load(a.wechatpy), load(a.hello)
    echo_runs = werobot[0::2] + wechatpy[0::2] + hello[0::2]
    rows = [("EchoBot (WeChatBotKit)", echo_runs), ("WeRoBot 1.13.1, gunicorn 2 workers", werobot[1::2]),
            ("wechatpy 1.8.18 + Flask, gunicorn 2 workers", wechatpy[1::2]),
            ("bare Hummingbird (HelloServer)", hello[1::2])]
    print("| server | runs | req/s (median) | p50 ms | p99 ms | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, runs in rows:
        rss = "%.1f MiB" % (a.rss_kib / 1024) if runs is echo_runs else ""
        print("| %s | %d | %s | %.2f | %.2f | %s |" % (
            name, len(runs), format(round(median_of(runs, "rps")), ","), median_of(runs, "p50_us") / 1000,
            median_of(runs, "p99_us") / 1000, rss))
    print()
    print("| ratio (median of the A/B rounds) | value |")
    print("|---|---:|")
    print("| EchoBot / WeRoBot req/s | %.1f× |" % pair_ratio(werobot))
    print("| EchoBot / wechatpy req/s | %.1f× |" % pair_ratio(wechatpy))
    print("| EchoBot / bare Hummingbird req/s | %.3f |" % pair_ratio(hello))
    print("| EchoBot overhead over bare Hummingbird (1 − echo/hello) | %.1f %% |" % (100 * (1 - pair_ratio(hello))))
    repeats = sum(r["repeats"] for r in echo_runs)
    samples = sum(r["sample_ok"] for r in echo_runs), sum(r["sample_total"] for r in echo_runs)
    errors = sum(r["status_errors"] + r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
                 for rs in (werobot, wechatpy, hello) for r in rs)
    print()
    print("EchoBot: %d/%d sampled replies verified, %d repeated MsgIds; all servers: %d non-2xx or socket errors"
          % (samples[0], samples[1], repeats, errors))
    return 0


def add_run_options(p: argparse.ArgumentParser, n: int, duration: str, sample: int) -> None:
    """The options bench.py's runs read (requests, wrk, account, sample check, output); shared with soak.py."""
    p.add_argument("-n", type=int, default=n)
    p.add_argument("-t", "--threads", type=int, default=2)
    p.add_argument("-c", "--connections", type=int, default=64)
    p.add_argument("-d", "--duration", default=duration)
    p.add_argument("--wrk-timeout", default="10s")
    p.add_argument("--mode", choices=("aes",), default="aes")
    p.add_argument("--token", default=bench.DEFAULTS["token"])
    p.add_argument("--aes-key", default=bench.DEFAULTS["aes_key"])
    p.add_argument("--appid", default=bench.DEFAULTS["appid"])
    p.add_argument("--to", default=bench.DEFAULTS["mp_username"])
    p.add_argument("--sample", type=int, default=sample)
    p.add_argument("--data-dir", required=True)
    p.add_argument("--wrk", default="wrk")
    p.add_argument("--json", required=True)


def labelled(pairs: List[str]) -> List[Tuple[str, str]]:
    """`LABEL=VALUE` arguments as (label, value) pairs, in order."""
    return [tuple(pair.split("=", 1)) for pair in pairs]  # type: ignore[misc]


def peak_rss_mib(pid: str) -> float:
    with open("/proc/%s/status" % pid) as fh:
        kib = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    return kib / 1024


def suite(a: argparse.Namespace) -> int:
    bare_label, bare_url = labelled([a.bare])[0]
    servers = labelled(a.server)
    order = [(bare_label, bare_url, True)] + [(label, url, False) for label, url in servers]
    runs: Dict[str, List[Dict[str, Any]]] = {label: [] for label, _, _ in order}
    rc = 0
    print("# wrk -t%d -c%d -d%s, %d distinct %s-mode requests per run, %d CPUs, %d rounds" % (
        a.threads, a.connections, a.duration, a.n, a.mode, os.cpu_count() or 0, a.rounds), flush=True)
    for i in range(a.rounds):
        for label, url, bare in order:
            r = bare_run(url, a, label) if bare else bench.bench_once(url, a, label)
            bench.report(r, "round %d  " % (i + 1))
            runs[label].append(r)
            healthy = r["status_errors"] == 0 and r["requests"] > 0 if bare else bench.healthy(r)
            rc = rc if healthy else 1
            time.sleep(a.pause)
    pids = dict(labelled(a.pid))

    def ratio(label: str, to: str) -> str:
        values = [x["rps"] / y["rps"] for x, y in zip(runs[label], runs[to])]
        return "%.3f (%s)" % (statistics.median(values), ", ".join("%.2f" % v for v in values))

    print()
    print("| server | req/s (median) | p50 ms | p99 ms | × %s | × %s | peak RSS |" % (bare_label, a.peer))
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, _, _ in order:
        rs = runs[label]
        rss = "%.1f MiB" % peak_rss_mib(pids[label]) if label in pids else ""
        print("| %s | %s | %.2f | %.2f | %s | %s | %s |" % (
            label, format(round(median_of(rs, "rps")), ","), median_of(rs, "p50_us") / 1000,
            median_of(rs, "p99_us") / 1000, ratio(label, bare_label), ratio(label, a.peer), rss))
    checked = [r for label, _, bare in order if not bare for r in runs[label]]
    errors = sum(r["status_errors"] + r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
                 for rs in runs.values() for r in rs)
    print()
    print("%d/%d sampled replies verified, %d repeated MsgIds; all servers: %d non-2xx or socket errors" % (
        sum(r["sample_ok"] for r in checked), sum(r["sample_total"] for r in checked),
        sum(r["repeats"] for r in checked), errors))
    with open(a.json, "w") as fh:
        json.dump({label: [{k: v for k, v in r.items() if k != "wrk_output"} for r in rs]
                   for label, rs in runs.items()}, fh, indent=1)
    return rc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("compare-hello")
    p.add_argument("--url-a", required=True)
    p.add_argument("--url-b", required=True)
    p.add_argument("--label-a", default="EchoBot")
    p.add_argument("--label-b", default="hello")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--pause", type=float, default=2.0)
    add_run_options(p, n=200000, duration="15s", sample=200)
    p = sub.add_parser("table")
    p.add_argument("--werobot", required=True)
    p.add_argument("--wechatpy", required=True)
    p.add_argument("--hello", required=True)
    p.add_argument("--rss-kib", type=int, required=True)
    p = sub.add_parser("suite")
    p.add_argument("--server", action="append", required=True, help="LABEL=URL of a WeChat server (echo checked)")
    p.add_argument("--bare", required=True, help="LABEL=URL of the bare server every ratio is taken to")
    p.add_argument("--peer", required=True, help="LABEL (one of --server) of the second ratio's reference")
    p.add_argument("--pid", action="append", default=[], help="LABEL=PID whose peak RSS the table reports")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--pause", type=float, default=2.0)
    add_run_options(p, n=200000, duration="15s", sample=200)
    a = ap.parse_args()
    return {"compare-hello": compare_hello, "table": table, "suite": suite}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
