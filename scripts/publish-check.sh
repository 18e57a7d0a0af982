#!/usr/bin/env bash
# Publishes a content file as the README says, and checks the result: content-check
# accepts it, a build with EXPLAINER_CONTENT makes the reader's page of it, and
# that page, served, shows the article and answers a reader's click. The test
# command runs it on the file the studio's end-to-end test exported.
# Usage: bash scripts/publish-check.sh FILE.toml
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:?usage: scripts/publish-check.sh FILE.toml}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
file="$(realpath "$file")"
out="$PWD/target/published"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "content-check $file"
cargo run --quiet -p explainer-model --features authoring --bin content-check -- "$file"
step "The reader's page of it (EXPLAINER_CONTENT, into $out)"
EXPLAINER_CONTENT="$file" trunk build --release --dist "$out" 2>&1 | grep -E "error|warning: |success" || true
[ -f "$out/index.html" ] || { echo "error: the build made no page" >&2; exit 1; }
step "The page, served, as a reader uses it"
node e2e/published.js "$out" "$file"
