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
  # Where the floor is for any picocli tool: the smallest picocli commands, with the same flags and
  # their own AOT cache as the launcher gives sspr-doctor: one annotated, one built through the API.
  cat > target/bench/MinimalAnnotated.java <<'JAVA'
@picocli.CommandLine.Command(name = "minimal", mixinStandardHelpOptions = true, version = "minimal 1")
public class MinimalAnnotated implements Runnable {
    @picocli.CommandLine.Option(names = "--lang") String lang;
    public void run() { System.out.println("hello"); }
    public static void main(String[] a) { System.exit(new picocli.CommandLine(new MinimalAnnotated()).execute(a)); }
}
JAVA
  cat > target/bench/MinimalProgrammatic.java <<'JAVA'
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
public class MinimalProgrammatic {
    public static void main(String[] a) {
        CommandSpec spec = CommandSpec.create().name("minimal").mixinStandardHelpOptions(true).version("minimal 1");
        spec.addOption(OptionSpec.builder("--lang").type(String.class).build());
        CommandLine cl = new CommandLine(spec);
        cl.setExecutionStrategy(r -> { if (!CommandLine.printHelpIfRequested(r)) System.out.println("hello"); return 0; });
        System.exit(cl.execute(a));
    }
}
JAVA
  mkdir -p target/bench/minimal
  javac --release 17 -cp target/sspr-doctor.jar -d target/bench/minimal target/bench/Minimal*.java
  jar cf target/bench/minimal.jar -C target/bench/minimal .   # an AOT cache takes jars, not folders
  fast=(-XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:aot=off -Xlog:cds=off)
  for m in MinimalAnnotated MinimalProgrammatic; do
    "$jdk25/bin/java" -XX:AOTCacheOutput=target/bench/$m.aot "${fast[@]}" -cp target/bench/minimal.jar:target/sspr-doctor.jar $m --version >/dev/null 2>&1
    cmds+=(-n "probe: minimal picocli command, $m (JDK 25 + AOT cache)"
           "$jdk25/bin/java ${fast[*]} -XX:AOTCache=target/bench/$m.aot -cp target/bench/minimal.jar:target/sspr-doctor.jar $m --version")
  done
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
floor25 = next((r["median"] for r in d if r["command"] == "hello-world java -cp (JDK 25)"), None)
lines = ["# Start-up benchmark", "",
         f"Measured {datetime.date.today()} on this machine ({__import__('os').cpu_count()} cores) with hyperfine, "
         "medians. Produced by `bench/startup.sh`. The launcher runs sspr-doctor on JDK 25 with the AOT cache "
         "when a JDK 25 is installed, so its same-JDK floor is the JDK 25 hello world; the AppCDS and plain "
         "rows run on JDK 17.", "",
         "| command | median ms | mean ± σ ms | × JDK 17 floor | × JDK 25 floor |", "|---|---|---|---|---|"]
for r in d:
    r25 = f"{r['median']/floor25:.2f}×" if floor25 else "—"
    lines.append(f"| {r['command']} | {r['median']*1000:.0f} | {r['mean']*1000:.0f} ± {r['stddev']*1000:.0f} "
                 f"| {r['median']/floor:.2f}× | {r25} |")
lines += ["", "## Where the time goes", "",
          "`-Xlog:class+init=info:file=…:uptime` on `diagnose --role user-admin --hybrid --format json` (JDK 25, AOT "
          "cache; the log itself adds a few ms): the JVM and the AOT cache have every class loaded by ~30 ms; "
          "picocli's static set-up and the root command's model take ~24 ms (annotation proxies, method handles), "
          "the `diagnose` command's model ~14 ms, messages ~5 ms, decoding the precompiled decision table ~7 ms, "
          "the role catalog ~6 ms, derived facts, rules, FAQ links and JSON ~5 ms. The probe rows show the floor "
          "for any picocli tool on this JVM: the smallest annotated picocli command already takes ~2.6× the "
          "hello-world, and one built through picocli's API ~2.2×, so the 1.5× goal cannot be met while the "
          "command line is picocli on HotSpot; what is left of ours is ~30–40 ms above that probe."]
open("bench/results/startup.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
