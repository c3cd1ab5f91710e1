#!/usr/bin/env bash
# CI: builds the packages (src/packaging/build-packages.sh), installs the .deb into a scratch root with
# 'dpkg -x', and runs the installed binary with no JDK anywhere on PATH (the jlink image's own java);
# every man page must render with 'man -l' without warnings, every completion script must parse; then JReleaser's
# dry run must generate the Homebrew, Scoop and SDKMAN files (src/packaging/jreleaser-dry-run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/sspr-doctor.jar ]] || mvn -B -q -DskipTests package
deb="${SSPR_DOCTOR_DEB:-}"   # an already built .deb may be given
[[ -n "$deb" ]] || deb="$(src/packaging/build-packages.sh | tail -1)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dpkg-deb --info "$deb" >/dev/null
dpkg -x "$deb" "$scratch/root"
fail() { echo "package-test: $*" >&2; exit 1; }

# no JDK: PATH holds only the installed /usr/bin, JAVA_HOME is unset, nothing else in the environment
bin="$scratch/root/usr/bin/sspr-doctor"
run() { env -i PATH="$scratch/root/usr/bin" HOME="$scratch" LANG=C.UTF-8 "$bin" "$@"; }
env -i PATH="$scratch/root/usr/bin" bash -c 'command -v java' >/dev/null 2>&1 && fail "a java is on the test PATH"
out="$(run diagnose --role user-admin --hybrid)" && code=0 || code=$?
[[ $code -eq 0 || $code -eq 1 ]] || fail "diagnose exited $code"
grep -q "writeback" <<< "$out" || fail "diagnose printed no writeback finding: $out"
run diagnose --role user-admin --hybrid --format json | grep -q '"verdict"' || fail "diagnose --format json"
run faq list --lang zh-TW | grep -q . || fail "faq list"
run articles show issues-with-credentials --lang zh-TW | grep -q . || fail "articles show"
run explain 6329 | grep -q 6329 || fail "explain"
run --version | grep -q . || fail "--version"
# the image starts from its own cache, trained with its own java: the JVM must refuse to run if it cannot map it
lib="$scratch/root/usr/lib/sspr-doctor/lib"
if [[ -d "$lib/aot" ]]; then
  for family in version read diagnose audit help other; do [[ -f "$lib/aot/$family.aot" ]] || fail "no AOT cache for $family"; done
  strict=-XX:AOTMode=on
else
  # a JDK 17 image: its postinst makes the AppCDS archive where the jar is installed; dpkg -x runs no postinst
  [[ -x "$lib/make-cds" ]] || fail "the image has neither AOT caches nor lib/make-cds"
  control="$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)"
  grep -q 'postinst$' <<< "$control" || fail "the JDK 17 .deb has no postinst"
  "$lib/make-cds"
  [[ -f "$lib/sspr-doctor.jsa" ]] || fail "make-cds made no CDS archive"
  strict=-Xshare:on
fi
strict_out="$(env -i PATH="$scratch/root/usr/bin" HOME="$scratch" LANG=C.UTF-8 SSPR_DOCTOR_JAVA_OPTS="$strict" "$bin" \
  diagnose --role user-admin --hybrid 2>&1)" || true   # (the JVM says why on stdout)
grep -q "writeback" <<< "$strict_out" || fail "the image's start-up cache is not usable ($strict): $strict_out"
# the image carries no desktop module
"$scratch/root/usr/lib/sspr-doctor/runtime/bin/java" --list-modules | grep -q '^java.desktop' && fail "java.desktop is in the image"

# man pages: every page renders, troff reports nothing
pages=("$scratch"/root/usr/share/man/man1/*.1.gz)
(( ${#pages[@]} >= 10 )) || fail "only ${#pages[@]} man pages"
for page in "${pages[@]}"; do
  warnings="$(MANWIDTH=80 MANPAGER=cat man --warnings -l "$page" 2>&1 >/dev/null)"
  [[ -z "$warnings" ]] || fail "man -l $(basename "$page"): $warnings"
  MANWIDTH=80 MANPAGER=cat man -l "$page" 2>/dev/null | grep -q "NAME" || fail "man -l $(basename "$page") rendered no NAME section"
done
MANPAGER=cat man -l "$scratch/root/usr/share/man/man1/sspr-doctor-diagnose.1.gz" | grep -q -- "--role" || fail "diagnose page lacks --role"

# completion scripts installed where bash-completion, zsh and fish look, and each one parses
bash -n "$scratch/root/usr/share/bash-completion/completions/sspr-doctor"
if command -v zsh >/dev/null; then zsh -n "$scratch/root/usr/share/zsh/vendor-completions/_sspr-doctor"; fi
if command -v fish >/dev/null; then fish --no-config -n "$scratch/root/usr/share/fish/vendor_completions.d/sspr-doctor.fish"; fi
echo "package-test: $(basename "$deb") installs and runs without a JDK; ${#pages[@]} man pages render"

# JReleaser (dry run, offline): the Java archive with the project's launcher, and the Homebrew, Scoop and SDKMAN files
if [[ -n "${SSPR_DOCTOR_DEB:-}" && ! -d target/dist/man ]]; then
  echo "package-test: JReleaser files not checked (a given .deb, no target/dist from src/packaging/build-packages.sh)"
else
  src/packaging/jreleaser-dry-run.sh
fi
