#!/usr/bin/env sh
# Renders the app icon (build/icon.svg) to the PNGs electron-builder packages, committed beside it:
#   build/icon.png           512x512, the source of the macOS .icns and the Windows .ico (electron-builder
#                            converts it when building those installers, on their own OS)
#   build/icons/NxN.png      the Linux icon set (hicolor sizes), used as it is: no conversion, works offline
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Run it after editing build/icon.svg.
set -eu
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null 2>&1 || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
rsvg-convert -w 512 -h 512 build/icon.svg -o build/icon.png
mkdir -p build/icons
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" build/icon.svg -o "build/icons/${size}x${size}.png"
done
echo "rendered build/icon.png and build/icons/{16..512}.png from build/icon.svg"
