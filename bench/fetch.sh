#!/usr/bin/env bash
# Fetch benchmark: `sspr-doctor tenant fetch` against the fake Graph on loopback serving N generated
# users (default 1,000,000; 999 a page, as Graph pages with $top=999) and empty other collections.
# Wall time, pages/s, users/s and the fetch's peak RSS (/usr/bin/time). The fake server runs in its own
# JVM on the same machine, so it competes for the same cores. Writes bench/results/fetch.md. On demand.
#   bench/fetch.sh [users] [heap, e.g. -Xmx64m]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
heap="${2:--Xmx64m}"
[[ -f target/sspr-doctor.jar ]] || mvn -q -B -DskipTests package
[[ -f target/test-classes/sspr/doctor/graph/FakeGraphMain.class ]] || mvn -q -B test-compile
work="target/bench/fetch"
rm -rf "$work" && mkdir -p "$work"
# a JWT-shaped dummy token: the fake checks it verbatim; nothing real is ever used here
printf 'eyJhbGciOiJub25lIn0.eyJ0aWQiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAifQ.x\n' > "$work/token"
java -Xmx256m -XX:+UseSerialGC -cp target/test-classes:target/sspr-doctor.jar sspr.doctor.graph.FakeGraphMain "$n" "$work/token" "$work/url" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -f "$work/url" ]] && break; sleep 0.1; done
url="$(cat "$work/url")"
/usr/bin/time -o "$work/time.txt" -f "%e %M" \
    java "$heap" -XX:+UseSerialGC -jar target/sspr-doctor.jar tenant fetch --out "$work/snap" \
    --token-file "$work/token" --graph-url "$url" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
read -r secs rss < "$work/time.txt"
users=$(python3 -c "import json;print(json.load(open('$work/snap/manifest.json'))['collections']['users']['count'])")
pages=$(wc -l < "$work/snap/users.json")
bytes=$(stat -c %s "$work/snap/users.json")
python3 - "$n" "$secs" "$rss" "$users" "$pages" "$bytes" "$heap" <<'PY' | tee bench/results/fetch.md
import sys, datetime, os
n, secs, rss, users, pages, size, heap = sys.argv[1:]
secs = float(secs); rss = int(rss); users = int(users); pages = int(pages); size = int(size)
print("# tenant fetch throughput (bench/fetch.sh)\n")
print(f"Measured {datetime.date.today()} on this project's shared 2-core machine (load average {os.getloadavg()[0]:.1f} at the end); "
      f"`java {heap} -XX:+UseSerialGC -jar target/sspr-doctor.jar tenant fetch` against the fake Graph "
      "(src/test/java/sspr/doctor/graph/FakeGraphMain, its own JVM on the same cores) serving generated users, 999 a page, "
      "and empty other collections. One run.\n")
print("| users | pages (users) | wall time | pages/s | users/s | users.json | peak RSS (fetch) |")
print("|---|---|---|---|---|---|---|")
print(f"| {users:,} | {pages:,} | {secs:.1f} s | {pages/secs:,.0f} | {users/secs:,.0f} | {size/1e6:,.0f} MB | {rss/1024:,.0f} MB |")
assert users == int(n), f"fetched {users} of {n}"
PY
