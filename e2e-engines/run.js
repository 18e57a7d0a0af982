// Runs the cross-engine end-to-end tests (every *.test.js here) in Chromium,
// Firefox and WebKit in turn, against dist/ served with the problem probe, and ends
// with every file's result per engine and the time per engine. An engine that is
// not installed is reported and skipped, unless REQUIRE_ALL_ENGINES=1 (as on CI),
// when that is a failure.
//
// The run fails when any test fails, and also when any FILE fails as a whole,
// whatever its tests reported: it exits non-zero or is killed by a signal after its
// tests passed, a before/after hook fails, it runs no test, or it times out
// (E2E_FILE_TIMEOUT_S, 5 minutes by default; the slowest file takes well under one).
// A file that times out is killed by node's test runner, and every driver and
// browser it started (engines.js records their process groups in E2E_OWNED) is
// ended with it, by process group id, never by name.
//
// A browser session that does not start within 60 s is ended and tried once more
// (engines.js). If the second try fails too, the run stops at once: the other
// files and engines are not run and the run fails, saying why.
//
// Usage: node e2e-engines/run.js [chromium|firefox|webkit ...] [part of a file name ...]
// E2E_DIST=DIR serves DIR instead of dist/ (e.g. a copy, while dist/ is rebuilt).
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const { ENGINES, missing, endOwnedLeftovers, freePort, SESSION_FAILED } = require('./engines');

const ROOT = path.join(__dirname, '..');
const FILE_TIMEOUT = Number(process.env.E2E_FILE_TIMEOUT_S || 300) * 1000;
const requireAll = process.env.REQUIRE_ALL_ENGINES === '1';

