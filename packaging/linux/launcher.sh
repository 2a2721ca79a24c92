#!/bin/bash
# The app's Linux launcher, put in place of jpackage's native one by the build. That one asks rpm and dpkg which
# package owns it at every start (twice), only to find its own library: a scan of the package database that
# costs half a second and more on a desktop with a few thousand packages (decision 0016). This one reads the
# same configuration (lib/app/NAME.cfg, which the CDS post-install script also edits) and starts the same JVM.
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
app=$root/lib/app
options=()
classpath=
main=
while IFS= read -r line; do
  case $line in
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$app/${self##*/}.cfg" || exit 1
# The runtime's java under the app's name (use-script-launcher.sh), so the process is named after the app.
java=$root/lib/runtime/bin/${self##*/}
[ -x "$java" ] || java=$root/lib/runtime/bin/java
exec "$java" "${options[@]//\$APPDIR/$app}" "-Djpackage.app-path=$self" \
  -cp "${classpath//\$APPDIR/$app}" "$main" "$@"
