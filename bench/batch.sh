#!/usr/bin/env bash
# Throughput of `diagnose --batch` (one process, N lines) against one `diagnose` process per case.
# Writes bench/results/batch.md. Run on demand, not in CI.
#   bench/batch.sh [lines] [process-runs]      (defaults: 10000 lines, 100 processes)
# SSPR_DOCTOR_BATCH_DISTINCT=1: lines that are all different (bench/batch-distinct.py: every fact varies, every
# line has its own name) instead of the repeating mix, and the results go to target/bench/batch-distinct.md
# (bench/results/batch.md keeps the mix's). SSPR_DOCTOR_BATCH_JAVA_OPTS adds JVM options to the interleaved
# runs, e.g. -Dsspr.doctor.batch.cache=false to measure each line diagnosed and written anew.
# The per-process figure is extrapolated from the process runs: a script with `lines` checks would
# pay that per-case time `lines` times.
set -euo pipefail
cd "$(dirname "$0")/.."
# `bench/batch.sh throughput [rounds]` (issue #18): lines/s of the launcher on 20,000 and 100,000 lines that are
# all different (bench/batch-distinct.py) and on bench/startup.sh's repetitive 20,000 lines, start-up included,
# median of [rounds] (default 3) runs each, wall and CPU (user + system) time. With SSPR_DOCTOR_BATCH_BEFORE_LAUNCHER
# (the launcher of another build, e.g. main's checked out and built elsewhere) both launchers run in alternating
# rounds; SSPR_DOCTOR_BATCH_C2=1 adds runs with full tiering (C2). Writes its own section of bench/results/batch.md.
if [[ "${1:-}" == throughput ]]; then
  rounds="${2:-3}"
  [[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
  mkdir -p target/bench
  python3 bench/batch-distinct.py 20000 target/bench/distinct-20k.ndjson
  python3 bench/batch-distinct.py 100000 target/bench/distinct-100k.ndjson
  # bench/startup.sh's batch lines (seed 7): a few dozen combinations of facts, repeated
  python3 bench/batch-repetitive.py 20000 target/bench/repetitive-20k.ndjson
  before="${SSPR_DOCTOR_BATCH_BEFORE_LAUNCHER:-}"
  : > target/bench/throughput.tsv
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  # every line answered, once, untimed (the timed runs write to /dev/null, as the issue measures)
  for input in distinct-20k repetitive-20k; do
    [[ "$(./sspr-doctor diagnose --batch "target/bench/$input.ndjson" --fail-on never | wc -l)" -eq "$(wc -l < "target/bench/$input.ndjson")" ]] \
      || { echo "a wrong number of lines answered for $input" >&2; exit 1; }
  done
  for ((r = 1; r <= rounds; r++)); do
    for input in distinct-20k distinct-100k repetitive-20k; do
      for who in ${before:+before} after ${SSPR_DOCTOR_BATCH_C2:+after-c2}; do
        launcher=./sspr-doctor; opts=""
        [[ "$who" == before ]] && launcher="$before"
        [[ "$who" == after-c2 ]] && opts=-XX:TieredStopAtLevel=4
        SSPR_DOCTOR_JAVA_OPTS="$opts" /usr/bin/time -f "$who	$input	%e	%U	%S" -a -o target/bench/throughput.tsv \
          "$launcher" diagnose --batch "target/bench/$input.ndjson" --fail-on never > /dev/null
      done
    done
  done
  python3 - "$rounds" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$before" <<'PY'
import sys, statistics, datetime, os, re
rounds, load_before, load_after, before = sys.argv[1:5]
rows = {}
for line in open("target/bench/throughput.tsv"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 5: continue
    who, inp, wall, user, sys_ = parts
    rows.setdefault((who, inp), []).append((float(wall), float(user) + float(sys_)))
count = {"distinct-20k": 20000, "distinct-100k": 100000, "repetitive-20k": 20000}
names = {"before": f"before (`{before}`)", "after": "this build, launcher default (C1 only)",
         "after-c2": "this build, full tiering (`SSPR_DOCTOR_JAVA_OPTS=-XX:TieredStopAtLevel=4`)"}
out = ["<!-- throughput -->", "## Throughput (`bench/batch.sh throughput`)", "",
       f"{datetime.date.today()}, {os.cpu_count()} cores, load average {load_before} before, {load_after} after; "
       f"`./sspr-doctor diagnose --batch FILE --fail-on never > /dev/null`, start-up included, median of {rounds} "
       "alternating rounds. CPU is user + system time (a loaded machine inflates it less than wall time).", "",
       "| input | build | median wall | lines/s (wall) | median CPU | lines/s (CPU) | wall range |", "|---|---|---|---|---|---|---|"]
for inp in count:
    for who in ("before", "after", "after-c2"):
        r = rows.get((who, inp))
        if not r: continue
        w = statistics.median(x[0] for x in r); c = statistics.median(x[1] for x in r)
        out.append(f"| {inp} | {names[who]} | {w:.2f} s | {count[inp] / w:,.0f} | {c:.2f} s | {count[inp] / c:,.0f} | "
                   f"{min(x[0] for x in r):.2f}–{max(x[0] for x in r):.2f} s |")
out.append("<!-- /throughput -->")
path = "bench/results/batch.md"
text = open(path).read() if os.path.exists(path) else "# Batch benchmark\n"
section = "\n".join(out)
if "<!-- throughput -->" in text:
    text = re.sub(r"<!-- throughput -->.*?<!-- /throughput -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
print(section)
PY
  exit 0
fi
lines="${1:-10000}"
procs="${2:-100}"
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
mkdir -p bench/results target/bench
# a deterministic mix of cases: admin resets (allowed and blocked, cloud and hybrid) and self-service,
# as NDJSON lines and as the equivalent command lines (one per line, for the per-process runs)
distinct="${SSPR_DOCTOR_BATCH_DISTINCT:-}"
[[ -z "$distinct" ]] || python3 bench/batch-distinct.py "$lines" target/bench/batch-distinct.ndjson
python3 - "$lines" "$distinct" <<'PY'
import json, sys
n = int(sys.argv[1])
distinct = [json.loads(l) for l in open("target/bench/batch-distinct.ndjson", encoding="utf-8")] if sys.argv[2] else None
roles = ["helpdesk-admin", "user-admin", "password-admin", "authentication-admin", "security-admin", "global-admin"]
targets = [[], ["global-admin"], ["reports-reader"], ["user-admin"]]
licences = [["entra-id-p1"], ["SPE_E3"], ["o365-e3"], None]
with open("target/bench/batch.ndjson", "w") as nd, open("target/bench/batch.args", "w") as args:
    for i in range(n):
        if distinct:
            f = distinct[i]
            nd.write(json.dumps(f, separators=(",", ":"), ensure_ascii=False) + "\n")
            f = {k: v for k, v in f.items() if k != "name"}
            args.write(" ".join(("--" + k if v else "--" + {"hybrid": "cloud-only", "writeback": "no-writeback", "registered": "not-registered",
                                  "in-sspr-group": "not-in-sspr-group"}[k]) if isinstance(v, bool) else "--" + k + " " + (",".join(v) if isinstance(v, list) else v)
                                 for k, v in f.items()) + "\n")
            continue
        if i % 5 == 4:
            f = {"scenario": "self-service", "sspr-scope": ["none", "selected", "all"][i % 3], "registered": i % 2 == 0}
            if i % 3 == 1: f["in-sspr-group"] = i % 4 < 2
        else:
            f = {"role": [roles[i % len(roles)]]}
            # an empty list is refused (write [none] or leave the key out): a plain user has no target-role key
            if targets[(i // 6) % len(targets)]: f["target-role"] = targets[(i // 6) % len(targets)]
            if i % 7 < 3: f["hybrid"] = True; f["writeback"] = i % 7 == 0
        lic = licences[(i // 3) % len(licences)]
        if lic: f["license"] = lic
        nd.write(json.dumps(f, separators=(",", ":")) + "\n")
        a = []
        for k, v in f.items():
            if isinstance(v, bool):
                neg = {"hybrid": "cloud-only", "writeback": "no-writeback", "registered": "not-registered", "in-sspr-group": "not-in-sspr-group"}
                a.append("--" + k if v else "--" + neg[k])
            elif isinstance(v, list):
                if v: a += ["--" + k, ",".join(v)]
            else:
                a += ["--" + k, v]
        args.write(" ".join(a) + "\n")
PY
now() { date +%s%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before="$(load)"

# the same work both ways: --fail-on never so the exit code does not stop `set -e`
t0=$(now)
./sspr-doctor diagnose --batch target/bench/batch.ndjson --fail-on never > target/bench/batch.out
t1=$(now)
batch_ms=$(( (t1 - t0) / 1000000 ))
[[ "$(wc -l < target/bench/batch.out)" -eq "$lines" ]] || { echo "batch answered $(wc -l < target/bench/batch.out) of $lines lines" >&2; exit 1; }
if grep -q '^{"line":[0-9]*,"error"' target/bench/batch.out; then echo "batch reported errors" >&2; exit 1; fi

t0=$(now)
SSPR_DOCTOR_JAVA_OPTS=-XX:TieredStopAtLevel=4 ./sspr-doctor diagnose --batch target/bench/batch.ndjson --fail-on never > /dev/null
t1=$(now)
batch_c2_ms=$(( (t1 - t0) / 1000000 ))

t0=$(now)
head -n "$procs" target/bench/batch.args | while read -r -a a; do
  ./sspr-doctor diagnose "${a[@]}" --format json --fail-on never > /dev/null
done
t1=$(now)
procs_ms=$(( (t1 - t0) / 1000000 ))
load_after="$(load)"

# Before/after, interleaved: SSPR_DOCTOR_BATCH_BEFORE=old.jar (and optionally SSPR_DOCTOR_BATCH_AFTER=new.jar,
# default target/sspr-doctor.jar) runs both jars on the same lines in alternating rounds, with the launcher's
# JVM options but no class-data archive (an archive matches one jar only), median wall and CPU time each.
compare=""
if [[ -n "${SSPR_DOCTOR_BATCH_BEFORE:-}" ]]; then
  after_jar="${SSPR_DOCTOR_BATCH_AFTER:-target/sspr-doctor.jar}"
  rounds="${SSPR_DOCTOR_BATCH_ROUNDS:-5}"
  compare_load_before="$(load)"
  : > target/bench/batch-compare.tsv
  for ((r = 1; r <= rounds; r++)); do
    for jar in "$SSPR_DOCTOR_BATCH_BEFORE" "$after_jar"; do
      /usr/bin/time -f "$jar	%e	%U	%S" -a -o target/bench/batch-compare.tsv \
        java -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${SSPR_DOCTOR_BATCH_JAVA_OPTS:-} -jar "$jar" diagnose --batch - --fail-on never \
        < target/bench/batch.ndjson > target/bench/batch-compare.out
      [[ "$(wc -l < target/bench/batch-compare.out)" -eq "$lines" ]] || { echo "$jar answered a wrong number of lines" >&2; exit 1; }
    done
  done
  compare="$SSPR_DOCTOR_BATCH_BEFORE|$after_jar|$rounds|$compare_load_before|$(load)"
fi

results=bench/results/batch.md
[[ -z "$distinct" ]] || results=target/bench/batch-distinct.md
python3 - "$lines" "$procs" "$batch_ms" "$batch_c2_ms" "$procs_ms" "$load_before" "$load_after" "$compare" "$results" "${SSPR_DOCTOR_BATCH_JAVA_OPTS:-}" "$distinct" <<'PY'
import sys, datetime, os, subprocess, statistics
lines, procs, batch_ms, c2_ms, procs_ms = map(int, sys.argv[1:6])
before, after = sys.argv[6], sys.argv[7]
compare = sys.argv[8]
results, java_opts, distinct = sys.argv[9], sys.argv[10], sys.argv[11]
per_proc = procs_ms / procs
batch_rate = lines / (batch_ms / 1000)
c2_rate = lines / (c2_ms / 1000)
proc_rate = 1000 / per_proc
jdk25 = os.environ.get("SSPR_DOCTOR_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64")
if os.path.exists("target/sspr-doctor.aot") and os.access(jdk25 + "/bin/java", os.X_OK):
    java = "JDK 25 with the AOT cache"
else:
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0] + " with AppCDS when built"
out = ["# Batch benchmark", "",
       f"`bench/batch.sh {lines} {procs}`, {datetime.date.today()}, {os.cpu_count()} cores, load average {before} before, {after} after; "
       f"launcher `./sspr-doctor` ({java}). A loaded machine inflates the per-process time most.", "",
       "| how | cases | wall time | diagnoses/s | ms per case |", "|---|---|---|---|---|",
       f"| `diagnose --batch` (launcher default, C1 only) | {lines:,} | {batch_ms/1000:.2f} s | {batch_rate:,.0f} | {batch_ms/lines:.3f} |",
       f"| `diagnose --batch` with C2 (`SSPR_DOCTOR_JAVA_OPTS=-XX:TieredStopAtLevel=4`) | {lines:,} | {c2_ms/1000:.2f} s | {c2_rate:,.0f} | {c2_ms/lines:.3f} |",
       f"| one `diagnose --format json` process per case | {procs} (measured) | {procs_ms/1000:.2f} s | {proc_rate:,.1f} | {per_proc:.1f} |",
       f"| one process per case, extrapolated | {lines:,} | {per_proc*lines/1000:,.0f} s | {proc_rate:,.1f} | {per_proc:.1f} |", "",
       f"Batch is **{batch_rate/proc_rate:,.0f}×** the throughput of one process per case. The batch time includes the one start-up "
       "(JVM, catalogs, decision table) and writing every result line; each line is parsed, resolved, evaluated and rendered "
       "exactly as `--format json` would (faq links, localised texts)."]
if compare:
    old_jar, new_jar, rounds, cl_before, cl_after = compare.split("|")
    rows = {}
    for line in open("target/bench/batch-compare.tsv"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 4: continue
        jar, wall, user, sys_ = parts
        rows.setdefault(jar, []).append((float(wall), float(user) + float(sys_)))
    out += ["", "## Before and after, interleaved", "",
            f"The same {lines:,} lines, `java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar JAR diagnose --batch -` (the launcher's options, "
            f"no class-data archive), {rounds} rounds alternating the two jars; load average {cl_before} before, {cl_after} after. "
            "CPU is user + system time, which a loaded machine inflates less than wall time.", "",
            "| jar | median wall | lines/s (wall) | median CPU | lines/s (CPU) |", "|---|---|---|---|---|"]
    med = {}
    for jar in (old_jar, new_jar):
        w = statistics.median(x[0] for x in rows[jar]); c = statistics.median(x[1] for x in rows[jar])
        med[jar] = (w, c)
        out.append(f"| `{jar}` | {w:.2f} s | {lines / w:,.0f} | {c:.2f} s | {lines / c:,.0f} |")
    out += ["", f"After / before: **{med[old_jar][0] / med[new_jar][0]:.1f}×** in wall time, {med[old_jar][1] / med[new_jar][1]:.1f}× in CPU time."]
if distinct:
    out[0] = "# Batch benchmark, lines all different (`SSPR_DOCTOR_BATCH_DISTINCT=1`, bench/batch-distinct.py)"
if java_opts:
    out.append(f"\nThe interleaved runs had `{java_opts}`.")
open(results, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
