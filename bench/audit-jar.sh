#!/usr/bin/env bash
# The issue's audit measure: plain `java -Xmx64m -jar target/sspr-doctor.jar audit FILE --format json`
# (default JDK, no launcher, no class-data archive, users listed in the JSON) against the jq program
# that computes the same counts, on N synthetic users. jq and the jar run interleaved, one of each a
# round, so that both see the same load on a shared machine; the ratio is taken round by round and
# its median reported, beside the medians of each. A second jar (an earlier build) joins each round
# when given, for a before/after under the same load. Writes bench/results/audit-jar.md.
#   bench/audit-jar.sh [users] [rounds] [jar] [earlier-jar]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-400000}"
rounds="${2:-5}"
jar="${3:-target/sspr-doctor.jar}"
before="${4:-}"
for tool in jq python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }
[[ -f "$jar" ]] || mvn -q -B -DskipTests package
dir="target/bench/export-$n"
[[ -f "$dir/registration.json" ]] || python3 bench/gen-export.py "$n" "$dir"
out=target/bench/audit-jar
mkdir -p "$out" bench/results

# The same counts from both first: a benchmark of different answers would mean nothing.
jq -n -c -f bench/jq/audit-counts.jq "$dir/registration.json" > "$out/jq.json"
java -Xmx64m -jar "$jar" audit "$dir/registration.json" --format json --output "$out/audit.json"
python3 - "$out/jq.json" "$out/audit.json" <<'PY'
import json, sys
jq = json.load(open(sys.argv[1]))
audit = json.load(open(sys.argv[2]))
mine = {k: v for k, v in audit["summary"].items() if k not in ("cannotReset", "byFinding")}
if jq != mine:
    sys.exit(f"counts differ:\n jq    {jq}\n audit {mine}")
print(f"same counts from jq and the jar; the jar also lists {len(audit['users']):,} users")
PY

: > "$out/times.txt"
load_before="$(cut -d' ' -f1 /proc/loadavg)"
for ((i = 1; i <= rounds; i++)); do
  /usr/bin/time -a -o "$out/times.txt" -f "jq %e %U %S %M" jq -n -c -f bench/jq/audit-counts.jq "$dir/registration.json" > /dev/null
  /usr/bin/time -a -o "$out/times.txt" -f "jar %e %U %S %M" \
    java -Xmx64m -jar "$jar" audit "$dir/registration.json" --format json --output "$out/audit.json"
  if [[ -n "$before" ]]; then
    /usr/bin/time -a -o "$out/times.txt" -f "before %e %U %S %M" \
      java -Xmx64m -jar "$before" audit "$dir/registration.json" --format json --output "$out/before.json"
    cmp -s "$out/audit.json" "$out/before.json" || { echo "the two jars wrote different reports" >&2; exit 1; }
  fi
  tail -"$([[ -n "$before" ]] && echo 3 || echo 2)" "$out/times.txt" | tr '\n' ' '; echo
done

python3 - "$n" "$rounds" "$(nproc)" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" "$(java -version 2>&1 | head -1)" "$out/times.txt" "$before" <<'PY'
import sys, statistics, datetime
n, rounds, cores = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
load_before, load_after, jdk, times, before = float(sys.argv[4]), float(sys.argv[5]), sys.argv[6], sys.argv[7], sys.argv[8]
runs = {"jq": [], "jar": [], "before": []}
for line in open(times):
    name, wall, user, system, rss = line.split()
    runs[name].append((float(wall), float(user) + float(system), int(rss)))
med = lambda xs: statistics.median(xs)
ratios = [j[0] / a[0] for j, a in zip(runs["jq"], runs["jar"])]
cpu_ratios = [j[1] / a[1] for j, a in zip(runs["jq"], runs["jar"])]
rows = [("jq -n -f bench/jq/audit-counts.jq (counts only)", runs["jq"]),
        ("java -Xmx64m -jar sspr-doctor.jar audit --format json (users listed)", runs["jar"])]
if runs["before"]:
    rows.append((f"the same, earlier jar ({before})", runs["before"]))
# the benchmark itself keeps about one core busy: more than that is other work on the machine
contended = max(load_before, load_after) > 1.5
lines = ["# Audit, the issue's measure (plain java -jar, heap 64 MB)", "",
         f"Measured {datetime.date.today()} by `bench/audit-jar.sh {n} {rounds}` on {cores} cores, {jdk}: "
         f"{n:,} synthetic users (`bench/gen-export.py`), jq and the jar interleaved, {rounds} rounds. "
         f"1-minute load average {load_before:.1f} before, {load_after:.1f} after"
         + (" — contended: other work shared the machine, so single runs vary; the ratio of each round is taken under one load."
            if contended else "."), "",
         "| command | median wall s | min wall s | median CPU s | users/s | peak RSS MB |", "|---|---|---|---|---|---|"]
for name, r in rows:
    lines.append(f"| {name} | {med([x[0] for x in r]):.2f} | {min(x[0] for x in r):.2f} | {med([x[1] for x in r]):.2f} | "
                 f"{n / med([x[0] for x in r]):,.0f} | {max(x[2] for x in r) / 1024:.0f} |")
lines += ["", f"Wall-clock ratio jq / jar, median of the rounds: **{med(ratios):.1f}×** "
          f"(rounds: {', '.join(f'{x:.1f}' for x in ratios)}; goal: at least 8×). "
          f"CPU-time ratio: {med(cpu_ratios):.1f}×."]
if runs["before"]:
    before_ratios = [j[0] / b[0] for j, b in zip(runs["jq"], runs["before"])]
    lines += ["", f"The earlier jar, same rounds: {med(before_ratios):.1f}× "
              f"(rounds: {', '.join(f'{x:.1f}' for x in before_ratios)}); its report is byte-for-byte the same."]
open("bench/results/audit-jar.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
