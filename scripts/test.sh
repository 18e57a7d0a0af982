#!/usr/bin/env bash
# The README's test command: install what is missing, then run every test:
# native (model, content, pre-rendered HTML), components in headless Chromium
# (wasm-bindgen-test), and end to end on the built page: in Chromium, Firefox and
# WebKit over WebDriver (e2e-engines/), and the Chromium-only failure modes with
# Playwright (e2e/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "Lint: rustfmt and clippy"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features ssr,explainer-model/authoring --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --features static-parts --quiet -- -D warnings

step "Native tests: model, content file, pre-rendered HTML"
cargo test --workspace --features ssr,explainer-model/authoring

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features static-parts --test browser

step "Release build: trunk build --release (with pre-rendering)"
trunk build --release

step "End to end in Chromium: JavaScript off, network failures, CSP/SRI, byte budget (Playwright)"
npx playwright test

step "End to end in Chromium, Firefox and WebKit: journeys, hostile fragments, axe, layout (WebDriver)"
node e2e-engines/run.js
