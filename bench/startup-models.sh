#!/usr/bin/env bash
# Start-up of two builds side by side (#18's picocli cuts were measured so): each build's launcher (with its own class-data archive / AOT
# cache) runs --version, faq list and diagnose, interleaved with a JDK 25 hello world, in rounds
# (every command once per round, in turn); medians and ratios to the hello-world floor.
#   bench/startup-models.sh BEFORE_DIR AFTER_DIR [rounds]
# Each DIR holds a copy of the launcher (sspr-doctor) and its target/ (sspr-doctor.jar, .aot, .jsa), e.g.
#   mkdir -p /tmp/before/target && cp sspr-doctor /tmp/before/ && cp target/sspr-doctor.{jar,aot,jsa} /tmp/before/target/
# Run on demand, not in CI; on a shared machine run it nice'd; quote ratios, not absolute times.
set -euo pipefail
before="$(cd "$1" && pwd)"; after="$(cd "$2" && pwd)"; runs="${3:-10}"
cd "$(dirname "$0")/.."
jdk25="${SSPR_DOCTOR_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p target/bench
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > target/bench/Hello.java
"$jdk25/bin/javac" -d target/bench target/bench/Hello.java
python3 - "$runs" "$before" "$after" "$jdk25" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, before, after, jdk25 = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
cases = [("--version",), ("faq", "list"), ("diagnose", "--role", "user-admin", "--hybrid", "--format", "json")]
items = [("hello", [f"{jdk25}/bin/java", "-cp", "target/bench", "Hello"])]
for c in cases:
    for label, d in (("before", before), ("after", after)):
        items.append((f"{label} {' '.join(c)}", [f"{d}/sspr-doctor", *c]))
cpu = {n: [] for n, _ in items}
def once(argv, name=None):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"})
    t = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if name: cpu[name].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return t
for _, argv in items:
    for _ in range(2): once(argv)
times = {n: [] for n, _ in items}
for r in range(runs):
    order = items if r % 2 == 0 else items[::-1]
    for n, argv in order: times[n].append(once(argv, n))
med = {n: statistics.median(v) for n, v in times.items()}
cmed = {n: statistics.median(v) for n, v in cpu.items()}
floor = med["hello"]
cfloor = cmed["hello"]
load = open("/proc/loadavg").read().split()[:3]
print(f"{runs} interleaved rounds (order reversed every other round), medians; load average {' '.join(load)} at the end; "
      f"JDK 25 hello world {floor*1000:.0f} ms wall, {cfloor*1000:.0f} ms CPU (user+sys).\n")
print("| command | before ms | before × floor | after ms | after × floor | after / before | CPU before ms | CPU after ms | CPU after / before |")
print("|---|---|---|---|---|---|---|---|---|")
for c in cases:
    k = ' '.join(c)
    b, a = med[f"before {k}"], med[f"after {k}"]
    cb, ca = cmed[f"before {k}"], cmed[f"after {k}"]
    print(f"| `{k}` | {b*1000:.0f} | {b/floor:.2f}× | {a*1000:.0f} | {a/floor:.2f}× | {a/b:.2f} | {cb*1000:.0f} | {ca*1000:.0f} | {ca/cb:.2f} |")
PY
