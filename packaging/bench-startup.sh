#!/usr/bin/env bash
# Start-up benchmark: the packaged console from process start to banner drawn (--smoke-test), against a bare
# JavaFX hello-world app-image built with the same jlink runtime, and the console with the CDS archive
# its .deb makes at install time.
# Run after ./mvnw -Ppackage package. Needs xvfb-run. Prints medians of RUNS runs; record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
jp=target/jpackage
bench=target/startup-bench
rm -rf "$bench" && mkdir -p "$bench/hello-input" "$bench/classes"
[ -d "$jp/runtime" ] || { echo "run ./mvnw -Ppackage package first" >&2; exit 2; }

# The bare app, packaged the same way (same runtime image, class path launcher).
javac --release 17 --module-path "$jp/javafx" --add-modules javafx.controls -d "$bench/classes" packaging/bench/HelloFx.java
jar --create --file "$bench/hello-input/hello.jar" -C "$bench/classes" .
jpackage --type app-image --name hello --input "$bench/hello-input" --main-jar hello.jar --main-class HelloFx \
  --runtime-image "$jp/runtime" --dest "$bench"

# The console with the class-data sharing archive the .deb makes at install time, made the same way in a copy.
cp -r "$jp/dist/opsworks-safety-console" "$bench/console-cds"
sh "$bench/console-cds/lib/app/make-cds-archive.sh" "$PWD/$bench/console-cds"
export XDG_CONFIG_HOME="$PWD/$bench/home/config" XDG_DATA_HOME="$PWD/$bench/home/data" XDG_STATE_HOME="$PWD/$bench/home/state"

measure() {  # name command... : median wall time from exec to exit, in ms
  local name=$1; shift
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
  echo "$name: median $median ms over $RUNS runs (${times[*]})"
  eval "${name//-/_}=$median"
}

# One X server for all runs, so its start-up is not measured.
Xvfb :97 -screen 0 1440x900x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
export DISPLAY=:97
measure hello "$bench/hello/bin/hello"
measure console "$jp/dist/opsworks-safety-console/bin/opsworks-safety-console" --smoke-test
measure console-cds "$bench/console-cds/bin/opsworks-safety-console" --smoke-test
awk -v h="$hello" -v c="$console" -v d="$console_cds" \
  'BEGIN {printf "ratio console/hello: %.2f; with AppCDS: %.2f\n", c / h, d / h}'
