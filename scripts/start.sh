#!/usr/bin/env bash
# `npm start`: install what is missing, build the SPAs when their sources changed, run the whole product.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies…"
  npm ci --no-audit --no-fund
fi

needs_build() {
  local spa=$1
  [ -f "$spa/dist/index.html" ] || return 0
  [ -n "$(find "$spa/src" "$spa/index.html" "$spa/vite.config.ts" web-common/src -newer "$spa/dist/index.html" -print -quit)" ]
}
for spa in web-admin web-agent; do
  if needs_build "$spa"; then
    echo "Building $spa…"
    npm run build -w "$spa"
  fi
done

# Node itself rather than `npx tsx`, whose npm, shell and tsx processes stand between: the API is then
# this script's process, so a signal sent to it reaches the API, which stops PostgreSQL with itself.
exec node --import tsx api/src/main.ts
