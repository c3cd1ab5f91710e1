#!/usr/bin/env bash
# Rule-evaluation benchmark: every actor role x target role x hybrid x writeback x portal combination
# (derived facts + decision table), in one JVM. Run on demand; results go to bench/results/rules.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p bench/results
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" sspr.doctor.bench.RuleEvaluationBench "${1:-5}" target/rules-bench.txt
out="$(cat target/rules-bench.txt)"
echo "$out"
{ echo "# Rule-evaluation benchmark"; echo; echo "\`bench/rules.sh\`, $(date -u +%F), JDK $(java -version 2>&1 | head -1)."; echo; echo '```'; echo "$out"; echo '```'; } > bench/results/rules.md
