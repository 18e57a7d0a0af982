#!/usr/bin/env bash
# Builds the site into dist/: the reader's page (trunk build, pre-rendered), then
# the studio beside it in dist/studio/. Trunk builds one page a run, and the
# reader's build clears dist/, so the order matters. Release by default; pass
# --debug for a debug build. EXPLAINER_CONTENT picks another content file.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
profile="--release"
[ "${1:-}" = "--debug" ] && profile=""
trunk build $profile
trunk build $profile --config studio/Trunk.toml
