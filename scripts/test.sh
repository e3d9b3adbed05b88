#!/usr/bin/env bash
# `npm test`: lint, type-check, build the SPAs (the end-to-end tests drive the built ones), then every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "The end-to-end tests need Debian's chromium: apt-get install chromium (.ci/run does it)." >&2
  exit 1
fi

npm run lint
npm run typecheck
npm run build
npx vitest run
