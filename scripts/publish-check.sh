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
# From an empty folder, so a page left by an earlier run cannot pass for this one;
# the build's own exit status decides (its output goes to a log, and the lines
# that matter are shown either way).
rm -rf "$out"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
EXPLAINER_CONTENT="$file" trunk build --release --dist "$out" >"$log" 2>&1 || status=$?
grep -E "error|warning: |success" "$log" || true
if [ "$status" -ne 0 ]; then
  echo "error: the build failed (exit $status); its last lines:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
[ -f "$out/index.html" ] || { echo "error: the build made no page" >&2; exit 1; }
step "The page, served, as a reader uses it"
node e2e/published.js "$out" "$file"
