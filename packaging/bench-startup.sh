#!/usr/bin/env bash
# Start-up benchmark: the packaged console from process start to banner drawn (--smoke-test), against a bare
# JavaFX hello-world app-image built with the same jlink runtime, and the console with the CDS archive
# its .deb and .rpm make at install time.
# Run after ./mvnw -Ppackage package. Needs Xvfb. Record what it prints in docs/benchmarks.md.
#
# The apps run interleaved, ROUNDS rounds (default 10), and each console run is divided by the bare app's run
# of the same round: on a shared machine whose speed drifts from minute to minute, separate series of runs
# compare different machines. The bare app runs three times per round: as jpackage makes it by default, with
# the console's launcher (script-launcher), and with its launcher and JVM options (same-launcher), so what
# would speed up any JavaFX app shows as such instead of as a gain of the console's own.
# Two times per run: from exec to the first frame with the banner (the bare app: its label) as the app reports
# it in wall-clock time, which is what start-up means here, and from exec to exit, which adds tearing the process
# down (more for the bigger process).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-10}
jp=target/jpackage
bench=target/startup-bench
rm -rf "$bench" && mkdir -p "$bench/hello-input" "$bench/classes"
[ -d "$jp/runtime" ] || { echo "run ./mvnw -Ppackage package first" >&2; exit 2; }

# The console's JVM options, as its launcher configuration holds them (without the version property).
mapfile -t console_options < <(sed -n 's/^java-options=//p' "$jp/dist/opsworks-safety-console/lib/app/opsworks-safety-console.cfg" \
  | grep -v '^-Djpackage.app-version=')
jvm_options=()
for option in "${console_options[@]}"; do jvm_options+=(--java-options "$option"); done

# The bare app, packaged the same way (same runtime image, class path launcher).
javac --release 17 --module-path "$jp/javafx" --add-modules javafx.controls -d "$bench/classes" packaging/bench/HelloFx.java
jar --create --file "$bench/hello-input/hello.jar" -C "$bench/classes" .
jpackage --type app-image --name hello --input "$bench/hello-input" --main-jar hello.jar --main-class HelloFx \
  --runtime-image "$jp/runtime" --dest "$bench/default"
jpackage --type app-image --name hello --input "$bench/hello-input" --main-jar hello.jar --main-class HelloFx \
  --runtime-image "$jp/runtime" --dest "$bench/script-launcher"
bash packaging/linux/use-script-launcher.sh "$bench/script-launcher/hello"
jpackage --type app-image --name hello --input "$bench/hello-input" --main-jar hello.jar --main-class HelloFx \
  --runtime-image "$jp/runtime" --dest "$bench/same-launcher" "${jvm_options[@]}"
bash packaging/linux/use-script-launcher.sh "$bench/same-launcher/hello"

# The console with the class-data sharing archive the packages make at install time, made the same way in a copy.
cp -r "$jp/dist/opsworks-safety-console" "$bench/console-cds"
sh "$bench/console-cds/lib/app/make-cds-archive.sh" "$PWD/$bench/console-cds"
export XDG_CONFIG_HOME="$PWD/$bench/home/config" XDG_DATA_HOME="$PWD/$bench/home/data" XDG_STATE_HOME="$PWD/$bench/home/state"

run_ms() {  # command... : "DRAWN EXIT", ms from exec to the first frame with the banner (or label), and to exit
  local start end out drawn
  start=$(date +%s%N)
  out=$("$@" 2> /dev/null) || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  drawn=$(sed -n 's/.*(epoch ms \([0-9]*\)).*/\1/p' <<< "$out")
  [ -n "$drawn" ] || { echo "no drawing time from $*: $out" >&2; exit 1; }
  echo "$(( drawn - start / 1000000 )) $(( (end - start) / 1000000 ))"
}

# One X server for all runs, so its start-up is not measured.
Xvfb :97 -screen 0 1440x900x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
export DISPLAY=:97
echo "the console: packaging/linux/launcher.sh with the JVM options ${console_options[*]:-none}"
rows=()
for round in $(seq "$ROUNDS"); do
  hello=$(run_ms "$bench/default/hello/bin/hello")
  script=$(run_ms "$bench/script-launcher/hello/bin/hello")
  same=$(run_ms "$bench/same-launcher/hello/bin/hello")
  console=$(run_ms "$jp/dist/opsworks-safety-console/bin/opsworks-safety-console" --smoke-test)
  cds=$(run_ms "$bench/console-cds/bin/opsworks-safety-console" --smoke-test)
  echo "round $round (ms to drawn, to exit): bare $hello, with the console's launcher $script, and its options $same;" \
    "console $console, with CDS $cds"
  rows+=("$hello $script $same $console $cds")
done
printf '%s\n' "${rows[@]}" > "$bench/rounds.txt"
python3 - "$bench/rounds.txt" <<'PY'
import statistics, sys
med = statistics.median
rows = [list(map(int, line.split())) for line in open(sys.argv[1])]
for column, measure in ((0, "process start to first frame drawn (banner for the console)"), (1, "process start to exit")):
    runs = [r[column::2] for r in rows]
    print("%s, medians: bare %d ms, with the console's launcher %d ms, and its options %d ms; console %d ms, with CDS %d ms"
          % ((measure,) + tuple(med([r[i] for r in runs]) for i in range(5))))
    for i, bare in enumerate(["the bare app", "the bare app with the console's launcher",
                              "the bare app with the console's launcher and options"]):
        print("  median of per-round ratios to %s: console %.2f, with CDS %.2f" % (
            bare, med([r[3] / r[i] for r in runs]), med([r[4] / r[i] for r in runs])))
PY
