#!/usr/bin/env bash
# Builds every icon file from icons/app-icon.svg. The outputs are committed, so a build needs no image tools.
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick) and python3.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
# Small sizes come from a pixel-aligned drawing; detail that blurs at 16 px is left out there.
for size in 16 24 32; do
  rsvg-convert -w "$size" -h "$size" app-icon-small.svg -o "png/app-icon-$size.png"
done
for size in 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" app-icon.svg -o "png/app-icon-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the task bar use.
convert png/app-icon-16.png png/app-icon-24.png png/app-icon-32.png png/app-icon-48.png png/app-icon-64.png \
  png/app-icon-128.png png/app-icon-256.png app-icon.ico
# macOS: an .icns container of PNG entries (its format is a list of typed, sized chunks).
python3 - <<'PY'
import struct
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)]
chunks = b""
for kind, size in entries:
    data = open(f"png/app-icon-{size}.png", "rb").read()
    chunks += kind.encode() + struct.pack(">I", len(data) + 8) + data
open("app-icon.icns", "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
echo "built png/, app-icon.ico and app-icon.icns"
