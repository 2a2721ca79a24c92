#!/usr/bin/env bash
# Installs the .deb for real (apt resolves its dependencies), so its maintainer scripts run: postinst must
# make the class-data sharing archive and name it in the launcher's configuration, the installed launcher
# must start on it, and removing the package must leave nothing in /opt. Changes the system: CI only.
# Usage: packaging/install-test.sh [path/to/opsworks-safety-console_*.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls target/jpackage/dist/opsworks-safety-console_*.deb 2>/dev/null | head -1)}")
app=/opt/opsworks-safety-console
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
fail() {
  echo "package install test FAILED: $*" >&2
  exit 1
}
[ ! -e "$app" ] || fail "$app already exists; remove the installed package first"
# xdg-desktop-menu (called by the package to add its menu entry) needs a system menu folder, which a bare
# container lacks; a desktop has it.
as_root mkdir -p /usr/share/desktop-directories
install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" > /dev/null
}
install || { as_root apt-get update -qq && install; } || fail "apt-get install $deb"
trap 'as_root dpkg -r opsworks-safety-console > /dev/null 2>&1 || true' EXIT

[ -f "$app/lib/app/console.jsa" ] || fail "postinst made no CDS archive"
grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/console.jsa$' "$app/lib/app/opsworks-safety-console.cfg" \
  || fail "the launcher's configuration does not name the archive"
home=$(mktemp -d)
# -Xshare:on makes the JVM refuse to start unless the archive maps: proof it is used, not just present.
out=$(XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
  JAVA_TOOL_OPTIONS=-Xshare:on timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" \
  "$app/bin/opsworks-safety-console" --smoke-test 2>&1) || { echo "$out" >&2; fail "the installed app did not start"; }
rm -rf "$home"
echo "$out" | grep "smoke test:"

as_root dpkg -r opsworks-safety-console > /dev/null
trap - EXIT
[ ! -e "$app" ] || fail "removing the package left $app behind: $(find "$app" | head -5)"
echo "package install test passed: postinst made the CDS archive, the installed app started on it, removal left nothing"
