#!/usr/bin/env bash
# HTML report benchmark: time and size of `audit --format html` (and its capped table's CSV beside it) for
# synthetic exports of 10,000 and 1,000,000 users (bench/gen-export.py), the same audit as --format json for
# comparison, heap capped at 64 MB; and a screenshot of the fixture tenant's report in headless Chromium
# (bench/results/html-audit.png). Writes bench/results/html.md. Run on demand, not in CI.
#   bench/html.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
for tool in hyperfine python3 chromium; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
export SSPR_DOCTOR_JAVA_OPTS="-Xmx64m -XX:+UseSerialGC"
out=target/bench/html-out
mkdir -p "$out" bench/results
: > target/bench/html-rows.tsv
for n in 10000 1000000; do
  dir="target/bench/export-$n"
  [[ -f "$dir/registration.json" ]] || python3 bench/gen-export.py "$n" "$dir"
  hyperfine -N --runs "$runs" --export-json "target/bench/html-$n.json" \
    -n "html $n" "./sspr-doctor audit $dir/registration.json --users $dir/users.json --skus $dir/skus.json --format html --output $out/r-$n.html" \
    -n "json $n" "./sspr-doctor audit $dir/registration.json --users $dir/users.json --skus $dir/skus.json --format json --output $out/r-$n.json"
  /usr/bin/time -f "%M" -o target/bench/rss.tmp ./sspr-doctor audit "$dir/registration.json" --users "$dir/users.json" --skus "$dir/skus.json" \
    --format html --output "$out/r-$n.html"
  csv="$out/r-$n-users.csv"
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$(stat -c %s "$out/r-$n.html")" "$( [[ -f $csv ]] && stat -c %s "$csv" || echo 0)" \
    "$(stat -c %s "$out/r-$n.json")" "$(tail -1 target/bench/rss.tmp)" >> target/bench/html-rows.tsv
done

# the screenshot for review: the fixture tenant's audit as the issue's "done when" runs it
./sspr-doctor audit --tenant src/test/resources/tenant/flat --actor-role helpdesk-admin --format html --output "$out/fixture.html"
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1800 \
  --screenshot="$PWD/bench/results/html-audit.png" "file://$PWD/$out/fixture.html" >/dev/null 2>&1
rm -rf "$profile"

python3 - <<'PY'
import json, os, datetime
rows = [l.rstrip("\n").split("\t") for l in open("target/bench/html-rows.tsv")]
lines = ["# HTML report benchmark", "",
         f"Measured {datetime.date.today()} on this machine ({os.cpu_count()} cores, shared) by `bench/html.sh`: "
         "`sspr-doctor audit EXPORT --users --skus --format html --output r.html` on synthetic exports "
         "(`bench/gen-export.py`), hyperfine medians, `-Xmx64m -XX:+UseSerialGC`; the same audit as `--format json` "
         "for comparison. The HTML table lists the first 5,000 users who cannot reset; every one of them is in "
         "`r-users.csv` beside it (the report says so). Counts and charts cover all users.", "",
         "| users | html time | json time | html size | csv beside | json size | peak RSS (html) |",
         "|--:|--:|--:|--:|--:|--:|--:|"]
for n, html, csv, js, rss in rows:
    d = json.load(open(f"target/bench/html-{n}.json"))["results"]
    t = {r["command"].split()[0]: r["median"] for r in d}
    lines.append(f"| {int(n):,} | {t['html']:.2f} s | {t['json']:.2f} s | {int(html)/1e6:.2f} MB | {int(csv)/1e6:.1f} MB | "
                 f"{int(js)/1e6:.1f} MB | {int(rss)/1024:.0f} MB |")
lines += ["", "Screenshot of the fixture tenant's report (`audit --tenant src/test/resources/tenant/flat --actor-role "
          "helpdesk-admin --format html`), taken by headless Chromium: `bench/results/html-audit.png`.", ""]
open("bench/results/html.md", "w").write("\n".join(lines))
print("\n".join(lines))
PY
