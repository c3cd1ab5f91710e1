#!/usr/bin/env bash
# Builds the packages from target/ (after 'mvn -B package'), offline, into target/dist:
#   sspr-doctor-VERSION.tar.gz / .zip   Java archive: bin/sspr-doctor, lib/, man/man1, completions/ (needs Java 17+)
#   sspr-doctor-VERSION-linux-x86_64/    jlink image with its own runtime (no JDK needed) and start-up caches
#                                        (JDK 25 if installed: AOT cache per command family; else JDK 17: CDS archive)
#   sspr-doctor_VERSION_amd64.deb        the jlink image installed under /usr/lib/sspr-doctor, /usr/bin/sspr-doctor,
#                                        man pages in /usr/share/man/man1, bash/zsh/fish completions
# Tools: the JDK's jdeps/jlink, Debian's asciidoctor (man pages) and dpkg-deb. JReleaser's assemblers need the
# same inputs; this script is what CI runs (see .ci/package-test.sh) because it needs nothing from the network.
set -euo pipefail
cd "$(dirname "$0")/../.."   # the repository root
# The jlink image's runtime: Temurin 25 when it is installed (its AOT caches start the tool faster than JDK 17's CDS;
# the classes stay --release 17), else the JDK 17 that built the jar. SSPR_DOCTOR_JLINK_JDK chooses one explicitly.
jdk25="${SSPR_DOCTOR_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jdk17="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
if [[ -n "${SSPR_DOCTOR_JLINK_JDK:-}" ]]; then jdk="$SSPR_DOCTOR_JLINK_JDK"
elif [[ -x "$jdk25/bin/jlink" ]]; then jdk="$jdk25"
else jdk="$jdk17"; fi
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
jar=target/sspr-doctor.jar
[[ -f "$jar" && -d target/man ]] || { echo "build-packages: run 'mvn -B package' first" >&2; exit 2; }
dist=target/dist
rm -rf "$dist" && mkdir -p "$dist"

