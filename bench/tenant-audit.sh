#!/usr/bin/env bash
# Tenant audit benchmark: `sspr-doctor audit --tenant DIR --actor-role helpdesk-admin` on a flat snapshot
# of N synthetic users (default 1,000,000; bench/gen-export.py, with the small collections of the fixture
# tenant beside them), heap capped at 64 MB; wall time and peak RSS from /usr/bin/time. Run on demand.
#   bench/tenant-audit.sh [users]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
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
/usr/bin/time -o target/bench/tenant-audit.txt -f "$n users: %e s, peak RSS %M KB" \
    java -Xmx64m -XX:+UseSerialGC -jar target/sspr-doctor.jar audit --tenant "$dir" --actor-role helpdesk-admin \
    --format json --output target/bench/tenant-out/audit.json
cat target/bench/tenant-audit.txt
python3 - target/bench/tenant-out/audit.json <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print("users", s["total"], "cannotReset", s["cannotReset"], "adminReset", json.dumps(s.get("adminReset"))[:200])
PY
