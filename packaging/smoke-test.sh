#!/usr/bin/env bash
# Unpacks the .deb or .rpm built by `./mvnw -Ppackage package` (the .rpm by packaging/linux/rpm-from-app-image.sh)
# without installing it, checks what it declares (GTK 3; a post-install that makes the CDS archive, a
# pre-removal that deletes it), and runs the unpacked launcher with --smoke-test under a private X server:
# the packaged app must open its window on the demo and draw the banner. Then the headless checks.
# Usage: packaging/smoke-test.sh [path/to/opsworks-safety-console_*.deb | path/to/opsworks-safety-console-*.rpm]
#        (the .deb when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=${1:-$(ls target/jpackage/dist/opsworks-safety-console_*.deb 2>/dev/null | head -1)}
[ -f "$pkg" ] || { echo "no package found; run ./mvnw -Ppackage package first" >&2; exit 2; }
pkg=$(realpath "$pkg")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "packaged app smoke test FAILED ($(basename "$pkg")): $*" >&2
  exit 1
}
mkdir "$work/root"
case "$pkg" in
  *.deb)
    dpkg -x "$pkg" "$work/root"
    dpkg-deb -f "$pkg" Depends | tr ',' '\n' | grep -qw 'libgtk-3-0' || fail "it does not depend on libgtk-3-0"
    post=$(dpkg-deb -I "$pkg" postinst)
    pre=$(dpkg-deb -I "$pkg" prerm)
    ;;
  *.rpm)
    (cd "$work/root" && rpm2cpio "$pkg" | cpio -idm --quiet)
    rpm -qp --requires "$pkg" | grep -qx 'gtk3' || fail "it does not require gtk3"
    post=$(rpm -qp --queryformat '%{POSTIN}' "$pkg")
    pre=$(rpm -qp --queryformat '%{PREUN}' "$pkg")
    ;;
  *) echo "not a .deb or .rpm: $pkg" >&2; exit 2 ;;
esac
grep -v '^ *#' <<<"$post" | grep -q 'lib/app/make-cds-archive\.sh' || fail "its post-install does not make the CDS archive"
grep -v '^ *#' <<<"$pre" | grep -q 'rm -f .*lib/app/console\.jsa' || fail "its pre-removal does not delete the CDS archive"
launcher="$work/root/opt/opsworks-safety-console/bin/opsworks-safety-console"
# The menu entry names the window's class, so docks group the running window with it (DesktopEntryTest).
grep -qx 'StartupWMClass=safetyconsole.ui.shell.ConsoleApp' "$work"/root/opt/opsworks-safety-console/lib/*.desktop \
  || fail "its menu entry does not name the window class (StartupWMClass)"
[ -x "$launcher" ] || fail "the package has no launcher at /opt/opsworks-safety-console/bin"
[ -x "$work/root/opt/opsworks-safety-console/lib/runtime/bin/opsworks-safety-console" ] \
  || fail "the runtime has no java under the app's name (the process would be called java)"
[ -f "$work/root/opt/opsworks-safety-console/lib/app/make-cds-archive.sh" ] \
  && [ -f "$work/root/opt/opsworks-safety-console/lib/app/classes.lst" ] || fail "the package has no class list for the CDS archive"
# Folders of its own (the app follows XDG; Java ignores $HOME): the smoke test must not read or write the
# user's settings, audit log, window state or logs.
# user.home too, to see that JavaFX loads its native libraries from the runtime instead of unpacking them there;
# java.io.tmpdir, to see that nothing is left behind there.
# rpm and dpkg on the PATH only note that they were asked: the launcher must not query the package database.
mkdir -p "$work/home" "$work/spy" "$work/tmp"
for tool in rpm dpkg; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\nexit 1\n' "$tool" "$work/package-queries.txt" > "$work/spy/$tool"
  chmod +x "$work/spy/$tool"
done
set +e
HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state" \
  JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.io.tmpdir=$work/tmp -Xlog:class+load:file=$work/classes.txt" \
  PATH="$work/spy:$PATH" \
  timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" "$launcher" --smoke-test > "$work/out.txt" 2>&1
code=$?
set -e
grep "smoke test:" "$work/out.txt" || tail -20 "$work/out.txt"
[ "$code" -eq 0 ] || fail "the window did not start (exit $code)"
[ ! -e "$work/home/.openjfx" ] || fail "JavaFX unpacked its native libraries into the user's home (~/.openjfx)"
# JavaFX copies the icon fonts to the temporary folder and deletes the copies when the JVM shuts down.
[ -z "$(ls "$work/tmp")" ] || fail "it left files in the temporary folder: $(ls "$work/tmp" | head -3 | tr '\n' ' ')"
[ ! -s "$work/package-queries.txt" ] || fail "the launcher queried the package manager: $(head -1 "$work/package-queries.txt")"
# The demo never touches AWS, so opening it must not load the SDK (its clients are made on first use).
sdk_classes=$(grep -c ' software\.amazon\.' "$work/classes.txt" || true)
[ "$sdk_classes" -eq 0 ] || fail "opening the demo loaded $sdk_classes AWS SDK classes: $(grep -m1 ' software\.amazon\.' "$work/classes.txt")"
grep -q ' safetyconsole\.' "$work/classes.txt" || fail "no class load log to check for AWS SDK classes"
# The headless check from the same launcher: a clean stack exits 0, the demo's findings exit 1.
XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state" \
  "$launcher" check --stack ops-tools > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "check"; }
set +e
XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state" \
  "$launcher" check --stack shop-prod --format json > "$work/check.json" 2>/dev/null
code=$?
set -e
[ "$code" -eq 1 ] && python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/check.json" \
  || fail "check with findings (exit $code)"
# Against AWS through the SDK, when CI runs the loopback emulator (AWS_EMULATOR_URL): the jlink runtime must hold
# every JDK module the SDK needs (decision 0009), which only a real call proves. Keys are for the emulator only.
aws_note=""
if [ -n "${AWS_EMULATOR_URL:-}" ]; then
  printf '[profile smoke]\nregion = us-east-1\n' > "$work/aws-config"
  printf '[smoke]\naws_access_key_id = AKIDSMOKE\naws_secret_access_key = smoke\n' > "$work/aws-credentials"
  set +e
  AWS_CONFIG_FILE="$work/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws-credentials" \
    XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state" \
    "$launcher" check --profile smoke --endpoint-url "$AWS_EMULATOR_URL" --format json > "$work/aws.json" 2> "$work/aws.err"
  code=$?
  set -e
  [ "$code" -eq 1 ] && python3 - "$work/aws.json" <<'PY' || { cat "$work/aws.err"; fail "check against AWS (exit $code)"; }
import json, sys
report = json.load(open(sys.argv[1]))
assert [s["name"] for s in report["stacks"]] == ["billing-prod"], report["stacks"]
assert report["accountAlias"] == "acme-billing", report["accountAlias"]
PY
  aws_note=", check against AWS through the SDK (OpsWorks, EC2, STS, IAM)"
fi
echo "packaged app smoke test passed: $(basename "$pkg") (declares GTK 3 and the CDS archive's scripts, window with JavaFX's libraries from the runtime and no package-manager query, check clean, check with findings$aws_note)"
