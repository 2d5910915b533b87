#!/usr/bin/env python3
"""Small helpers for bench/run.sh and bench/stall-probe.sh: process CPU and RSS, h2load latency percentiles, the
median table, the golden request bodies."""
import json
import os
import re
import statistics
import sys


def cpu_ticks(pid, reaped_children=False):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15 of proc(5))
    if reaped_children:
        ticks += int(fields[13]) + int(fields[14])  # cutime + cstime: children that ended and were waited for
    return ticks


def children(parent):
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == parent:
                        found.append(int(name))
            except (OSError, IndexError, ValueError):
                pass
    return found


def cpu(jvm_pid, postmaster_pid):
    """CPU microseconds used so far by the JVM and by PostgreSQL: the postmaster, its live backends and workers, and
    those that have ended (an autovacuum worker, a closed connection's backend), which the postmaster has reaped."""
    tick_us = 1_000_000 / os.sysconf("SC_CLK_TCK")
    pg = cpu_ticks(postmaster_pid, reaped_children=True)
    for pid in children(postmaster_pid):
        try:
            pg += cpu_ticks(pid)
        except OSError:
            pass
    print(f"{cpu_ticks(jvm_pid) * tick_us:.0f} {pg * tick_us:.0f}")


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                print(f"{int(line.split()[1]) / 1024:.0f}")


def h2load_log(path):
    """Percentiles of an h2load --log-file (start us, status, duration us), and the count of non-2xx answers."""
    durations, errors = [], 0
    with open(path) as f:
        for line in f:
            parts = line.split("\t")
            if len(parts) >= 3:
                durations.append(int(parts[2]))
                errors += 0 if parts[1].startswith("2") else 1
    durations.sort()

    def pct(p):
        return durations[min(len(durations) - 1, int(len(durations) * p / 100))] if durations else 0

    print(f"H2LOAD requests={len(durations)} p50_us={pct(50)} p99_us={pct(99)} p999_us={pct(99.9)} errors={errors}")


def summarize(path):
    """Reads the key=value lines run.sh collected; prints medians per endpoint and the triage/baseline ratios."""
    rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(path) if line.strip()]
    metrics = ["rps", "p50_us", "p99_us", "p999_us", "errors", "cpu_us_per_req", "jvm_cpu_us_per_req",
               "pg_cpu_us_per_req", "rss_mib", "fixed_rps", "fixed_p50_us", "fixed_p99_us", "fixed_p999_us",
               "fixed_errors"]
    medians = {}
    # "baseline": the worker-thread echo, the target's reference; "baseline-el": the same echo on the event loop.
    endpoints = [e for e in ("baseline", "baseline-el", "triage") if any(r["endpoint"] == e for r in rows)]
    for endpoint in endpoints:
        runs = [r for r in rows if r["endpoint"] == endpoint]
        medians[endpoint] = {m: statistics.median(float(r[m]) for r in runs) for m in metrics if runs and m in runs[0]}
        medians[endpoint]["runs"] = len(runs)
    el = "baseline-el" in medians
    print("| metric (median of runs) | baseline | triage | triage/baseline |"
          + (" baseline-el | triage/baseline-el |" if el else ""))
    print("|---|---:|---:|---:|" + ("---:|---:|" if el else ""))
    for m in metrics:
        b, t = medians["baseline"].get(m), medians["triage"].get(m)
        if b is None or t is None:
            continue
        ratio = f"{t / b:.2f}" if b else "-"
        line = f"| {m} | {b:,.0f} | {t:,.0f} | {ratio} |"
        if el:
            e = medians["baseline-el"].get(m)
            line += f" {e:,.0f} | {t / e:.2f} |" if e else " - | - |"
        print(line)
    print()
    print("Raw runs:")
    print("```")
    for r in rows:
        print(" ".join(f"{k}={v}" for k, v in r.items()))
    print("```")
    json.dump(medians, open(path + ".json", "w"), indent=1)


def golden_bodies():
    """The request bodies of the first golden cases (the twelve "ex-" cases of V6, the same since the first ruleset,
    so runs stay comparable), in migration order, one compact JSON object a line."""
    with open("db/migration/V6__initial_golden_cases.sql") as f:
        sql = f.read()
    for body in re.findall(r"^ '(\{.*\})'::jsonb,$", sql, re.M):
        print(json.dumps(json.loads(body.replace("''", "'")), separators=(",", ":")))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"cpu": lambda: cpu(int(args[0]), int(args[1])), "rss": lambda: rss_mib(int(args[0])),
     "h2load": lambda: h2load_log(args[0]), "summarize": lambda: summarize(args[0]),
     "golden-bodies": golden_bodies}[command]()
