#!/usr/bin/env bash
# The README's run command: install what is missing, then build and serve the app
# on http://127.0.0.1:8080 (pre-rendered, then hydrated).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
printf '\033[1m==> Building and serving on http://127.0.0.1:%s\033[0m\n' "${PORT:-8080}"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
