#!/usr/bin/env bash
# Replaces jpackage's native launcher in an app-image with packaging/linux/launcher.sh (decision 0016), and
# removes the library only the native launcher loaded. The class-list step after it starts the app through it.
# Usage: packaging/linux/use-script-launcher.sh APP_IMAGE_DIR
set -euo pipefail
app=$1
name=$(basename "$app")
install -m 755 "$(dirname "$0")/launcher.sh" "$app/bin/$name"
# The launcher starts this copy of the runtime's java (16 KB; it finds the JVM from its own place), so that the
# process is named after the app in top and system monitors rather than "java".
cp -p "$app/lib/runtime/bin/java" "$app/lib/runtime/bin/$name"
rm -f "$app/lib/libapplauncher.so"
echo "launcher: $app/bin/$name is the script launcher"
