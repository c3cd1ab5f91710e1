#!/bin/bash
# sspr-doctor launcher of the Java archive: the user's Java 17+ (JAVA_HOME, else PATH). Forks nothing on its usual
# path: only a launcher reached through a symbolic link is resolved (readlink), and on a terminal whose width is not
# exported one subshell lets bash read the width (checkwinsize).
self="${BASH_SOURCE[0]}"
[[ -L "$self" ]] && self="$(readlink -f "$self")"
dir="${self%/*}"; [[ "$self" == */* ]] || dir=.
lib="$dir/../lib"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -t 1 && -z "${COLUMNS:-}" ]]; then
  shopt -s checkwinsize
  if [[ -t 2 ]]; then (:); else exec 9>&2 2>&1; (:); exec 2>&9 9>&-; fi
  # bash before 5.0 (macOS's /bin/bash) sets nothing in a script: ask stty there
  [[ -n "${COLUMNS:-}" ]] || { size="$(stty size < /dev/tty 2>/dev/null || true)"; COLUMNS="${size#* }"; }
  [[ "$COLUMNS" =~ ^[0-9]+$ ]] && ((COLUMNS >= 20)) || COLUMNS=80   # a pseudo-terminal of unknown size
  export COLUMNS
fi
# the subcommand: the first word that is neither a global option nor its value
command=""
for ((i = 1; i <= $#; i++)); do
  case "${!i}" in
    --lang|--content-dir|--color) ((i++)) ;;
    -*) ;;
    *) command="${!i}"; break ;;
  esac
done
opts=(-XX:-UsePerfData)
# short runs start faster with C1 only; a bulk audit runs long enough for C2 to pay off
[[ "$command" == audit ]] || opts+=(-XX:TieredStopAtLevel=1)
read -r -a extra <<< "${SSPR_DOCTOR_JAVA_OPTS:-}"
exec "$java" "${opts[@]}" "${extra[@]}" -cp "$lib/sspr-doctor.jar" sspr.doctor.cli.Main "$@"
