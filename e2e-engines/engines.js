// The three browser engines the cross-engine tests drive over WebDriver: where each
// browser and driver lives, whether it is installed, and how to start a session.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { WebDriver } = require('selenium-webdriver');
const { Executor, HttpClient } = require('selenium-webdriver/http');

const onPath = (program) =>
  (process.env.PATH || '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, program)));

// Flags that keep Chromium off a closed network (whose refused connections it
// would otherwise log) and quiet.
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'];

const ENGINES = {
  chromium: {
    browser: process.env.CHROMIUM || '/usr/bin/chromium',
    driver: 'chromedriver',
    install: 'apt-get install chromium chromium-driver',
    driverArgs: (port) => [`--port=${port}`],
    capabilities: ({ dark }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: ENGINES.chromium.browser,
        // --force-dark-mode is how Chromium on Linux learns the desktop is dark.
        args: [...CHROMIUM_ARGS, ...(dark ? ['--force-dark-mode'] : [])],
      },
    }),
  },
  firefox: {
    browser: process.env.FIREFOX || '/usr/bin/firefox-esr',
    driver: 'geckodriver',
    install: 'apt-get install firefox-esr; cargo install --locked geckodriver --version 0.37.1',
    driverArgs: (port) => ['--port', String(port)],
    capabilities: ({ dark }, scratch) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: ENGINES.firefox.browser,
        args: ['-headless', '-profile', firefoxProfile(scratch)],
        prefs: {
          // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
          'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
          'toolkit.legacyUserProfileCustomizations.stylesheets': true,
        },
      },
    }),
  },
  webkit: {
    browser: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: 'WebKitWebDriver',
    install: 'apt-get install webkit2gtk-driver xvfb',
    // WebKitGTK has no headless mode: it draws into an X display (Xvfb, started by run.js).
    needsDisplay: true,
    driverArgs: (port) => [`--port=${port}`],
    driverEnv: (scratch) => ({ XDG_CONFIG_HOME: minibrowserConfig(scratch) }),
    capabilities: ({ dark }) => ({
      'webkitgtk:browserOptions': {
        binary: ENGINES.webkit.browser,
        // --full-screen hides MiniBrowser's toolbar (with no window manager the
        // window keeps the size it is given), so the page gets the whole window.
        args: ['--automation', '--full-screen', ...(dark ? ['--dark-mode'] : [])],
      },
    }),
  },
};

/**
 * A fresh Firefox profile whose window may be narrower than Firefox's own 450 px
 * minimum (a rule of its toolbar, not of pages), so phone widths can be tested.
 */
function firefoxProfile(scratch) {
  const chrome = path.join(scratch, 'chrome');
  fs.mkdirSync(chrome, { recursive: true });
  fs.writeFileSync(path.join(chrome, 'userChrome.css'), ':root { min-width: 0 !important; min-height: 0 !important; }\n');
  return scratch;
}

/**
 * GTK settings for MiniBrowser that let its window be as narrow as a small phone:
 * its (hidden) toolbar otherwise holds the window at 334 px or more.
 */
function minibrowserConfig(scratch) {
  const gtk = path.join(scratch, 'gtk-3.0');
  fs.mkdirSync(gtk, { recursive: true });
  fs.writeFileSync(path.join(gtk, 'gtk.css'), 'toolbar, toolbar *, entry { min-width: 0; padding: 0; margin: 0; }\n');
  return scratch;
}

/** Why an engine cannot run here, or null when it can. */
function missing(name) {
  const engine = ENGINES[name];
  if (!engine) return `unknown engine "${name}"`;
  if (!fs.existsSync(engine.browser)) return `${engine.browser} not found (install: ${engine.install})`;
  if (!onPath(engine.driver)) return `${engine.driver} not found on PATH (install: ${engine.install})`;
  if (engine.needsDisplay && !process.env.DISPLAY && !onPath('Xvfb')) return `no display and no Xvfb (install: apt-get install xvfb)`;
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, child, log) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`driver exited with ${child.exitCode}: ${log()}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value && status.value.ready !== false) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`driver did not start within 20 s: ${log()}`);
}

/**
 * Starts the engine's driver on a free port and opens a session in it. Each
 * session gets its own driver, because geckodriver and WebKitWebDriver serve one
 * session at a time. Returns { driver, quit }.
 */
async function startSession(name, options = {}) {
  const engine = ENGINES[name];
  const port = await freePort();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `e2e-${name}-`));
  const cleanup = () => fs.rmSync(scratch, { recursive: true, force: true });
  const env = { ...process.env, ...(engine.driverEnv ? engine.driverEnv(scratch) : {}) };
  const child = spawn(engine.driver, engine.driverArgs(port), { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(url, child, () => output);
    const driver = await WebDriver.createSession(new Executor(new HttpClient(url)), {
      ...engine.capabilities(options, scratch),
      pageLoadStrategy: 'normal',
    });
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 });
    const quit = async () => {
      try {
        await driver.quit();
      } finally {
        child.kill();
        cleanup();
      }
    };
    return { driver, quit };
  } catch (e) {
    child.kill();
    cleanup();
    throw e;
  }
}

module.exports = { ENGINES, missing, startSession };
