#!/usr/bin/env bash
# The README's run command: install what is missing, build the reader's page and
# the studio (scripts/build.sh), and serve them on http://127.0.0.1:8080 (the
# studio at /studio/), precompressed as a CDN would serve them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
port="${PORT:-8080}"
printf '\033[1m==> Serving the explainer on http://127.0.0.1:%s/ and the studio on http://127.0.0.1:%s/studio/\033[0m\n' "$port" "$port"
exec node e2e/serve.js dist "$port"
