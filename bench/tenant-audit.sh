#!/usr/bin/env bash
# Tenant audit benchmark: `sspr-doctor audit --tenant DIR --actor-role helpdesk-admin` on a flat snapshot
# of N synthetic users (default 1,000,000; bench/gen-export.py, with the small collections of the fixture
# tenant beside them), heap capped at 64 MB; wall time, CPU time and peak RSS from /usr/bin/time, and users
# per second of wall time. On a shared machine the CPU time (user + sys) is the steadier figure. Run on demand.
#   bench/tenant-audit.sh [users] [jar] [runs]   (jar: another build to compare, e.g. one of main; runs: repeat,
#                                                 the report then gives every run and the least CPU)
# JAVA_OPTS=-Dsspr.doctor.tenant.fastPaths=off reads users with Jackson and works out every user's facts (the
# code before the user scanner and the verdicts by shape), for a before/after with one build.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
jar="${2:-target/sspr-doctor.jar}"
runs="${3:-1}"
for tool in python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
src="target/bench/export-$n"
[[ -f "$src/registration.json" ]] || python3 bench/gen-export.py "$n" "$src"
dir="target/bench/tenant-$n"
mkdir -p "$dir"
for f in domains roleManagement-directory-roleAssignments roleManagement-directory-roleEligibilityScheduleInstances \
         groups administrativeUnits policies-authorizationPolicy directory-onPremisesSynchronization; do
  cp src/test/resources/tenant/flat/$f.json "$dir/"
done
cp src/test/resources/tenant/flat/*-members.json src/test/resources/tenant/flat/*-owners.json "$dir/"
ln -sf "$(realpath "$src/users.json")" "$dir/users.json"
ln -sf "$(realpath "$src/registration.json")" "$dir/userRegistrationDetails.json"
ln -sf "$(realpath "$src/skus.json")" "$dir/subscribedSkus.json"
mkdir -p bench/results target/bench/tenant-out
best=""
for ((run = 1; run <= runs; run++)); do
  /usr/bin/time -o target/bench/tenant-audit.txt -f "%e %U %S %M" \
      java -Xmx64m -XX:+UseSerialGC ${JAVA_OPTS:-} -jar "$jar" audit --tenant "$dir" --actor-role helpdesk-admin \
      --format json --output target/bench/tenant-out/audit.json
  read -r wall user sys rss < <(tail -1 target/bench/tenant-audit.txt)
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v c="$cpu" -v r="$rss" -v j="$jar" \
      'BEGIN { printf "%s: %d users: %.2f s wall (%.0f users/s), %.2f s CPU (user %.2f + sys %.2f), peak RSS %d KB; load %s\n", j, n, w, n / w, c, u, s, r, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }'
  if [[ -z "$best" ]] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$cpu"; fi
done
[[ "$runs" -gt 1 ]] && echo "least CPU of $runs runs: $best s"
python3 - target/bench/tenant-out/audit.json <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print("users", s["total"], "cannotReset", s["cannotReset"], "adminReset", json.dumps(s.get("adminReset"))[:200])
PY
