#!/usr/bin/env bash
# `npm start`: install what is missing, build the SPAs and the API when their sources changed, run the
# whole product.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies…"
  npm ci --no-audit --no-fund
fi

needs_build() {
  local spa=$1
  [ -f "$spa/dist/index.html" ] || return 0
  [ -n "$(find "$spa/src" "$spa/index.html" "$spa/vite.config.ts" web-common/src web-common/*.ts -newer "$spa/dist/index.html" -print -quit)" ]
}
for spa in web-admin web-agent; do
  if needs_build "$spa"; then
    echo "Building $spa…"
    npm run build -w "$spa"
  fi
done

# The API runs compiled (scripts/build-api.ts): rebuilt when a file that went into the build changed or
# is gone, which inputs.txt lists (sources, the npm packages bundled, the build's own settings).
api_needs_build() {
  [ -f api/dist/main.js ] && [ -f api/dist/inputs.txt ] || return 0
  local input
  while IFS= read -r input; do
    [ -e "$input" ] && [ ! "$input" -nt api/dist/main.js ] || return 0
  done <api/dist/inputs.txt
  return 1
}
if api_needs_build; then
  echo "Building the API…"
  node --import tsx scripts/build-api.ts
fi

# Node itself rather than `npm run`, whose npm and shell processes stand between: the API is then this
# script's process, so a signal sent to it reaches the API, which stops PostgreSQL with itself.
exec node api/dist/main.js
