// The three browser engines the cross-engine tests drive over WebDriver: where each
// browser and driver lives, whether it is installed, and how to start a session.
//
// A session is given 60 s to start (E2E_SESSION_START_S); one that has not is
// ended, with its driver's log printed, and tried once more; a second failure ends
// this file's sessions and tells run.js, which stops the run. Its end (quit) is
// given 30 s. Every driver starts in a process group of its own, which holds the
// browser it launches; ending a session ends that group, and nothing else. The
// groups are recorded in E2E_OWNED (set by run.js), so that run.js can end them
// when a test file is killed (a timeout) before it could.
//
// WebKitGTK (issue #20, a clean Debian 12 machine): views.test.js waited its whole
// 15 minutes between two describe blocks, that is in one session's quit or the
// next one's start, with WebKitWebDriver still running and no MiniBrowser behind
// it. That wait is the engine's: WebKitWebDriver launches MiniBrowser, then tries
// MiniBrowser's inspector port every 100 ms, and if MiniBrowser has exited by then,
// SessionHost::connectToBrowser returns without ever answering the "new session"
// request (Source/WebDriver/glib/SessionHostGlib.cpp); nor does it give up on a
// start that MiniBrowser never confirms. Seen here with webkit2gtk-driver
// 2.50.6-1~deb12u1 and a browser that exits at once (MINIBROWSER=/bin/false): no
// answer, and not a line in the driver's log. Why MiniBrowser went on that machine
// is unknown (its stderr goes to the driver's log, printed now); 60 sessions in a
// row and three WebKit runs of every file here did not reproduce it. Ours was
// that nothing had a limit: not the request, not quit; and a driver killed alone
// leaves its browser behind (seen here: after SIGTERM to WebKitWebDriver alone,
// MiniBrowser and its web and network processes ran on, orphaned; all were in the
// driver's process group, and ending the group ended them). Hence the limits and
// the process groups above.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const SESSION_START_LIMIT = Number(process.env.E2E_SESSION_START_S || 60) * 1000;
const SESSION_END_LIMIT = 30_000;
const DRIVER_READY_LIMIT = 20_000;
/** The file, in E2E_OWNED, that says a session failed to start twice (run.js stops). */
const SESSION_FAILED = 'session-failed';

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
    // ChromeDriver's own log (Chromium's launch and every command) goes to a file,
    // printed when a session does not start.
    driverArgs: (port, scratch) => [`--port=${port}`, `--log-path=${path.join(scratch, 'chromedriver.log')}`],
    driverLog: (scratch) => path.join(scratch, 'chromedriver.log'),
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
    // WebKitGTK has no headless mode: it draws into an X display (Xvfb, started by
    // run.js). WebKitWebDriver logs to its stderr, with MiniBrowser's (kept below).
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

/**
 * Spawns `command` as the leader of a new process group (and session), which also
 * holds whatever it launches (the browser and the browser's own processes), and
 * records the group in E2E_OWNED, with `scratch`, a folder of its own to remove
 * with it. Its handles do not keep this process alive: a session a test forgot to
 * quit must not hang the file (run.js reports it).
 */
function spawnOwned(command, args, options, label, scratch = null) {
  const child = spawn(command, args, { ...options, detached: true });
  child.unref();
  for (const stream of [child.stdout, child.stderr]) if (stream) stream.unref();
  if (child.pid && process.env.E2E_OWNED) {
    try {
      fs.writeFileSync(path.join(process.env.E2E_OWNED, String(child.pid)), JSON.stringify({ label, scratch }));
    } catch {
      // the run's directory is gone: nothing to record into
    }
  }
  return child;
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};
const signalGroup = (pid, signal) => {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Ends the process group that `child` (from spawnOwned) leads and forgets it: all of
 * it gets SIGTERM; once the leader has exited (or after 3 s), SIGKILL ends whatever
 * of the group is left.
 */
async function endOwned(child) {
  const pid = child.pid;
  if (!pid) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signalGroup(pid, 'SIGTERM');
    await Promise.race([exited, sleep(3000)]);
  }
  signalGroup(pid, 'SIGKILL');
  if (process.env.E2E_OWNED) fs.rmSync(path.join(process.env.E2E_OWNED, String(pid)), { force: true });
}

/**
 * For run.js, after a test file has ended: ends every process group recorded in
 * `dir` that is still running, removes their scratch folders and forgets them all.
 * Returns what it ended ("WebKitWebDriver (webkit), pid 1234").
 */
