#!/usr/bin/env bash
# Publishes the app, starts the published build in Production from another folder (as a service manager
# does), and checks that every stylesheet and script the home page links to is served with content.
# Usage: deploy/check-published.sh [publish-folder]   (an existing folder is checked without publishing again)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)/publish}"
port="${PORT:-5399}"
origin="http://localhost:$port"
work="$(mktemp -d)"

if [ ! -f "$out/InfoInterviews.Web.dll" ]; then
  dotnet publish "$repo/src/InfoInterviews.Web" -c Release -o "$out" >"$work/publish.log"
fi

cd "$work"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$origin" App__PublicOrigin="$origin" AllowedHosts=localhost \
  Storage__DataDirectory="$work/data" dotnet "$out/InfoInterviews.Web.dll" >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 60); do
  curl -fs "$origin/health/ready" >/dev/null && break
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; echo "the published app stopped" >&2; exit 1; }
  sleep 1
done

assets="$(curl -fs "$origin/" | grep -oE '(href|src)="/[^"]+\.(css|js)"' | sed -E 's/^(href|src)="(.*)"$/\2/')"
[ -n "$assets" ] || { echo "the home page links to no stylesheet or script" >&2; exit 1; }

failed=0
for asset in $assets; do
  size="$(curl -fs -o /dev/null -w '%{size_download}' "$origin$asset" || echo error)"
  if [ "$size" = error ] || [ "$size" -eq 0 ]; then
    echo "EMPTY  $asset ($size)"
    failed=1
  else
    echo "ok     $asset ($size bytes)"
  fi
done
exit "$failed"
