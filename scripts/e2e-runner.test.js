// The end-to-end runner (e2e-engines/run.js and the sessions of engines.js) on
// files of this test's own making, with no browser: a file whose tests pass and
// which then exits with a failure, one that throws after its tests, one whose
// `after` hook fails and one that hangs each fail the run, which names the file,
// the engine and why; a driver left running by a file killed at its timeout is
// ended; a session whose driver never answers "new session" is ended and tried
// once more, then fails with the driver's log, its processes gone, and the run
// stops there.
// Run: node --test scripts/   (the fixtures, in scripts/fixtures/e2e-runner/, are
// named so that node --test does not take them for tests of its own)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { openSession, SESSION_FAILED } = require('../e2e-engines/engines');

const FIXTURES = path.join(__dirname, 'fixtures', 'e2e-runner');
const fixture = (name) => path.join(FIXTURES, name);
const TIMEOUT = 4000;

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** Waits up to `ms` for `pid` to be gone (an ended process may take a moment to be reaped). */
async function gone(pid, ms = 3000) {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

/**
 * Runs `files` (fixture names) as run.js runs an engine's files, in a process of
 * its own: node's test runner runs no files from inside a test file. Returns
 * { ran, summary } (see run.js: runFiles, summarize) and what it printed.
 */
function runFixtures(engine, timeout, owned, names, env = {}) {
  const childEnv = { ...process.env, ...env };
  delete childEnv.NODE_TEST_CONTEXT;
  const out = execFileSync(process.execPath, [fixture('run-files.js'), engine, String(timeout), owned || '', ...names.map(fixture)], { env: childEnv, encoding: 'utf8' });
  const lines = out.trim().split('\n');
  return { ...JSON.parse(lines.pop()), printed: lines.join('\n') };
}

function scratch(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-runner-test-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a file whose tests pass but which then fails, throws, fails a hook or hangs fails the run, named with its engine and why', async (t) => {
  const owned = scratch(t);
  const names = ['passes.js', 'passes-then-exits-1.js', 'passes-then-throws.js', 'hook-fails.js', 'hangs.js'];
  const { ran, summary, printed } = runFixtures('webkit', TIMEOUT, owned, names);
  const by = Object.fromEntries(ran.results.map((r) => [path.basename(r.file), r]));

  assert.equal(by['passes.js'].ok, true, JSON.stringify(by['passes.js']));
  assert.equal(by['passes.js'].passed, 1);
  assert.equal(by['passes.js'].skipped.length, 1);

  // Every test passed, and still each of these failed.
  for (const name of ['passes-then-exits-1.js', 'passes-then-throws.js', 'hook-fails.js']) {
    assert.equal(by[name].ok, false, `${name}: ${JSON.stringify(by[name])}`);
    assert.equal(by[name].failed, 0, name);
    assert.ok(by[name].passed >= 1, name);
  }
  assert.deepEqual(by['passes-then-exits-1.js'].problems, ['exited with code 1']);
  assert.deepEqual(by['passes-then-throws.js'].problems, ['exited with code 1']);
  assert.match(by['hook-fails.js'].problems.join(), /"a session that does not end" failed: .*did not end within 30 s/);

  assert.equal(by['hangs.js'].ok, false);
  assert.equal(by['hangs.js'].passed, 1, 'the test before the hang is counted');
  assert.deepEqual(by['hangs.js'].problems, [`timed out after ${TIMEOUT / 1000} s`]);
  assert.ok(by['hangs.js'].seconds < TIMEOUT / 1000 + 10, 'the hang costs its timeout, no more');

  assert.equal(summary.failed, true);
  assert.match(summary.head, /^webkit 6 passed, 1 skipped, 4 files failed \(passes-then-exits-1\.js, passes-then-throws\.js, hook-fails\.js, hangs\.js\) \(\d+ s\)$/);
  assert.match(printed, /Engines: webkit 6 passed/);
  const line = (name) => summary.lines.find((l) => l.includes(` ${name}:`));
  assert.match(line('passes.js'), /^ {2}✔ webkit passes\.js: 1 passed, 1 skipped/);
  assert.match(line('passes-then-exits-1.js'), /^ {2}✖ webkit passes-then-exits-1\.js: exited with code 1 \[2 passed/);
  assert.match(line('passes-then-throws.js'), /^ {2}✖ webkit passes-then-throws\.js: exited with code 1 \[1 passed/);
  assert.match(line('hook-fails.js'), /^ {2}✖ webkit hook-fails\.js: "a session that does not end" failed/);
  assert.match(line('hangs.js'), /^ {2}✖ webkit hangs\.js: timed out after 4 s \[1 passed/);
});

test('a run of passing files passes', () => {
  const { ran, summary } = runFixtures('chromium', TIMEOUT, '', ['passes.js']);
  assert.equal(ran.results[0].ok, true);
  assert.equal(summary.failed, false);
  assert.match(summary.head, /^chromium 1 passed, 1 skipped \(\d+ s\)$/);
});

test('a driver that a file killed at its timeout left running is ended, by its process group', async (t) => {
  const owned = scratch(t);
  const pidFile = path.join(owned, 'fixture-pid');
  const { ran } = runFixtures('webkit', 2000, owned, ['hangs-with-a-driver.js'], { E2E_FIXTURE_PID: pidFile });
  const [result] = ran.results;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  assert.ok(pid > 0);
  assert.equal(result.ok, false);
  assert.match(result.problems.join('; '), /^timed out after 2 s; left running, now ended: sleep \(a stand-in driver\), pid \d+$/);
  assert.ok(await gone(pid), `the stand-in driver (pid ${pid}) was ended`);
  assert.deepEqual(fs.readdirSync(owned).filter((n) => /^\d+$/.test(n)), [], 'and forgotten');
});

test('a session whose driver never answers "new session" is ended and tried once more, then fails the run at once, with the driver log', async (t) => {
  const owned = scratch(t);
  const pidFile = path.join(owned, 'fixture-pid');
  const before = { owned: process.env.E2E_OWNED, pid: process.env.E2E_FIXTURE_PID };
  process.env.E2E_OWNED = owned;
  process.env.E2E_FIXTURE_PID = pidFile;
  t.after(() => {
    for (const [name, value] of [['E2E_OWNED', before.owned], ['E2E_FIXTURE_PID', before.pid]]) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const silent = {
    driver: process.execPath,
    driverArgs: (port) => [fixture('silent-driver.js'), `--port=${port}`],
    capabilities: () => ({ browserName: 'silent' }),
  };
  const started = Date.now();
  await assert.rejects(openSession(silent, 'silent', {}, { limit: 1500, tries: 2 }), (e) => {
    assert.match(e.message, /^silent: the browser session did not start \(try 2 of 2\): the driver did not answer "new session" within 1\.5 s/);
    assert.match(e.message, /silent driver: POST \/session: no answer, ever/, 'with the driver’s own log');
    return true;
  });
  assert.ok(Date.now() - started < 15_000, 'two tries of 1.5 s, not a long wait');
  const pids = fs.readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number);
  assert.equal(pids.length, 4, 'two drivers, each with its browser');
  for (const pid of pids) assert.ok(await gone(pid), `pid ${pid} was ended`);
  assert.match(fs.readFileSync(path.join(owned, SESSION_FAILED), 'utf8'), /^silent: the browser session did not start \(try 2 of 2\)/, 'run.js is told to stop');
  // Nothing more is tried in this process.
  const again = Date.now();
  await assert.rejects(openSession(silent, 'silent', {}, { limit: 1500, tries: 2 }), /no session is started after this one failed/);
  assert.ok(Date.now() - again < 500);
});

test('a session that fails to start twice stops the run at once: the files after it are not run', (t) => {
  const owned = scratch(t);
  const pidFile = path.join(owned, 'fixture-pid');
  const { ran, summary } = runFixtures('webkit', TIMEOUT, owned, ['session-never-starts.js', 'passes.js'], { E2E_FIXTURE_PID: pidFile });
  assert.match(ran.stopped, /^session-never-starts\.js: silent: the browser session did not start \(try 2 of 2\)/);
  assert.deepEqual(ran.notRun.map((f) => path.basename(f)), ['passes.js']);
  assert.equal(summary.failed, true);
  assert.ok(summary.lines.includes('  ✖ webkit passes.js: not run'), summary.lines.join('\n'));
  assert.ok(summary.lines.some((l) => l.startsWith('  ✖ webkit: the run stopped: a browser session did not start twice')));
});
