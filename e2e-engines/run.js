// Runs the cross-engine end-to-end tests (every *.test.js here) in Chromium,
// Firefox and WebKit in turn, against dist/ served with the problem probe, and ends
// with the count per engine. An engine that is not installed is reported and
// skipped, unless REQUIRE_ALL_ENGINES=1 (as on CI), when that is a failure.
// Usage: node e2e-engines/run.js [chromium|firefox|webkit ...] [part of a file name ...]
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const { ENGINES, missing } = require('./engines');

const ROOT = path.join(__dirname, '..');
const PORT = 8766;
const requireAll = process.env.REQUIRE_ALL_ENGINES === '1';

function startServer() {
  const server = spawn(process.execPath, [path.join(ROOT, 'e2e', 'serve.js'), path.join(ROOT, 'dist'), String(PORT), '--probe', path.join(__dirname, 'probe.js')], { stdio: 'ignore' });
  return server;
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
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

function runEngine(engine, files) {
  process.env.ENGINE = engine;
  return new Promise((resolve) => {
    const result = { passed: 0, failed: 0, skipped: [] };
    const stream = run({ files, concurrency: 1, timeout: 15 * 60_000 });
    // Suites (describe) and the per-file wrapper report too; count only tests.
    const isTest = (t) => t.details && t.details.type !== 'suite' && !files.includes(t.name);
    stream.on('test:pass', (t) => {
      if (!isTest(t)) return;
      if (t.skip) result.skipped.push(`${t.name}: ${t.skip === true ? 'skipped' : t.skip}`);
      else result.passed += 1;
    });
    stream.on('test:fail', (t) => isTest(t) && (result.failed += 1));
    const report = stream.compose(spec);
    report.pipe(process.stdout, { end: false });
    report.on('end', () => resolve(result));
  });
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
  const server = startServer();
  let xvfb = null;
  const summary = [];
  let failed = false;
  try {
    process.env.BASE_URL = `http://127.0.0.1:${PORT}`;
    await waitForServer(`${process.env.BASE_URL}/`);
    for (const engine of engines) {
      const why = missing(engine);
      if (why) {
        summary.push(`${engine} not run: ${why}`);
        if (requireAll) failed = true;
        console.log(`\n\x1b[33m${engine}: not run, ${why}\x1b[0m`);
        continue;
      }
      if (ENGINES[engine].needsDisplay && !process.env.DISPLAY) {
        [xvfb, process.env.DISPLAY] = await startXvfb();
      }
      console.log(`\n\x1b[1m==> ${engine}\x1b[0m`);
      const started = Date.now();
      const result = await runEngine(engine, files);
      const seconds = Math.round((Date.now() - started) / 1000);
      const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
      summary.push(`${engine} ${result.passed} passed${result.failed ? `, ${result.failed} failed` : ''}${skipped} (${seconds} s)`);
      for (const s of result.skipped) summary.push(`  ${engine} skipped ${s}`);
      if (result.failed || result.passed === 0) failed = true;
    }
  } finally {
    server.kill();
    if (xvfb) xvfb.kill();
  }
  console.log(`\n\x1b[1mEngines: ${summary.filter((s) => !s.startsWith(' ')).join(', ')}\x1b[0m`);
  for (const line of summary.filter((s) => s.startsWith(' '))) console.log(line);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
