#!/usr/bin/env python3
"""Start-up of two builds of the launcher, interleaved (the order flips every round) so that a
shared machine's load falls on both alike; medians of wall time and of CPU time (user+sys of the
child, which the load disturbs far less). Run on demand.
    bench/startup-compare.py BASE_LAUNCHER NEW_LAUNCHER ROUNDS COMMAND...
e.g. bench/startup-compare.py /tmp/base/sspr-doctor ./sspr-doctor 20 faq list"""
import resource, statistics, subprocess, sys, time

base, new, n, cmd = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
launchers = {"before": base, "after": new}
wall = {k: [] for k in launchers}
cpu = {k: [] for k in launchers}
for i in range(n):
    for k in (["before", "after"] if i % 2 == 0 else ["after", "before"]):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([launchers[k]] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        t1 = time.perf_counter()
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall[k].append((t1 - t0) * 1000)
        cpu[k].append((r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) * 1000)
for k in launchers:
    print(f"| `{' '.join(cmd)}` | {k} | {statistics.median(wall[k]):.0f} ms | {statistics.median(cpu[k]):.0f} ms | {n} |")
