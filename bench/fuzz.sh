#!/usr/bin/env bash
# A short fuzzing campaign over the Jazzer targets in src/test/java/sspr/doctor/fuzz/ReaderFuzzTest.java.
#
#   bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET[:SECONDS]...]   (default: 60 s each, every target)
#
# FUZZ_REFRESH=1 copies and compiles the worktree again before each target (to pick up fixes made
# during a long campaign); by default it is copied and compiled once.
#
# Runs on a copy of the worktree (so editing and building here go on undisturbed), one target at a
# time under `nice -n 19`, and writes bench/results/fuzz.md: executions, executions per second,
# coverage and findings per target. A finding's input is copied back into the regression corpus
# (src/test/resources/sspr/doctor/fuzz/ReaderFuzzTestInputs/TARGET/crash-…), which `mvn verify` replays.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
SECS=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(commandLine articleMarkdown graphPages profileYaml adminCenterCsv batchLines profileJson ndjsonExport rulesFile tenantSnapshot terminalSafeFilter)
fi
WORK=${FUZZ_WORK:-/tmp/sspr-fuzz-work-$$}
CORPUS=src/test/resources/sspr/doctor/fuzz/ReaderFuzzTestInputs
RESULTS=bench/results/fuzz.md
LOGS=${FUZZ_LOGS:-$ROOT/target/fuzz-logs}
mkdir -p "$WORK" "$LOGS" bench/results
# the generated corpus grows across campaigns when kept in the worktree's target/
mkdir -p "$ROOT/target/cifuzz-corpus"
# Copies the worktree and compiles it; before each target, so a long campaign picks up fixes made
# meanwhile (a copy that does not compile is dropped and the previous one kept).
refresh() {
  rm -rf "$WORK.next" && mkdir -p "$WORK.next"
  tar -c --exclude=./target --exclude=./.git --exclude=./.cifuzz-corpus . | tar -x -C "$WORK.next"
  ln -sfn "$ROOT/target/cifuzz-corpus" "$WORK.next/.cifuzz-corpus"
  if (cd "$WORK.next" && nice -n 19 mvn -B -q -o test-compile -DskipArchive=true >"$LOGS/compile.log" 2>&1); then
    rm -rf "$WORK" && mv "$WORK.next" "$WORK"
  else
    rm -rf "$WORK.next"
  fi
}
refresh
[ -d "$WORK/target/test-classes" ] || { echo "compile failed: $LOGS/compile.log"; exit 1; }

{
  echo "# Fuzzing campaign ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores shared, nice 19)"
  echo
  echo "Command: \`bench/fuzz.sh $SECS ${TARGETS[*]}\`; each target runs the real command line on every input"
  echo "(see \`InputContract\`: exit 0/1/2, no control character on stdout/stderr, no parser wording, bounded time, no temporary file left)."
  echo
  echo "| target | seconds | executions | exec/s | coverage (edges) | findings |"
  echo "|---|---:|---:|---:|---:|---|"
} > "$RESULTS.new"

first=1
for t in "${TARGETS[@]}"; do
  [ $first = 1 ] || [ "${FUZZ_REFRESH:-0}" != 1 ] || refresh
  first=0
  secs_for=$SECS
  case $t in *:*) secs_for=${t#*:}; t=${t%%:*};; esac
  log="$LOGS/$t.log"
  start=$(date +%s)
  (cd "$WORK" && JAZZER_FUZZ=1 timeout -s INT -k 30 "$secs_for" nice -n 19 mvn -B -o surefire:test -DskipArchive=true \
      -Dtest="ReaderFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.keep_going=50 -Djazzer.hooks=true \
      -Djazzer.instrumentation_includes='sspr.doctor.**:com.fasterxml.jackson.core.**:org.yaml.snakeyaml.**:org.commonmark.**' \
      -Dfuzz.jvm=-Xmx512m >"$log" 2>&1)
  secs=$(( $(date +%s) - start ))
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1)
  execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
  rate=$(sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$last")
  cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
  found=0
  for f in "$WORK/$CORPUS/$t"/crash-* "$WORK/$CORPUS/$t"/timeout-* "$WORK/$CORPUS/$t"/oom-*; do
    [ -e "$f" ] || continue
    if [ ! -e "$CORPUS/$t/$(basename "$f")" ]; then cp "$f" "$CORPUS/$t/"; found=$((found + 1)); fi
  done
  kinds=$(grep -aoE 'FuzzTestFinding[^:]*: [^:]*: [^/]{0,60}|AssertionError: [^/→]{0,60}' "$log" | sed 's/|/\\|/g' | sort -u | head -5 | tr '\n' ';')
  echo "| $t | $secs | ${execs:-?} | ${rate:-?} | ${cov:-?} | $found new${kinds:+: $kinds} |" >> "$RESULTS.new"
done
mv "$RESULTS.new" "$RESULTS"
[ -n "${FUZZ_WORK:-}" ] || rm -rf "$WORK"
cat "$RESULTS"
