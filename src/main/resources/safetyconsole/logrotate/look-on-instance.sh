#!/bin/sh
# OpsWorks Safety Console: a read-only look at what rotates one Rails log directory.
# Nothing here writes: logrotate -d changes no log and does not lock or write its state file.
LOG_DIR='@LOG_DIR@'
echo '@@look 1'
echo "@@dir $LOG_DIR"
for f in /etc/logrotate.d/*; do
  [ -f "$f" ] || continue
  if grep -qF -- "$LOG_DIR" "$f"; then
    names=yes
  else
    case "$f" in
      /etc/logrotate.d/opsworks_app_*) names=no ;;
      *) continue ;;
    esac
  fi
  echo "@@file $names $f"
  head -c 4000 -- "$f" | awk '{ print "|" $0 }'
  echo '@@end'
done
if command -v logrotate >/dev/null 2>&1; then
  echo '@@dryrun'
  logrotate -d /etc/logrotate.conf 2>&1 | awk -v dir="$LOG_DIR" '
    /^rotating pattern: / { inside = (index($0, dir) != 0) }
    /^error: / { if (index($0, dir) != 0) print "|" $0; next }
    inside { print "|" $0 }'
  echo '@@end'
else
  echo '@@nologrotate'
fi
echo '@@logs'
n=0
for f in "$LOG_DIR"/*; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  if [ "$n" -gt 300 ]; then
    echo '@@more'
    break
  fi
  stat -c '|%s %Y %n' -- "$f"
done
echo '@@end'
echo '@@done'