function endOwnedLeftovers(dir) {
  const ended = [];
  let names = [];
  try {
    names = fs.readdirSync(dir).filter((n) => /^\d+$/.test(n));
  } catch {
    return ended;
  }
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (const name of names) {
    const pid = Number(name);
    const file = path.join(dir, name);
    let record = { label: 'a process', scratch: null };
    try {
      record = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      // unreadable: end the group all the same
    }
    if (groupAlive(pid)) {
      ended.push(`${record.label}, pid ${pid}`);
      signalGroup(pid, 'SIGTERM');
      for (let i = 0; i < 30 && groupAlive(pid); i++) Atomics.wait(wait, 0, 0, 100);
      if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    }
    if (record.scratch) fs.rmSync(record.scratch, { recursive: true, force: true });
    fs.rmSync(file, { force: true });
  }
  return ended;
}

/** `promise`, or an error saying `what()` if it has not settled within `ms`. */
function within(ms, promise, what) {
  let timer;
  promise.catch(() => {}); // it may still fail after we stopped waiting
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitForDriver(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the driver exited (${child.exitCode ?? child.signalCode}) before it answered`);
    try {
      const status = await within(1000, fetch(`${url}/status`).then((r) => r.json()), () => 'no answer');
      if (status.value && status.value.ready !== false) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the driver did not answer /status within ${DRIVER_READY_LIMIT / 1000} s`);
}

/** The end of a driver's log: what it wrote to stdout/stderr, and its log file. */
function driverLog(output, file) {
  let text = output;
  if (file) {
    try {
      text += `\n[${path.basename(file)}]\n${fs.readFileSync(file, 'utf8').slice(-4000)}`;
    } catch {
      // not written
    }
  }
  return text.trim() ? text.trim() : '(the driver wrote nothing)';
}

/**
 * One try at a session: starts the engine's driver on a free port and opens a
 * session in it, within `limit` ms in all, or ends the driver (and the browser it
 * launched) and throws, with the driver's log in the message.
 */
async function startOnce(engine, label, options, limit) {
  const { WebDriver } = require('selenium-webdriver');
  const { Executor, HttpClient } = require('selenium-webdriver/http');
  const deadline = Date.now() + limit;
  const port = await freePort();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `e2e-${label}-`));
  const env = { ...process.env, ...(engine.driverEnv ? engine.driverEnv(scratch) : {}) };
  const child = spawnOwned(engine.driver, engine.driverArgs(port, scratch), { stdio: ['ignore', 'pipe', 'pipe'], env }, `${engine.driver} (${label})`, scratch);
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (e) => keep(`\n${e.message}\n`));
  const log = () => driverLog(output, engine.driverLog && engine.driverLog(scratch));
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    await endOwned(child);
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(url, child, Math.min(deadline, Date.now() + DRIVER_READY_LIMIT));
    const driver = WebDriver.createSession(new Executor(new HttpClient(url)), {
      ...engine.capabilities(options, scratch),
      pageLoadStrategy: 'normal',
    });
    await within(deadline - Date.now(), driver.getSession(), () => `the driver did not answer "new session" within ${limit / 1000} s`);
    await within(deadline - Date.now(), driver.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 }), () => `the new session did not take its timeouts within ${limit / 1000} s`);
    const quit = async () => {
      try {
        await within(SESSION_END_LIMIT, driver.quit(), () => `${label}: the session did not end within ${SESSION_END_LIMIT / 1000} s; ${engine.driver}'s log:\n${log()}`);
      } finally {
        await end();
      }
    };
    return { driver, quit };
  } catch (e) {
    const message = `${e.message}\n--- ${engine.driver}'s log (its last lines) ---\n${log()}\n---`;
    await end();
    throw new Error(message);
  }
}

let noMoreSessions = null;

/**
 * Starts a session of `engine` (an entry of ENGINES, or one made for a test), tried
 * at most `tries` times, each given `limit` ms. After the last failure, this process
 * starts no other session, and run.js is told to stop the run. Returns
 * { driver, quit }; quit ends the session, then its driver and browser.
 */
async function openSession(engine, label, options = {}, { limit = SESSION_START_LIMIT, tries = 2 } = {}) {
  if (noMoreSessions) throw new Error(`${label}: no session is started after this one failed: ${noMoreSessions}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(engine, label, options, limit);
    } catch (e) {
      const message = `${label}: the browser session did not start (try ${attempt} of ${tries}): ${e.message}`;
      console.error(message);
      if (attempt >= tries) {
        noMoreSessions = message.split('\n')[0];
        if (process.env.E2E_OWNED) {
          try {
            fs.writeFileSync(path.join(process.env.E2E_OWNED, SESSION_FAILED), noMoreSessions);
          } catch {
            // the run's directory is gone
          }
        }
        throw new Error(message);
      }
    }
  }
}

/**
 * Starts the engine's driver on a free port and opens a session in it. Each
 * session gets its own driver, because geckodriver and WebKitWebDriver serve one
 * session at a time. Returns { driver, quit }.
 */
function startSession(name, options = {}) {
  return openSession(ENGINES[name], name, options);
}

module.exports = { ENGINES, missing, startSession, openSession, spawnOwned, endOwnedLeftovers, freePort, SESSION_FAILED };
