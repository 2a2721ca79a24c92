#!/usr/bin/env bash
# Records the classes one start of the app-image loads (lib/app/classes.lst) and adds the script that
# turns them into a class-data sharing archive, which the package's post-install script runs. Needs a display: xvfb-run, else $DISPLAY.
# Without either the package is built without a class list and the app simply starts without the archive.
# Usage: packaging/linux/class-list.sh APP_IMAGE_DIR
set -euo pipefail
app=$1
list="$app/lib/app/classes.lst"
rm -f "$list"
if command -v xvfb-run >/dev/null; then
  run=(xvfb-run -a -s "-screen 0 1440x900x24")
elif [ -n "${DISPLAY:-}" ]; then
  run=()
else
  echo "class list skipped: no xvfb-run and no DISPLAY (the package works, it starts without a CDS archive)" >&2
  exit 0
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# Its own folders, so training never touches the user's settings or audit log.
XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
  timeout 120 "${run[@]}" "$app/bin/opsworks-safety-console" --smoke-test > "$home/out.txt" 2>&1 \
  || { cat "$home/out.txt" >&2; echo "class list: the training start failed" >&2; exit 1; }
cp "$(dirname "$0")/make-cds-archive.sh" "$app/lib/app/"
echo "class list: $(wc -l < "$list") classes in $list"
