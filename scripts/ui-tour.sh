#!/usr/bin/env bash
# Drives the real app under a private Xvfb and takes screenshots along the way, for docs/images.
# Keys go through XTEST to whichever window has focus (dialogs included), unlike `xdotool key --window`.
# Usage: scripts/ui-tour.sh STEP... where STEP is  keys:"Down Tab"  |  type:"shop-dev"  |  wait:SECONDS  |
#        click:X,Y  |  shiftclick:X,Y  |  move:X,Y (hover, for a tooltip; a click would hide it)
#        (screen pixels of the 1440x900 display)  |  shot:FILE.png
# Needs xvfb, xdotool, imagemagick, libgtk-3-0 (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
for bin in Xvfb xdotool import; do
  command -v "$bin" >/dev/null || { echo "missing $bin (apt-get install xvfb xdotool imagemagick libgtk-3-0)" >&2; exit 2; }
done
display=:$((80 + RANDOM % 9))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill -- -"$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
sleep 1
DISPLAY=$display setsid ./mvnw -q javafx:run ${APP_ARGS:+-Djavafx.args="$APP_ARGS"} >/tmp/ui-tour-app.log 2>&1 &
app=$!
for _ in $(seq 1 600); do
  DISPLAY=$display xdotool search --onlyvisible --name "Safety Console" >/dev/null 2>&1 && break
  sleep 0.1
done
sleep 3
for step in "$@"; do
  case "$step" in
    keys:*) for key in ${step#keys:}; do DISPLAY=$display xdotool key "$key"; sleep 0.4; done ;;
    type:*) DISPLAY=$display xdotool type --delay 60 "${step#type:}"; sleep 0.5 ;;
    wait:*) sleep "${step#wait:}" ;;
    click:*) xy=${step#click:}; DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}" click 1; sleep 0.5 ;;
    move:*) xy=${step#move:}; DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}"; sleep 0.5 ;;
    shiftclick:*) xy=${step#shiftclick:}; DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}" keydown shift click 1 keyup shift; sleep 0.5 ;;
    shot:*) sleep 0.6; DISPLAY=$display import -window root "${step#shot:}"; echo "saved ${step#shot:}" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done
