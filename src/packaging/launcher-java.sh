#!/bin/bash
# sspr-doctor launcher of the Java archive: the user's Java 17+ (JAVA_HOME, else PATH); forks nothing
# (only when started through a symbolic link is it resolved, with readlink).
self="${BASH_SOURCE[0]}"
[[ -L "$self" ]] && self="$(readlink -f "$self")"
lib="${self%/*}/../lib"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
opts=(-XX:-UsePerfData)
[[ "${1:-}" == audit ]] || opts+=(-XX:TieredStopAtLevel=1)
read -r -a extra <<< "${SSPR_DOCTOR_JAVA_OPTS:-}"
exec "$java" "${opts[@]}" "${extra[@]}" -cp "$lib/sspr-doctor.jar" sspr.doctor.cli.Main "$@"
