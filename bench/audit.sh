#!/usr/bin/env bash
# Audit benchmark: `sspr-doctor audit` on a synthetic export of N users (default 1,000,000) against a jq
# program computing the same counts on the same file, in one hyperfine run, heap capped at 64 MB; peak
# RSS from /usr/bin/time. Writes bench/results/audit.md. Run on demand, not in CI.
#   bench/audit.sh [users] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
runs="${2:-3}"
for tool in hyperfine jq python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
dir="target/bench/export-$n"
[[ -f "$dir/registration.json" ]] || python3 bench/gen-export.py "$n" "$dir"
export SSPR_DOCTOR_JAVA_OPTS="-Xmx64m -XX:+UseSerialGC"
out=target/bench/audit-out
mkdir -p "$out" bench/results

# The same counts from both tools first: a benchmark of different answers would mean nothing.
jq -n -c -f bench/jq/audit-counts.jq "$dir/registration.json" > "$out/jq.json"
./sspr-doctor audit "$dir/registration.json" --format json --output "$out/audit.json"
python3 - "$out/jq.json" "$out/audit.json" <<'PY'
import json, sys
jq = json.load(open(sys.argv[1]))
audit = json.load(open(sys.argv[2]))["summary"]
mine = {k: v for k, v in audit.items() if k not in ("cannotReset", "byFinding")}
if jq != mine:
    sys.exit(f"counts differ:\n jq    {jq}\n audit {mine}")
print("same counts from jq and sspr-doctor audit:", json.dumps(jq)[:160], "…")
PY

jdk17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
cmds=(
  -n "jq (counts, Graph pages)" "jq -n -c -f bench/jq/audit-counts.jq $dir/registration.json"
  -n "sspr-doctor audit (Graph pages)" "./sspr-doctor audit $dir/registration.json --format json --output $out/a.json"
  -n "sspr-doctor audit (NDJSON)" "./sspr-doctor audit $dir/registration.ndjson --format json --output $out/b.json"
  -n "sspr-doctor audit (Graph pages, JDK 17)" "env SSPR_DOCTOR_NO_AOT=1 JAVA_HOME=$jdk17 ./sspr-doctor audit $dir/registration.json --format json --output $out/c.json"
  -n "sspr-doctor audit --users --skus (joined)" "./sspr-doctor audit $dir/registration.json --users $dir/users.json --skus $dir/skus.json --format json --output $out/d.json"
)
hyperfine -N --runs "$runs" --export-json target/bench/audit.json "${cmds[@]}"

# Peak resident memory, one run each (hyperfine does not measure it).
: > target/bench/audit-rss.txt
for ((i = 1; i < ${#cmds[@]}; i += 3)); do
  /usr/bin/time -f "%M" -o target/bench/rss.tmp bash -c "${cmds[i+1]} > /dev/null"
  printf '%s\t%s\n' "${cmds[i]}" "$(tail -1 target/bench/rss.tmp)" >> target/bench/audit-rss.txt
done

python3 - "$n" "$dir/registration.json" <<'PY'
import json, os, sys, datetime
n = int(sys.argv[1])
size = os.path.getsize(sys.argv[2])
d = json.load(open("target/bench/audit.json"))["results"]
rss = dict(line.rstrip("\n").split("\t") for line in open("target/bench/audit-rss.txt"))
jq = d[0]["median"]
lines = ["# Audit benchmark", "",
         f"Measured {datetime.date.today()} on this machine ({os.cpu_count()} cores) by `bench/audit.sh {n}`: "
         f"a synthetic export of {n:,} users (`bench/gen-export.py`; Graph pages {size / 1e6:.0f} MB), "
         "hyperfine medians, sspr-doctor with `-Xmx64m -XX:+UseSerialGC`. jq computes the same counts "
         "(`bench/jq/audit-counts.jq`; checked equal before timing); sspr-doctor also runs the decision table "
         "for every user and writes the report.", "",
         "| command | median s | users/s | throughput vs jq | peak RSS MB |", "|---|---|---|---|---|"]
for r in d:
    kb = rss.get(r["command"])
    lines.append(f"| {r['command']} | {r['median']:.2f} | {n / r['median']:,.0f} | {jq / r['median']:.1f}× | "
                 f"{int(kb) / 1024:.0f} |" if kb else
                 f"| {r['command']} | {r['median']:.2f} | {n / r['median']:,.0f} | {jq / r['median']:.1f}× | — |")
lines += ["", "Goal: at least 2× jq's throughput with the heap capped at 64 MB."]
open("bench/results/audit.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
