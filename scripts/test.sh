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
cargo clippy -p explainer-studio --target wasm32-unknown-unknown --quiet -- -D warnings

step "Native tests: model, content file, pre-rendered HTML, the studio's document"
cargo test --workspace --features ssr,explainer-model/authoring

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features static-parts --test browser

step "Release build: the reader (pre-rendered) and the studio (scripts/build.sh)"
bash scripts/build.sh

step "The generated 20-actor page (EXPLAINER_CONTENT), for the diagram at any size, into target/twenty"
EXPLAINER_CONTENT=e2e-engines/fixtures/twenty-actors.toml trunk build --release --dist target/twenty

step "Node's own tests: the wasm import renamer (on a module made in the test and on the build's) and the end-to-end runner (on fixtures that fail, hang or crash)"
node --test scripts/

step "End to end in Chromium: JavaScript off, network failures, CSP/SRI, byte budget (Playwright)"
npx playwright test

step "End to end in Chromium, Firefox and WebKit: the reader and the studio (WebDriver)"
node e2e-engines/run.js

step "End to end in Chromium, Firefox and WebKit: the diagram at any size on the generated 20-actor page"
E2E_DIST=target/twenty node e2e-engines/run.js size

step "End to end in Chromium, Firefox and WebKit: the reader's suite on the page the studio published (Playwright's publish test unzipped it into target/published-afp)"
E2E_DIST=target/published-afp node e2e-engines/run.js journeys jumps hostile a11y views layout size

step "Publish what the studio exported: content-check, a build with EXPLAINER_CONTENT, the page served"
bash scripts/publish-check.sh target/studio/export-chromium.toml
