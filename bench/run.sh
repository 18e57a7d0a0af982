#!/usr/bin/env bash
# The README's benchmark command (not part of the tests): builds the explainer and
# both floors the same way, then measures them side by side in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! cmp -s bench/package-lock.json bench/node_modules/.package-lock.json.source 2>/dev/null; then
  step "Installing Lighthouse 12.2.3 for the benchmark (bench/package-lock.json)"
  (cd bench && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.package-lock.json.source)
fi

step "Building the explainer and the studio (scripts/build.sh)"
bash scripts/build.sh
step "Building the generated 20-actor page (target/twenty), for a click in a large diagram"
EXPLAINER_CONTENT=e2e-engines/fixtures/twenty-actors.toml trunk build --release --dist target/twenty
step "Building the framework floor (bench/yew-floor)"
(cd bench/yew-floor && CARGO_TARGET_DIR="$PWD/../../target/yew-floor" trunk build --release && node ../../scripts/minify-glue.js dist)
cargo run --quiet --features ssr --bin prerender -- --shell bench/yew-floor/dist
node scripts/precompress.js bench/yew-floor/dist
step "Writing the static floor"
node bench/static-floor.js content/afp-istanbul-2022-10-11.toml target/bench/static-floor

step "Sizes (brotli, as served)"
for f in dist/*.br dist/studio/*.br bench/yew-floor/dist/*.br target/bench/static-floor/*.br; do
  printf '  %-60s %6d bytes\n' "$f" "$(wc -c <"$f")"
done
total() { cat "$@" | wc -c; }
printf '  reader, html + css + js + wasm + content: %d bytes; studio, html + css + js + wasm: %d bytes\n' \
  "$(total dist/*.html.br dist/boot-*.js.br dist/explainer-*.js.br dist/*.wasm.br dist/content-*.bin.br)" "$(total dist/studio/*.html.br dist/studio/*.css.br dist/studio/*.js.br dist/studio/*.wasm.br)"

step "Measuring"
node bench/bench.js