# 1. man pages: troff from the AsciiDoc pages the build generated from the picocli model
man="$dist/man/man1"
mkdir -p "$man"
asciidoctor -b manpage -a "mansource=sspr-doctor $version" -a manmanual="sspr-doctor Manual" -D "$man" target/man/*.adoc
# 2. completion scripts
comp="$dist/completions"
mkdir -p "$comp"
for shell in bash zsh fish; do java -jar "$jar" completion "$shell" > "$comp/sspr-doctor.$shell"; done

# 3. Java archive (runs on the user's Java 17+)
arch="$dist/sspr-doctor-$version"
mkdir -p "$arch/bin" "$arch/lib" "$arch/man" "$arch/completions"
cp "$jar" "$arch/lib/"
cp -r "$man" "$arch/man/"
cp "$comp"/* "$arch/completions/"
cp src/packaging/launcher.sh "$arch/bin/sspr-doctor"
cp README.md content/catalog/NOTICE.md "$arch/" 2>/dev/null || true
chmod 755 "$arch/bin/sspr-doctor"
tar -C "$dist" -czf "$dist/sspr-doctor-$version.tar.gz" "sspr-doctor-$version"
(cd "$dist" && rm -f "sspr-doctor-$version.zip" && { command -v zip >/dev/null && zip -qr "sspr-doctor-$version.zip" "sspr-doctor-$version" || true; })

# 4. jlink image: only the modules the jar needs. jdeps also reports java.desktop, pulled in by code that never
#    runs here (Jackson's optional java.beans support, SnakeYAML's bean introspector, JLine's console builtins),
#    so it is left out; java.net.http and jdk.crypto.ec serve 'tenant fetch'/'diagnose --graph' over HTTPS
#    (jdk.crypto.ec is folded into java.base from JDK 22 on, and kept only where it still exists).
modules="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" | tr ',' '\n' \
  | grep -v '^java.desktop$' | paste -sd, -)"
modules="$modules,java.net.http,jdk.localedata"
"$jdk/bin/java" --list-modules | grep -q '^jdk.crypto.ec@' && modules="$modules,jdk.crypto.ec"
image="$dist/sspr-doctor-$version-linux-x86_64"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,id,zh,th --strip-debug --no-man-pages --no-header-files \
  --compress=2 --generate-cds-archive --output "$image/runtime" 2>&1 | { grep -v 'compress.*deprecated' >&2 || true; }
mkdir -p "$image/bin" "$image/lib"
cp "$jar" "$image/lib/"
cp src/packaging/launcher.sh "$image/bin/sspr-doctor"
chmod 755 "$image/bin/sspr-doctor"
# The image's own start-up cache, trained on representative commands with the image's own java.
aot=false
"$image/runtime/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' && aot=true
if $aot; then
  # The class path is written relative to bin/ (the training runs there): a JDK 25 cache then stays valid wherever
  # the image is unpacked or installed, as long as the jar keeps its place beside the runtime.
  # JDK 25: one AOT cache per command family (sspr.doctor.cli.Training.FAMILIES), picked by the launcher
  mkdir -p "$image/lib/aot"
  for family in version read diagnose audit help other; do   # (the training's own exit code is the last command's)
    (cd "$image/bin" && ../runtime/bin/java -XX:AOTCacheOutput="../lib/aot/$family.aot" -XX:TieredStopAtLevel=1 \
      -XX:+UseSerialGC -cp ../lib/sspr-doctor.jar sspr.doctor.cli.Training "$family") >/dev/null 2>&1 || true
  done
else
  # JDK 17: an AppCDS archive records the jar's path as given and cannot be moved, so none is made here; the .deb
  # makes it at install time, where the jar is (lib/make-cds, run by its postinst).
  cp src/packaging/make-cds.sh "$image/lib/make-cds"
  chmod 755 "$image/lib/make-cds"
fi
tar -C "$dist" -czf "$image.tar.gz" "$(basename "$image")"

# 5. .deb: the image under /usr/lib/sspr-doctor, the launcher in /usr/bin, man pages and completions
root="$dist/deb-root"
mkdir -p "$root/DEBIAN" "$root/usr/lib/sspr-doctor" "$root/usr/bin" "$root/usr/share/man/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d" "$root/usr/share/doc/sspr-doctor"
cp -r "$image/runtime" "$image/lib" "$root/usr/lib/sspr-doctor/"
sed 's:^base=.*:base="$dir/../lib/sspr-doctor":' src/packaging/launcher.sh > "$root/usr/bin/sspr-doctor"
chmod 755 "$root/usr/bin/sspr-doctor"
for f in "$man"/*.1; do gzip -9n < "$f" > "$root/usr/share/man/man1/$(basename "$f").gz"; done
cp "$comp/sspr-doctor.bash" "$root/usr/share/bash-completion/completions/sspr-doctor"
cp "$comp/sspr-doctor.zsh" "$root/usr/share/zsh/vendor-completions/_sspr-doctor"
cp "$comp/sspr-doctor.fish" "$root/usr/share/fish/vendor_completions.d/sspr-doctor.fish"
cp content/catalog/NOTICE.md "$root/usr/share/doc/sspr-doctor/" 2>/dev/null || true
size="$(du -sk "$root/usr" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" src/packaging/deb-control > "$root/DEBIAN/control"
if ! $aot; then   # a JDK 17 image: its AppCDS archive is made on the machine, and removed with the package
  cp src/packaging/deb-postinst "$root/DEBIAN/postinst"
  cp src/packaging/deb-postrm "$root/DEBIAN/postrm"
  chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
fi
# xz level 1: the AOT caches (~20 MB each) take ~20 s apiece at the default level 6 for ~10 % less size
dpkg-deb --root-owner-group -Zxz -z1 --build "$root" "$dist/sspr-doctor_${version}_amd64.deb" >/dev/null
echo "$dist/sspr-doctor_${version}_amd64.deb"
