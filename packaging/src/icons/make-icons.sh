#!/usr/bin/env bash
# Regenerates the ANTQ Desk icons (red shield, gold rim, gold star) with ImageMagick 6.
# Run by hand (apt-get install -y imagemagick); the build uses the committed PNG/ICO files.
set -euo pipefail
cd "$(dirname "$0")"
star=$(awk 'BEGIN { pi = atan2(0, -1); cx = 512; cy = 505; R = 255; r = 104;
  for (i = 0; i < 10; i++) { a = -pi / 2 + i * pi / 5; rad = (i % 2 == 0) ? R : r;
    printf "%.1f,%.1f ", cx + rad * cos(a), cy + rad * sin(a) } }')
shield='M 512,48 L 912,178 C 912,560 770,830 512,976 C 254,830 112,560 112,178 Z'
inner='M 512,112 L 850,222 C 846,548 724,778 512,904 C 300,778 178,548 174,222 Z'
convert -size 1024x1024 xc:none \
  -fill '#C9A227' -draw "path '$shield'" \
  -fill '#B3141C' -draw "path '$inner'" \
  -fill '#F2C94C' -stroke '#8A6A10' -strokewidth 6 -draw "polygon $star" \
  /tmp/antq-icon-1024.png
convert /tmp/antq-icon-1024.png -filter Lanczos -resize 256x256 -strip -depth 8 PNG32:antq-desk.png
convert /tmp/antq-icon-1024.png -filter Lanczos -strip -depth 8 \
  -define icon:auto-resize=256,128,64,48,32,24,16 antq-desk.ico
