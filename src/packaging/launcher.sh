#!/bin/bash
# sspr-doctor launcher of the packages. In the jlink image (and the .deb) it runs the image's own runtime and start-up
# cache (a JDK 25 image: one AOT cache per command family in lib/aot/; a JDK 17 image: the AppCDS archive
# lib/sspr-doctor.jsa); in the Java archive, which has neither, the user's Java 17+ (JAVA_HOME, else PATH). Forks
# nothing on its usual path: only a launcher reached through a symbolic link is resolved (readlink), and on a
# terminal whose width is not exported one subshell lets bash read the width (checkwinsize). Keep in step with
# ../../sspr-doctor.
self="${BASH_SOURCE[0]}"
[[ -L "$self" ]] && self="$(readlink -f "$self")"
dir="${self%/*}"; [[ "$self" == */* ]] || dir=.
base="$dir/.."
lib="$base/lib"
if [[ -t 1 && -z "${COLUMNS:-}" ]]; then
  shopt -s checkwinsize
  if [[ -t 2 ]]; then (:); else exec 9>&2 2>&1; (:); exec 2>&9 9>&-; fi
  # bash before 5.0 (macOS's /bin/bash) sets nothing in a script: ask stty there
  [[ -n "${COLUMNS:-}" ]] || { size="$(stty size < /dev/tty 2>/dev/null || true)"; COLUMNS="${size#* }"; }
  [[ "$COLUMNS" =~ ^[0-9]+$ ]] && ((COLUMNS >= 20)) || COLUMNS=80   # a pseudo-terminal of unknown size
  export COLUMNS
fi
command=""
for ((i = 1; i <= $#; i++)); do
  case "${!i}" in
    --lang|--content-dir|--color) ((i++)) ;;
    -*) ;;
    *) command="${!i}"; break ;;
  esac
done
case "$command" in
  faq|articles|explain) family=read ;;
  diagnose|wizard) family=diagnose ;;
  audit|tenant) family=audit ;;
  help) family=help ;;
  *) family=other ;;
esac
for arg in "$@"; do if [[ "$arg" == --help || "$arg" == -h ]]; then family=help; fi; done   # help: picocli's own cache
[[ $# -eq 1 && ("$1" == --version || "$1" == -V) ]] && family=version
opts=(-XX:-UsePerfData)
[[ "$command" == audit ]] || opts+=(-XX:TieredStopAtLevel=1)
# Whether there is a console (standard input and output both terminals): the JVM's own look-up costs ~1 ms of a start
if [[ -t 0 && -t 1 ]]; then opts+=(-Dsspr.doctor.console=true); else opts+=(-Dsspr.doctor.console=false); fi
if [[ -z "${SSPR_DOCTOR_NO_AOT:-}" && -f "$lib/aot/$family.aot" ]]; then
  opts+=(-XX:AOTCache="$lib/aot/$family.aot" -XX:+UseSerialGC -Xlog:aot=off -Xlog:cds=off)
elif [[ -f "$lib/sspr-doctor.jsa" ]]; then
  opts+=(-XX:SharedArchiveFile="$lib/sspr-doctor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
read -r -a extra <<< "${SSPR_DOCTOR_JAVA_OPTS:-}"
java="$base/runtime/bin/java"
[[ -x "$java" ]] || java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" "${opts[@]}" "${extra[@]}" -cp "$lib/sspr-doctor.jar" sspr.doctor.cli.Main "$@"
