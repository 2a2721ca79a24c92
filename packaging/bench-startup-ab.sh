#!/usr/bin/env bash
# Interleaved A/B of two packaged consoles' start-up, process start to banner drawn, each with the CDS archive its
# packages make at install time: did a change make start-up slower? Separate series of bench-startup.sh runs
# compare two different machines (its speed drifts from minute to minute); rounds of A then B do not.
# Usage: packaging/bench-startup-ab.sh CHECKOUT_A CHECKOUT_B, each a checkout where ./mvnw -Ppackage package ran.
# Needs Xvfb. ROUNDS=15 by default.
set -euo pipefail
A=$1; B=$2; ROUNDS=${ROUNDS:-15}
work=$(mktemp -d)
for side in A B; do
  src=${!side}/target/jpackage/dist/opsworks-safety-console
  cp -r "$src" "$work/$side"
  sh "$work/$side/lib/app/make-cds-archive.sh" "$work/$side" >/dev/null 2>&1
done
export XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state"
run_ms() {
  local start out drawn
  start=$(date +%s%N)
  out=$("$@" 2>/dev/null)
  drawn=$(sed -n 's/.*(epoch ms \([0-9]*\)).*/\1/p' <<< "$out")
  echo $(( drawn - start / 1000000 ))
}
Xvfb :96 -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=:96
rows=()
for r in $(seq "$ROUNDS"); do
  a=$(run_ms "$work/A/bin/opsworks-safety-console" --smoke-test)
  b=$(run_ms "$work/B/bin/opsworks-safety-console" --smoke-test)
  echo "round $r: A $a ms, B $b ms"
  rows+=("$a $b")
done
printf '%s\n' "${rows[@]}" | python3 -c '
import sys, statistics as s
rows=[tuple(map(int,l.split())) for l in sys.stdin if l.strip()]
print("median A %d ms, B %d ms; median of per-round ratios B/A %.3f" % (s.median(r[0] for r in rows), s.median(r[1] for r in rows), s.median(r[1]/r[0] for r in rows)))'
