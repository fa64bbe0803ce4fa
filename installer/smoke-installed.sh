#!/usr/bin/env bash
# Installs the console's .deb and .rpm into scratch roots (nothing on this machine changes) and starts
# each installed console in smoke mode on a virtual display, with a font configuration that has no
# Thai fonts: the console must still draw Thai (its bundled font), and show its sign-in screen.
#   installer/smoke-installed.sh [DIR]      (DIR: where the packages are; default installer/target/dist)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-installer/target/dist}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# a font configuration without Thai: DejaVu only (Latin, no Thai block)
fonts="$scratch/fonts"
mkdir -p "$fonts/cache"
dejavu=$(fc-list -f '%{file}\n' 2>/dev/null | grep -i dejavu | head -1 || true)
[ -n "$dejavu" ] || { echo "smoke: no DejaVu font to build a Latin-only configuration from" >&2; exit 1; }
cat > "$fonts/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$(dirname "$dejavu")</dir>
  <cachedir>$fonts/cache</cachedir>
</fontconfig>
CONF
export FONTCONFIG_FILE="$fonts/fonts.conf"
if [ -n "$(fc-list :lang=th 2>/dev/null)" ]; then
  echo "smoke: the Latin-only font configuration still has Thai fonts:" >&2; fc-list :lang=th >&2; exit 1
fi
echo "smoke: font configuration without Thai fonts ($(fc-list | wc -l) faces, none for Thai)"

run() {  # run <what> <launcher>
  local out
  out=$(xvfb-run -a "$2" --smoke-test 2>&1) || { echo "$out"; echo "smoke: $1 FAILED"; return 1; }
  echo "$out" | grep "smoke test:"
  echo "$out" | grep -q "smoke test: login screen rendered" || { echo "smoke: $1: no sign-in screen"; return 1; }
  echo "$out" | grep -q "smoke test: Thai glyphs rendered" || { echo "smoke: $1: Thai shows as boxes"; return 1; }
  echo "smoke: $1 OK"
}

status=0
found=0
for deb in "$dir"/*.deb; do
  [ -f "$deb" ] || continue
  found=1
  root="$scratch/deb"
  dpkg-deb -x "$deb" "$root"                       # what dpkg would put on disk
  dpkg-deb -f "$deb" Package Version Depends | sed 's/^/smoke: deb /'
  run "$(basename "$deb")" "$root/opt/ums-console/bin/ums-console" || status=1
done
for rpm in "$dir"/*.rpm; do
  [ -f "$rpm" ] || continue
  found=1
  root="$scratch/rpm"
  mkdir -p "$root"
  rpm --root "$root" --initdb
  rpm --root "$root" -i --nodeps --noscripts --notriggers "$rpm"   # rpm's own install, into the scratch root
  rpm --root "$root" -q ums-console | sed 's/^/smoke: rpm installed /'
  run "$(basename "$rpm")" "$root/opt/ums-console/bin/ums-console" || status=1
done
[ "$found" = 1 ] || { echo "smoke: no .deb or .rpm in $dir" >&2; exit 1; }
exit $status
