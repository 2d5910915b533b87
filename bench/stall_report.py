#!/usr/bin/env python3
"""The report of bench/stall-probe.sh: per-10-s latency, the stalls, and what the disk and autovacuum did then."""
import sys


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def timed_lines(path):
    """(seconds since epoch, rest of the line) for each line of a poller's log."""
    for line in open(path):
        stamp, _, rest = line.rstrip("\n").partition(" ")
        yield float(stamp), rest.strip()


def main(out):
    requests = []  # (start, status, latency ms); h2load's log: start µs since epoch, status, latency µs
    for line in open(f"{out}/requests.log"):
        fields = line.split()
        if len(fields) >= 3:
            requests.append((int(fields[0]) / 1e6, int(fields[1]), int(fields[2]) / 1000))
    requests.sort()
    t0 = requests[0][0]
    vacuuming = [t - t0 for t, rest in timed_lines(f"{out}/autovacuum.log") if rest]
    memory = [(t - t0, *(int(kb) / 1024 for kb in rest.split()[:2])) for t, rest in timed_lines(f"{out}/memory.log")
              if len(rest.split()) >= 2]

    errors = sum(1 for _, status, _ in requests if status >= 400)
    print(f"{len(requests)} requests, {errors} errors (HTTP >= 400)")
    windows = {}
    for start, _, ms in requests:
        windows.setdefault(int((start - t0) // 10), []).append(ms)
    for w in sorted(windows):
        ms = windows[w]
        vacuum = " autovacuum" if any(w * 10 <= v < w * 10 + 10 for v in vacuuming) else ""
        print(f"{w * 10:4d}s  {len(ms) / 10:6.0f} req/s  p50 {percentile(ms, .5):6.2f} ms  "
              f"p99 {percentile(ms, .99):7.2f} ms  worst {max(ms):6.1f} ms{vacuum}")

    stalls = []  # [first end, last end, worst ms, requests]: requests over 80 ms that ended within 1 s of each other
    for start, _, ms in requests:
        if ms > 80:
            end = start - t0 + ms / 1000
            if stalls and end - stalls[-1][1] < 1:
                stalls[-1][1:] = [end, max(stalls[-1][2], ms), stalls[-1][3] + 1]
            else:
                stalls.append([end, end, ms, 1])
    print("stalls (requests over 80 ms):" + ("" if stalls else " none"))
    for _, end, worst, count in stalls:
        near = [m for m in memory if end - 1.5 <= m[0] <= end]
        disk = (f"; kernel dirty up to {max(m[1] for m in near):.0f} MB, writeback up to {max(m[2] for m in near):.0f} MB"
                if near else "")
        print(f"  ended {end:6.1f}s: {count} requests, worst {worst:.0f} ms{disk}")
    print("pages written (pg_stat_io):")
    for line in open(f"{out}/io.txt"):
        if line.strip():
            print("  " + line.strip())


if __name__ == "__main__":
    main(sys.argv[1])