// On a port free a moment before, not a fixed one: a server left by an earlier run
// on a fixed port would answer instead, with whatever page it was serving.
function startServer(dist, port) {
  return spawn(process.execPath, [path.join(ROOT, 'e2e', 'serve.js'), dist, String(port), '--probe', path.join(__dirname, 'probe.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitForServer(url, server) {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`the test server exited (${server.exitCode}) before it answered at ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test server did not answer at ${url}`);
}

/** Starts Xvfb on a free display and returns [process, ":N"]. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve([xvfb, `:${out.trim()}`]);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

/** Why a file failed as a whole, from node's test runner's report of the file. */
function fileFailure(error, timeout) {
  if (!error) return 'failed';
  if (error.failureType === 'testTimeoutFailure') return `timed out after ${Math.round(timeout / 1000)} s`;
  if (error.signal) return `was killed by ${error.signal}`;
  if (error.exitCode != null) return `exited with code ${error.exitCode}`;
  return String((error.cause && error.cause.message) || error.cause || error.message || 'failed');
}

const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim().slice(0, 300);

/**
 * Runs one test file with node's test runner and returns its result:
 * { file, passed, failed, skipped: [why], problems: [why], seconds, ok }.
 * `problems` says why the file failed, if it did: tests or suites (hooks) that
 * failed, or the file itself (its exit, a signal, the timeout); `ok` is true only
 * with no problem and at least one test that passed or was skipped.
 */
function runFile(file, { timeout = FILE_TIMEOUT, output = process.stdout } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const result = { file, passed: 0, failed: 0, skipped: [], problems: [], seconds: 0, ok: false };
    const stream = run({ files: [file], concurrency: 1, timeout });
    const isFile = (t) => t.name === file && (t.nesting || 0) === 0;
    const isSuite = (t) => t.details && t.details.type === 'suite';
    stream.on('test:pass', (t) => {
      if (isFile(t) || isSuite(t)) return;
      if (t.skip || t.todo) result.skipped.push(`${t.name}: ${t.skip === true || t.todo ? 'skipped' : t.skip || t.todo}`);
      else result.passed += 1;
    });
    stream.on('test:fail', (t) => {
      const error = t.details && t.details.error;
      if (isFile(t)) {
        result.problems.push(fileFailure(error, timeout));
      } else if (isSuite(t)) {
        // A suite fails on its own when a hook fails (a session that did not start
        // or did not end), even if every test in it passed.
        if (error && error.failureType !== 'subtestsFailed') result.problems.push(`"${t.name}" failed: ${oneLine((error.cause && error.cause.message) || error.message)}`);
      } else {
        result.failed += 1;
        if (result.failed <= 3) result.problems.push(`"${t.name}" failed`);
      }
    });
    const report = stream.compose(spec);
    if (output) report.pipe(output, { end: false });
    else report.resume();
    report.on('end', () => {
      result.seconds = Math.round((Date.now() - started) / 1000);
      if (result.failed > 3) result.problems.push(`${result.failed - 3} more tests failed`);
      if (!result.problems.length && result.passed + result.skipped.length === 0) result.problems.push('ran no test');
      result.ok = result.problems.length === 0;
      resolve(result);
    });
  });
}

/**
 * Runs `files` one at a time (see runFile). After each, ends any driver or browser
 * the file left running (recorded in `owned`, a directory, by engines.js), and
 * stops early, saying why in `stopped`, if a browser session failed to start twice.
 * Returns { results, stopped, notRun }.
 */
async function runFiles(files, { timeout = FILE_TIMEOUT, output = process.stdout, owned = null } = {}) {
  const results = [];
  // The test files inherit it, and engines.js records their drivers there.
  if (owned) process.env.E2E_OWNED = owned;
  for (const file of files) {
    const result = await runFile(file, { timeout, output });
    if (owned) {
      const ended = endOwnedLeftovers(owned);
      if (ended.length) {
        // Expected after a timeout or a crash; after a clean exit, a session not quit.
        result.problems.push(`left running, now ended: ${ended.join(', ')}`);
        result.ok = false;
      }
    }
    results.push(result);
    const why = owned && readIfExists(path.join(owned, SESSION_FAILED));
    if (why) return { results, stopped: `${path.basename(file)}: ${oneLine(why)}`, notRun: files.slice(results.length) };
  }
  return { results, stopped: null, notRun: [] };
}

function readIfExists(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The closing lines for one engine: one per file (✔ or ✖, what it ran, why it
 * failed) and whether the engine failed. `ran` is runFiles' answer.
 */
function summarize(engine, ran, seconds) {
  const lines = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failedFiles = [];
  for (const r of ran.results) {
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped.length;
    const name = path.basename(r.file);
    const counts = `${r.passed} passed${r.failed ? `, ${r.failed} failed` : ''}${r.skipped.length ? `, ${r.skipped.length} skipped` : ''} (${r.seconds} s)`;
    if (r.ok) lines.push(`  ✔ ${engine} ${name}: ${counts}`);
    else {
      failedFiles.push(name);
      lines.push(`  ✖ ${engine} ${name}: ${r.problems.join('; ')} [${counts}]`);
    }
    for (const s of r.skipped) lines.push(`      ${engine} ${name} skipped ${s}`);
  }
  if (ran.stopped) {
    lines.push(`  ✖ ${engine}: the run stopped: a browser session did not start twice (${ran.stopped})`);
    for (const file of ran.notRun || []) lines.push(`  ✖ ${engine} ${path.basename(file)}: not run`);
  }
  const bad = failedFiles.length > 0 || ran.stopped || passed === 0;
  const head =
    `${engine} ${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}` +
    `${failedFiles.length ? `, ${failedFiles.length} file${failedFiles.length > 1 ? 's' : ''} failed (${failedFiles.join(', ')})` : ''} (${seconds} s)`;
  return { head, lines, failed: Boolean(bad) };
}

async function main() {
  const args = process.argv.slice(2);
  const chosen = args.filter((a) => a in ENGINES);
  const filters = args.filter((a) => !(a in ENGINES));
  const engines = chosen.length ? chosen : Object.keys(ENGINES);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && (!filters.length || filters.some((part) => f.includes(part))))
    .sort()
    .map((f) => path.join(__dirname, f));
  if (!files.length) throw new Error(`no test file matches ${filters.join(', ')}`);
  const dist = path.resolve(process.env.E2E_DIST || path.join(ROOT, 'dist'));
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: build first (bash scripts/build.sh)`);
  // Where engines.js records the process group of every driver it starts, so that
  // what a killed test file started is ended too.
  const owned = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-owned-'));
  const port = await freePort();
  const server = startServer(dist, port);
  let xvfb = null;
  // Drivers run in process groups of their own, which a Ctrl-C on the terminal does
  // not reach: end them here.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      const ended = endOwnedLeftovers(owned);
      if (ended.length) console.error(`\nended: ${ended.join(', ')}`);
      server.kill();
      if (xvfb) xvfb.kill();
      fs.rmSync(owned, { recursive: true, force: true });
      process.exit(130);
    });
  }
  const heads = [];
  const details = [];
  let failed = false;
  try {
    process.env.BASE_URL = `http://127.0.0.1:${port}`;
    await waitForServer(`${process.env.BASE_URL}/`, server);
    for (const [i, engine] of engines.entries()) {
      const why = missing(engine);
      if (why) {
        heads.push(`${engine} not run: ${why}`);
        if (requireAll) failed = true;
        console.log(`\n\x1b[33m${engine}: not run, ${why}\x1b[0m`);
        continue;
      }
      if (ENGINES[engine].needsDisplay && !process.env.DISPLAY) {
        [xvfb, process.env.DISPLAY] = await startXvfb();
      }
      console.log(`\n\x1b[1m==> ${engine}\x1b[0m`);
      process.env.ENGINE = engine;
      const started = Date.now();
      const ran = await runFiles(files, { owned });
      const summary = summarize(engine, ran, Math.round((Date.now() - started) / 1000));
      heads.push(summary.head);
      details.push(...summary.lines);
      if (summary.failed) failed = true;
      if (ran.stopped) {
        const rest = engines.slice(i + 1);
        if (rest.length) heads.push(`not run after that: ${rest.join(', ')}`);
        break;
      }
    }
  } finally {
    server.kill();
    if (xvfb) xvfb.kill();
    endOwnedLeftovers(owned);
    fs.rmSync(owned, { recursive: true, force: true });
  }
  console.log('');
  for (const line of details) console.log(line.includes('✖') ? `\x1b[31m${line}\x1b[0m` : line);
  console.log(`\x1b[1mEngines: ${heads.join(', ')}\x1b[0m`);
  if (failed) console.log('\x1b[31mThe end-to-end run FAILED (see ✖ above).\x1b[0m');
  process.exitCode = failed ? 1 : 0;
}

module.exports = { runFile, runFiles, summarize };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
