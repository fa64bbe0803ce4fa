#!/usr/bin/env bash
# OS installers of the console from its app-image, each with a SHA-256 file beside it.
#   installer/package.sh deb rpm     (Linux)   msi (Windows, Git Bash)   dmg pkg (macOS)
# First build the app-image for this OS:
#   ./mvnw -B -DskipTests -Pinstallers -DskipDeb=true package -pl installer -am
# Options: src/main/jpackage/package.opts (all) and <type>.opts (one installer type; the release
# workflow and DeploymentFilesIT read the same files). APP_VERSION overrides pom.xml's app.version.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: installer/package.sh deb|rpm|msi|dmg|pkg ..." >&2; exit 2; }
version=${APP_VERSION:-$(sed -n 's:.*<app.version>\(.*\)</app.version>.*:\1:p' pom.xml | head -1)}
jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
image=installer/target/jpackage/ums-console
[ -d "$image.app" ] && image="$image.app"   # macOS names the image ums-console.app
[ -d "$image" ] || { echo "no app-image at $image: build it first (see the top of this script)" >&2; exit 1; }
opts=installer/src/main/jpackage
out=installer/target/dist
mkdir -p "$out"
sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi; }
for type in "$@"; do
  [ -f "$opts/$type.opts" ] || { echo "unknown installer type: $type" >&2; exit 2; }
  echo "installer: building $type $version"
  before=$(ls "$out")
  "$jpackage" @"$opts/package.opts" @"$opts/$type.opts" --app-image "$image" --app-version "$version" --dest "$out"
  for f in $(cd "$out" && ls); do
    case "$f" in
      *.sha256) ;;
      *) if ! grep -qxF "$f" <<< "$before"; then (cd "$out" && sha256 "$f" > "$f.sha256"); echo "installer: $out/$f"; fi ;;
    esac
  done
done
