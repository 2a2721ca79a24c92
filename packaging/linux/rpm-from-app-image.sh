#!/usr/bin/env bash
# Builds the .rpm from what a Linux `./mvnw -Ppackage package` left in target/jpackage: its app-image (with
# the class list) and its filtered jpackage arguments for the installer, with the package type and the GTK 3
# dependency swapped. Only jpackage's installer step runs again (about 10 s), not jlink and the app-image.
# Needs rpmbuild: the Debian package rpm, Fedora's rpm-build. The Linux package profile runs it with --if-possible
# after the .deb: then a missing rpmbuild only skips the .rpm, with a note, and an .rpm build already made it.
# Usage: packaging/linux/rpm-from-app-image.sh [--if-possible]
set -euo pipefail
cd "$(dirname "$0")/../.."
jpackage_dir=target/jpackage
args=$jpackage_dir/args/installer-linux.txt
[ -f "$args" ] && [ -d "$jpackage_dir/dist/opsworks-safety-console" ] \
  || { echo "no Linux app-image in $jpackage_dir; run ./mvnw -Ppackage package first" >&2; exit 2; }
if [ "${1:-}" = --if-possible ]; then
  grep -qx -- '--type rpm' "$args" && exit 0
  command -v rpmbuild >/dev/null || { echo ".rpm skipped: no rpmbuild (the rpm package on Debian)"; exit 0; }
fi
command -v rpmbuild >/dev/null || { echo "rpmbuild is missing: install the rpm package (Debian) or rpm-build (Fedora)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Fedora's name for GTK 3, where the .deb names Debian's.
sed -e 's/^--type .*/--type rpm/' -e 's/^--linux-package-deps .*/--linux-package-deps gtk3/' "$args" > "$work/installer-rpm.txt"
grep -qx -- '--type rpm' "$work/installer-rpm.txt" && grep -qx -- '--linux-package-deps gtk3' "$work/installer-rpm.txt" \
  || { echo "$args has no --type or --linux-package-deps line to swap" >&2; exit 1; }
# jpackage will not overwrite a package.
rm -f "$jpackage_dir"/dist/opsworks-safety-console-*.rpm
"${JAVA_HOME:+$JAVA_HOME/bin/}jpackage" "@$work/installer-rpm.txt"
ls "$jpackage_dir"/dist/opsworks-safety-console-*.rpm
