#!/bin/bash
# sspr-doctor launcher of the jlink image: its own runtime and class-data archive; forks nothing
# (only when started through a symbolic link is it resolved, with readlink).
self="${BASH_SOURCE[0]}"
[[ -L "$self" ]] && self="$(readlink -f "$self")"
base="${self%/*}/.."
lib="$base/lib"
opts=(-XX:-UsePerfData)
[[ "${1:-}" == audit ]] || opts+=(-XX:TieredStopAtLevel=1)
[[ -f "$lib/sspr-doctor.jsa" ]] && opts+=(-XX:SharedArchiveFile="$lib/sspr-doctor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
read -r -a extra <<< "${SSPR_DOCTOR_JAVA_OPTS:-}"
exec "$base/runtime/bin/java" "${opts[@]}" "${extra[@]}" -cp "$lib/sspr-doctor.jar" sspr.doctor.cli.Main "$@"
