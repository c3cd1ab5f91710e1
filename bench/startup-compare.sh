#!/usr/bin/env bash
# Start-up before/after: the launcher of another checkout (built: target/ holds its jar and caches)
# against this one, interleaved round by round so that the shared machine's load hits both alike.
#   bench/startup-compare.sh BASE_CHECKOUT [rounds] [runs-per-round]
# Prints the median of each command over all rounds (ms). Run on demand, not in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
base="$(cd "$1" && pwd)"; rounds="${2:-5}"; runs="${3:-5}"
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 2; }
cmds=("diagnose --role user-admin --hybrid --format json"
      "diagnose --role helpdesk-admin --target-role global-admin --lang zh-TW"
      "roles list --format json")
out="$(mktemp -d)"
for ((r = 1; r <= rounds; r++)); do
  for i in "${!cmds[@]}"; do
    for side in base new; do
      dir="$PWD"; [[ $side == base ]] && dir="$base"
      hyperfine -N -w 1 -r "$runs" -i --export-json "$out/$side-$i-$r.json" "$dir/sspr-doctor ${cmds[$i]}" >/dev/null 2>&1
    done
  done
done
python3 - "$out" "$rounds" "${cmds[@]}" <<'PY'
import json, statistics, sys, glob
out, rounds, cmds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print("| command | before (median ms) | after (median ms) | after / before |")
print("|---|---|---|---|")
for i, c in enumerate(cmds):
    t = {}
    for side in ("base", "new"):
        times = []
        for f in glob.glob(f"{out}/{side}-{i}-*.json"):
            times += json.load(open(f))["results"][0]["times"]
        t[side] = statistics.median(times) * 1000
    print(f"| `sspr-doctor {c}` | {t['base']:.0f} | {t['new']:.0f} | {t['new'] / t['base']:.2f} |")
PY
