#!/usr/bin/env bash
# The issue's audit measure: plain `java -Xmx64m -jar target/sspr-doctor.jar audit FILE --format json`
# (default JDK, no launcher, no class-data archive, users listed in the JSON) against the jq program
# that computes the same counts, on N synthetic users. Writes bench/results/audit-jar.md.
#   bench/audit-jar.sh [users] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-400000}"
runs="${2:-3}"
for tool in hyperfine jq python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
dir="target/bench/export-$n"
[[ -f "$dir/registration.json" ]] || python3 bench/gen-export.py "$n" "$dir"
hyperfine -N --runs "$runs" --export-json target/bench/audit-jar.json \
  -n "jq (counts)" "jq -n -c -f bench/jq/audit-counts.jq $dir/registration.json" \
  -n "java -Xmx64m -jar sspr-doctor.jar audit --format json" "java -Xmx64m -jar target/sspr-doctor.jar audit $dir/registration.json --format json --output target/bench/audit-jar-out.json"
python3 - "$n" <<'PY'
import json, sys, datetime, os
n = int(sys.argv[1]); d = json.load(open("target/bench/audit-jar.json"))["results"]
jq, me = d[0]["median"], d[1]["median"]
lines = ["# Audit, the issue's measure (plain java -jar, heap 64 MB)", "",
         f"Measured {datetime.date.today()} ({os.cpu_count()} cores), `bench/audit-jar.sh {n}`, hyperfine medians.", "",
         "| command | median s | users/s |", "|---|---|---|"]
for r in d: lines.append(f"| {r['command']} | {r['median']:.2f} | {n / r['median']:,.0f} |")
lines += ["", f"Throughput vs jq: **{jq / me:.1f}×** (goal: at least 8×)."]
open("bench/results/audit-jar.md", "w").write("\n".join(lines) + "\n"); print("\n".join(lines))
PY
