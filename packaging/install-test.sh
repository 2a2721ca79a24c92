#!/usr/bin/env bash
# Installs the package so that its own scripts run: the post-install must make the class-data sharing
# archive and name it in the launcher's configuration, the installed launcher must start on it, and removing
# the package must leave nothing behind. Runs as root and changes the system: CI only.
# A .deb is installed for real (apt resolves its dependencies) into /opt. A .rpm cannot be, on Debian (no
# rpm database, no Fedora dependencies): rpm installs it into a database of its own, moved to a temporary
# folder (--prefix, as the package allows) and without dependencies; rpm still runs its %post and %preun.
# Usage: packaging/install-test.sh [path/to/opsworks-safety-console_*.deb | path/to/opsworks-safety-console-*.rpm]
#        (the .deb when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=$(realpath "${1:-$(ls target/jpackage/dist/opsworks-safety-console_*.deb 2>/dev/null | head -1)}")
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
fail() {
  echo "package install test FAILED ($(basename "$pkg")): $*" >&2
  exit 1
}
# Also for the .rpm: its scripts' menu commands name /opt/opsworks-safety-console and would act on that one.
[ ! -e /opt/opsworks-safety-console ] || fail "/opt/opsworks-safety-console already exists; remove the installed package first"
case "$pkg" in
  *.deb)
    app=/opt/opsworks-safety-console
    # xdg-desktop-menu (called by the package to add its menu entry) needs a system menu folder, which a
    # bare container lacks; a desktop has it.
    as_root mkdir -p /usr/share/desktop-directories
    install() {
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" > /dev/null
    }
    install || { as_root apt-get update -qq && install; } || fail "apt-get install"
    remove() { as_root dpkg -r opsworks-safety-console > /dev/null; }
    ;;
  *.rpm)
    rpmroot=$(mktemp -d)
    app=$rpmroot/opt/opsworks-safety-console
    rpm=(as_root rpm --dbpath "$rpmroot/db")
    # The menu commands fail (no file under /opt) without failing the scripts, as the package wants.
    "${rpm[@]}" -i --nodeps --prefix "$rpmroot/opt" "$pkg" 2>&1 | grep -v 'Alien\|assuming you know\|xdg-desktop-menu: file' || true
    "${rpm[@]}" -q opsworks-safety-console > /dev/null || fail "rpm -i"
    remove() { "${rpm[@]}" -e opsworks-safety-console 2>&1 | grep -v 'Alien\|assuming you know\|xdg-desktop-menu' || true; }
    ;;
  *) echo "not a .deb or .rpm: $pkg" >&2; exit 2 ;;
esac
trap 'remove > /dev/null 2>&1 || true; [ -z "${rpmroot:-}" ] || as_root rm -rf "$rpmroot"' EXIT

[ -f "$app/lib/app/console.jsa" ] || fail "the post-install made no CDS archive"
grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/console.jsa$' "$app/lib/app/opsworks-safety-console.cfg" \
  || fail "the launcher's configuration does not name the archive"
home=$(mktemp -d)
# -Xshare:on makes the JVM refuse to start unless the archive maps: proof it is used, not just present.
out=$(XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
  JAVA_TOOL_OPTIONS=-Xshare:on timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" \
  "$app/bin/opsworks-safety-console" --smoke-test 2>&1) || { echo "$out" >&2; fail "the installed app did not start"; }
rm -rf "$home"
echo "$out" | grep "smoke test:"

remove
trap - EXIT
[ ! -e "$app" ] || fail "removing the package left $app behind: $(find "$app" | head -5)"
[ -z "${rpmroot:-}" ] || as_root rm -rf "$rpmroot"
echo "package install test passed: $(basename "$pkg"): the post-install made the CDS archive, the installed app started on it, removal left nothing"
