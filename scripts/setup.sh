#!/usr/bin/env bash
# Installs what the build (and, with --test, the tests) need, at pinned versions.
# Idempotent: anything already installed at the right version is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
GECKODRIVER_VERSION=0.37.1

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! have cargo || ! have rustup; then
  echo "error: Rust is missing; install it with rustup (https://rustup.rs) and run this again" >&2
  exit 1
fi
if ! have npm; then
  echo "error: Node.js and npm are missing; install them (e.g. apt-get install nodejs npm) and run this again" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "Installing Trunk $TRUNK_VERSION from crates.io (10-20 minutes the first time)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# Without --locked: the CLI's own lock file pins a webpki-roots release that the
# registry no longer serves.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (5-10 minutes the first time)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt (binaryen) and the test tools come from npm, pinned by package-lock.json.
if ! cmp -s package-lock.json node_modules/.package-lock.json.source 2>/dev/null; then
  step "Installing npm tools (wasm-opt, Playwright, axe-core) from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.source
fi

if [ "${1:-}" = "--test" ]; then
  # The browsers and WebDriver drivers for the end-to-end tests in three engines,
  # from Debian's apt: command -> package. Chromium is required (component tests
  # and Playwright run in it); Firefox and WebKit are skipped, with a message, where
  # they cannot be installed, except on CI (REQUIRE_ALL_ENGINES=1).
  declare -A APT_FOR=(
    [chromium]=chromium [chromedriver]=chromium-driver
    [firefox-esr]=firefox-esr
    [WebKitWebDriver]=webkit2gtk-driver [Xvfb]=xvfb
  )
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  updated=""
  apt_install() { # engine label, then commands; installs the packages of those missing
    local label="$1" wanted=() cmd
    shift
    for cmd in "$@"; do have "$cmd" || wanted+=("${APT_FOR[$cmd]}"); done
    [ "${#wanted[@]}" -eq 0 ] && return 0
    if ! have apt-get; then
      echo "warning: no apt-get here: install ${wanted[*]} (or your platform's equivalents) for $label" >&2
      return 1
    fi
    step "Installing $label with apt: ${wanted[*]}"
    [ -n "$updated" ] || { $sudo_cmd apt-get update -qq && updated=1; } || return 1
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${wanted[@]}"
  }
  optional() { # what failed; fatal only where every engine must run
    if [ "${REQUIRE_ALL_ENGINES:-}" = "1" ]; then
      echo "error: $1 (REQUIRE_ALL_ENGINES=1)" >&2
      exit 1
    fi
    echo "warning: $1; the end-to-end tests will skip that engine and say so" >&2
  }

  apt_install "Chromium" chromium chromedriver || true
  if ! have chromium || ! have chromedriver; then
    echo "error: Chromium and ChromeDriver are required for the tests" >&2
    exit 1
  fi
  apt_install "Firefox" firefox-esr || optional "Firefox ESR could not be installed"
  apt_install "WebKit" WebKitWebDriver Xvfb || optional "WebKitGTK's WebDriver or Xvfb could not be installed"

  # Firefox's WebDriver comes from crates.io, the only registry that carries it here.
  if have firefox-esr && ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
    step "Installing geckodriver $GECKODRIVER_VERSION from crates.io (about 2 minutes the first time)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" || optional "geckodriver could not be installed"
  fi
fi

step "Tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"
