#!/usr/bin/env bash
# Builds src/main/resources/safetyconsole/ui/icons/ui-icons.ttf: the glyphs UiIcon.java lists (by code point),
# cut from the Material Design Icons font of Ikonli's materialdesign2 pack, with its own family name. The output
# is committed, so a build needs neither the 1.3 MB font nor font tools (decision 0017).
# Needs python3 with fontTools (pip install fonttools) and the Maven wrapper (to fetch the pack once).
# Usage: icons/build-ui-icon-font.sh   (after adding an icon to UiIcon.java)
set -euo pipefail
cd "$(dirname "$0")/.."
pack=org.kordamp.ikonli:ikonli-materialdesign2-pack:12.4.0
font=META-INF/resources/materialdesign2/7.4.47/fonts/materialdesignicons-webfont.ttf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -q -ntp dependency:copy -Dartifact="$pack" -DoutputDirectory="$work"
unzip -q -o "$work"/ikonli-materialdesign2-pack-*.jar "$font" -d "$work"
codes=$(grep -oE '0x[0-9A-F]{5}' src/main/java/safetyconsole/ui/icons/UiIcon.java | sed 's/^0x/U+/' | paste -sd, -)
out=src/main/resources/safetyconsole/ui/icons/ui-icons.ttf
python3 - "$work/$font" "$codes" "$out" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

source, codes, out = sys.argv[1:]
font = TTFont(source, recalcTimestamp=False)  # the same list gives the same file
options = subset.Options()
options.layout_features = []
options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[int(code[2:], 16) for code in codes.split(",")])
subsetter.subset(font)
# A family of its own, so it cannot be mistaken for (or clash with) the whole font.
for record in font["name"].names:
    if record.nameID in (1, 4):
        record.string = "Safety Console Icons"
    elif record.nameID in (3, 6):
        record.string = "SafetyConsoleIcons"
font.save(out)
print("%s: %d glyphs" % (out, len(font.getGlyphOrder())))
PY
