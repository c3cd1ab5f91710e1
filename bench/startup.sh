#!/usr/bin/env bash
# Start-up benchmark: sspr-doctor commands against a hello-world `java -cp` on the same JDK, in one
# hyperfine run. Writes bench/results/startup.md (and the raw JSON). Run on demand, not in CI.
#   bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
mkdir -p bench/results target/bench
cat > target/bench/Hello.java <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d target/bench target/bench/Hello.java
jdk17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
jdk25="${SSPR_DOCTOR_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cmds=(
  -n "hello-world java -cp (JDK 17)" "$jdk17/bin/java -cp target/bench Hello"
)
if [[ -x "$jdk25/bin/java" ]]; then
  cmds+=(-n "hello-world java -cp (JDK 25)" "$jdk25/bin/java -cp target/bench Hello")
fi
cmds+=(
  -n "sspr-doctor --version" "./sspr-doctor --version"
  -n "sspr-doctor faq list" "./sspr-doctor faq list"
  -n "sspr-doctor diagnose --role user-admin --hybrid --format json" "./sspr-doctor diagnose --role user-admin --hybrid --format json"
  -n "JDK 17 + AppCDS: diagnose (SSPR_DOCTOR_NO_AOT=1)" "env SSPR_DOCTOR_NO_AOT=1 ./sspr-doctor diagnose --role user-admin --hybrid --format json"
  -n "JDK 17 plain java -jar: diagnose" "$jdk17/bin/java -jar target/sspr-doctor.jar diagnose --role user-admin --hybrid --format json"
)
if command -v m365 >/dev/null; then
  export CLIMICROSOFT365_NOUPDATE=1
  m365 cli config set --key disableTelemetry --value true >/dev/null 2>&1 || true
  cmds+=(-n "peer: m365 version (CLI for Microsoft 365)" "m365 version")
fi
hyperfine -N --warmup 3 --runs "$runs" --export-json target/bench/startup.json --export-markdown target/bench/startup-table.md "${cmds[@]}"
python3 - <<'PY'
import json, datetime
d = json.load(open("target/bench/startup.json"))["results"]
floor = d[0]["median"]
lines = ["# Start-up benchmark", "",
         f"Measured {datetime.date.today()} on this machine ({__import__('os').cpu_count()} cores) with hyperfine, "
         "medians; ratio = median / hello-world floor (JDK 17). Produced by `bench/startup.sh`.", "",
         "| command | median ms | mean ± σ ms | ratio to floor |", "|---|---|---|---|"]
for r in d:
    lines.append(f"| {r['command']} | {r['median']*1000:.0f} | {r['mean']*1000:.0f} ± {r['stddev']*1000:.0f} | {r['median']/floor:.2f}× |")
open("bench/results/startup.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
