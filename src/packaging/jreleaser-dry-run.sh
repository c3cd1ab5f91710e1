#!/usr/bin/env bash
# JReleaser, offline and as a dry run (nothing is published): assembles the Java archive (its bin/sspr-doctor is
# src/packaging/launcher.sh, through src/jreleaser/assemblers/sspr-doctor/java-archive/bin/launcher.tpl) and
# generates the package-manager files, then checks that each exists and is well formed:
#   target/jreleaser/prepare/sspr-doctor/brew/Formula/sspr-doctor.rb    Homebrew formula
#   target/jreleaser/prepare/sspr-doctor/scoop/bucket/sspr-doctor.json   Scoop manifest
#   target/jreleaser/prepare/sspr-doctor/sdkman/requests.txt             SDKMAN release: JReleaser's SDKMAN packager
#       writes no file (a release is three calls to SDKMAN's vendor API); its dry-run publish logs the calls it
#       would make (release, announce, default), and they are kept here.
# Needs target/sspr-doctor.jar and target/dist/{man,completions} (mvn -B package, then src/packaging/build-packages.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
[[ -f target/sspr-doctor.jar && -d target/dist/man && -d target/dist/completions ]] \
  || { echo "jreleaser-dry-run: run 'mvn -B package' and src/packaging/build-packages.sh first" >&2; exit 2; }
fail() { echo "jreleaser-dry-run: $*" >&2; exit 1; }
# JReleaser 1.23.0 reads HEAD with JGit, which cannot open a linked git worktree (.git is a file there): without a
# commit it resolves no tag name and the Scoop manifest fails on it. In a worktree it runs in a throwaway clone.
work="$root"
if [[ -f .git ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  git clone -q --shared "$root" "$work/repo"
  work="$work/repo"
  git -C "$work" checkout -q "$(git rev-parse HEAD)"
  cp pom.xml "$work/pom.xml"                      # the configuration as it is now, committed or not
  rm -rf "$work/src/jreleaser" && cp -rP src/jreleaser "$work/src/" && cp src/packaging/launcher.sh "$work/src/packaging/"
  mkdir -p "$work/target/dist"
  cp target/sspr-doctor.jar "$work/target/" && cp -r target/dist/man target/dist/completions "$work/target/dist/"
fi
mvn_jr() { (cd "$work" && JRELEASER_GITHUB_TOKEN=none mvn -B -q -Prelease -Djreleaser.dry.run=true "$@") >"$root/target/jreleaser-dry-run.log" 2>&1 \
  || { cat "$root/target/jreleaser-dry-run.log" >&2; fail "mvn $* failed"; }; }
mvn_jr jreleaser:assemble jreleaser:prepare -Djreleaser.assemblers=javaArchive -Djreleaser.distributions=sspr-doctor
mvn_jr jreleaser:publish -Djreleaser.packagers=sdkman -Djreleaser.distributions=sspr-doctor
prepared="$work/target/jreleaser/prepare/sspr-doctor"
mkdir -p "$prepared/sdkman"
sed -n 's/^.*\[sdkman\] \(sdkman\.[a-z]*: .*\)$/\1/p' "$work/target/jreleaser/trace.log" > "$prepared/sdkman/requests.txt"
if [[ "$work" != "$root" ]]; then
  rm -rf target/jreleaser && mkdir -p target && cp -r "$work/target/jreleaser" target/
fi
out=target/jreleaser/prepare/sspr-doctor
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
zip="target/jreleaser/assemble/sspr-doctor/java-archive/sspr-doctor-$version.zip"
[[ -f "$zip" ]] || fail "no Java archive $zip"
sha="$(sha256sum "$zip" | cut -d' ' -f1)"
formula="$out/brew/Formula/sspr-doctor.rb"
[[ -f "$formula" ]] || fail "no Homebrew formula"
grep -q "sha256 \"$sha\"" "$formula" || fail "the formula's sha256 is not the archive's"
grep -q "url \".*sspr-doctor-$version.zip\"" "$formula" || fail "the formula has no archive url"
ruby -c "$formula" >/dev/null 2>&1 || ! command -v ruby >/dev/null || fail "the formula is not valid Ruby"
manifest="$out/scoop/bucket/sspr-doctor.json"
[[ -f "$manifest" ]] || fail "no Scoop manifest"
python3 - "$manifest" "$sha" "$version" <<'PY' || fail "the Scoop manifest is not what it should be"
import json, sys
m = json.load(open(sys.argv[1]))
assert m["hash"] == "sha256:" + sys.argv[2], m["hash"]
assert m["version"] == sys.argv[3] and m["url"].endswith("sspr-doctor-%s.zip" % sys.argv[3]), m
assert m["env_add_path"] == "bin" and "$version" in m["autoupdate"]["url"], m
PY
requests="$out/sdkman/requests.txt"
grep -q "^sdkman.release: Release\[candidate='sspr-doctor', version='$version', platform='UNIVERSAL', url='.*sspr-doctor-$version.zip'\]" "$requests" \
  || fail "no SDKMAN release request: $(cat "$requests")"
grep -q "^sdkman.default: " "$requests" || fail "no SDKMAN default-version request"
# the archive's launcher is the project's own (forks nothing), not JReleaser's generic one
unzip -p "$zip" "sspr-doctor-$version/bin/sspr-doctor" | cmp -s - src/packaging/launcher.sh || fail "the archive's bin/sspr-doctor is not src/packaging/launcher.sh"
echo "jreleaser-dry-run: $formula, $manifest, $requests"
