#!/bin/bash
# Makes the AppCDS archive of a JDK 17 image where it is installed: JDK 17 records the jar's path as the launcher gives
# it and refuses the archive anywhere else, so it cannot be made at package time. Run by the .deb's postinst; the
# launcher in <root>/usr/bin reaches the jar as <root>/usr/bin/../lib/sspr-doctor/lib/sspr-doctor.jar.
# (Install time, not start-up: forks are fine here.)
set -euo pipefail
lib="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${lib%/usr/lib/sspr-doctor/lib}"
jar="$root/usr/bin/../lib/sspr-doctor/lib/sspr-doctor.jar"
rm -f "$lib/sspr-doctor.jsa"
"$lib/../runtime/bin/java" -XX:ArchiveClassesAtExit="$lib/sspr-doctor.jsa" -XX:TieredStopAtLevel=1 -Xlog:cds=off \
  -cp "$jar" sspr.doctor.cli.Training >/dev/null 2>&1 || true
# a failed or partial archive only costs speed: the launcher uses what exists, the JVM ignores what it cannot map
