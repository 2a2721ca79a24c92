#!/bin/sh
# Makes the class-data sharing archive of an installed app-image from the class list recorded at build
# time, and names it in the launcher's configuration. Java 17 ties the archive to the jars' absolute paths,
# so it is made where the app will stay: by the .deb's postinst, and by the start-up benchmark on its copy.
# The archive is named only once it exists: a named but missing archive would turn off the runtime's own.
# Usage: make-cds-archive.sh APP_IMAGE_DIR   (exits non-zero, leaving no archive, when it cannot be made)
set -e
app=$1/lib/app
cfg=$app/opsworks-safety-console.cfg
[ -f "$app/classes.lst" ] || { echo "no class list in $app: no archive" >&2; exit 1; }
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$cfg" | paste -sd: -)
if ! "$1/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/classes.lst" \
    -XX:SharedArchiveFile="$app/console.jsa" -cp "$classpath" > /dev/null 2>&1; then
    rm -f "$app/console.jsa"
    echo "the CDS archive could not be made" >&2
    exit 1
fi
if ! grep -q '^java-options=-XX:SharedArchiveFile=' "$cfg"; then
    [ -z "$(tail -c 1 "$cfg")" ] || echo >> "$cfg"
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/console.jsa' >> "$cfg"
fi
