// The benchmark: loads three pages side by side in one run under Slow 4G and 4x
// CPU throttling (Chromium DevTools protocol) and prints medians and ratios:
//   static  the article as plain HTML            (the floor)
//   yew     a minimal Yew app built the same way (the framework floor)
//   ours    the explainer
// then click-to-next-paint on ours (and on the generated 20-actor page), a soak of random interactions, and Lighthouse.
// Run through bench/run.sh, which builds everything first.
const { chromium } = require('@playwright/test');
const { spawn, execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS || 9);
const CLICKS = Number(process.env.CLICKS || 28);
const SOAK = Number(process.env.SOAK || 1000);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const SITES = [
  { name: 'static', dir: path.join(ROOT, 'target/bench/static-floor'), port: 8801 },
  { name: 'yew', dir: path.join(ROOT, 'bench/yew-floor/dist'), port: 8802 },
  { name: 'ours', dir: path.join(ROOT, 'dist'), port: 8803 },
];
// The generated 20-actor page (run.sh builds it), for a click in a large diagram.
const TWENTY = { dir: path.join(ROOT, 'target/twenty'), port: 8804 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (v, unit) => (v === null || Number.isNaN(v) ? 'n/a' : unit === 'kB' ? (v / 1024).toFixed(1) + ' kB' : v.toFixed(0) + ' ms');

// Records paint and "interactive" times from inside the page.
const PROBE = () => {
  window.__bench = { interactive: null, lcp: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const mark = () => {
    if (window.__bench.interactive === null && document.documentElement.hasAttribute('data-interactive')) {
      window.__bench.interactive = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] });
};

async function load(browser, site) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(`http://127.0.0.1:${site.port}/`, { waitUntil: 'load' });
  if (site.name === 'static') {
    await page.waitForTimeout(300);
  } else {
    await page.waitForFunction(() => window.__bench.interactive !== null, null, { timeout: 60_000 });
  }
  await page.waitForTimeout(200);
  const m = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp: fcp ? fcp.startTime : null, lcp: window.__bench.lcp, interactive: window.__bench.interactive ?? nav.domContentLoadedEventEnd };
  });
  await context.close();
  return { bytes, ...m };
}

/** Records, in the page, each click's time to the next paint and its Event Timing split. */
const CLICK_PROBE = () => {
  window.__latencies = [];
  // The Event Timing API's view of the same clicks, to say where the time goes:
  // input delay, processing (handlers, the re-render, effects), then rendering.
  window.__phases = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'click') continue;
      window.__phases.push({
        delay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
        rendering: e.startTime + e.duration - e.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16 });
  document.addEventListener(
    'click',
    (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - t0), 0));
    },
    true,
  );
};

/** The diagram's nodes on the page served at `port`, as selectors. */
async function nodeSelectors(browser, port) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const ids = await page.evaluate(() => [...document.querySelectorAll('.diagram-svg .node')].map((g) => `#${g.id}`));
  await page.close();
  return ids;
}

/** Clicks `targets` (selectors) in turn, CLICKS times, at 4x CPU throttling. */
async function clickLatency(browser, port, targets) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('html[data-interactive]');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(CLICK_PROBE);
  const perTarget = {};
  for (let i = 0; i < CLICKS; i++) {
    const target = targets[i % targets.length];
    await page.locator(target).click();
    await page.waitForFunction((n) => window.__latencies.length > n, i);
    const last = await page.evaluate(() => window.__latencies[window.__latencies.length - 1]);
    (perTarget[target] = perTarget[target] || []).push(last);
  }
  const all = await page.evaluate(() => window.__latencies);
  // Entries arrive after their frame; give the last ones time to.
  await page.waitForTimeout(500);
  const phases = await page.evaluate(() => window.__phases);
  await context.close();
  return { all, perTarget, phases };
}

/** A studio with nothing kept from an earlier run, at 1440x900, ready to drive. */
async function emptyStudio(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('http://127.0.0.1:8803/studio/');
  await page.waitForSelector('html[data-interactive]');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('#st-paste');
  return { context, page, cdp };
}

/**
 * Typing in the studio (issue #23): with the shipped content file open, each
 * keystroke in Turkey's role summary, from the key event to the next paint, at 4x
 * CPU, with `gap` ms between keys. Every keystroke is an edit; the work is saved
 * and checked by the real compiler once typing pauses (150 and 400 ms), so a slow
 * typist's keys (300 ms apart) meet the check between them, a fast one's (120 ms)
 * do not.
 */
async function typing(browser, gap) {
  const { context, page, cdp } = await emptyStudio(browser);
  await page.click('text=Open the example');
  await page.waitForSelector('.st-ready', { timeout: 120_000 });
  await page.click('#tab-actors');
  await page.click('#actors-0 > summary');
  const field = '#f-actors-0-role-summary';
  await page.waitForSelector(field);
  await page.focus(field);
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const words = ' and keeps talking to both';
  for (const ch of words) {
    await page.keyboard.type(ch);
    // One key at a time, as a person types, each given time to paint.
    await page.waitForTimeout(gap);
  }
  await page.waitForTimeout(500);
  const keys = await page.evaluate(() => window.__keys);
  await context.close();
  return keys;
}

/**
 * The studio: opening the shipped content file (as the example) at 4x CPU, until
 * its annotations show and are checked, and until the preview frame shows the
 * reader's page made from it.
 */
async function studio(browser) {
  const { context, page, cdp } = await emptyStudio(browser);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.click('text=Open the example');
  await page.waitForSelector('.st-ready', { timeout: 120_000 });
  const checked = Date.now() - t0;
  await page.click('#tab-preview');
  const t1 = Date.now();
  await page.waitForFunction(() => {
    const doc = document.querySelector('.st-frame-laptop iframe')?.contentDocument;
    return doc && doc.getElementById('panel');
  }, null, { timeout: 120_000 });
  const previewed = Date.now() - t1;
  // Publish: from the button to the package downloaded (the page rendered, the
  // reader's files fetched, finished, the card drawn, zipped).
  await page.click('#tab-publish');
  const t2 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('.st-publish')]);
  const published = Date.now() - t2;
  const packageBytes = require('fs').statSync(await download.path()).size;
  await context.close();
  return { checked, previewed, published, packageBytes };
}

async function soak(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await page.goto('http://127.0.0.1:8803/');
  await page.waitForSelector('html[data-interactive]');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  let seed = 42;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const counts = {};
  for (let i = 0; i < SOAK; i++) {
    const action = ['mention', 'node', 'edge', 'evidence', 'key', 'back', 'forward'][random(7)];
    counts[action] = (counts[action] || 0) + 1;
    if (action === 'key') {
      await page.keyboard.press(['Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', 'Tab'][random(7)]);
    } else if (action === 'back' || action === 'forward') {
      await page.evaluate((a) => (a === 'back' ? history.back() : history.forward()), action);
    } else {
      const selector = { mention: 'a.mention', node: '.node', edge: '.edge', evidence: '.panel button.evidence' }[action];
      await page.evaluate(
        ([s, r]) => {
          const all = document.querySelectorAll(s);
          if (all.length) all[Math.floor(r * all.length)].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        },
        [selector, random(1000) / 1000],
      );
    }
  }
  await page.waitForTimeout(300);
  const alive = await page.evaluate(() => document.documentElement.hasAttribute('data-interactive'));
  const after = await heap();
  await context.close();
  return { errors, growth: after - before, before, after, counts, alive };
}

function lighthouse(port) {
  const bin = path.join(__dirname, 'node_modules/.bin/lighthouse');
  const out = execFileSync(
    bin,
    [`http://127.0.0.1:${port}/`, '--output=json', '--quiet', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless ${ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(out);
  return Object.fromEntries(Object.values(report.categories).map((c) => [c.id, Math.round(c.score * 100)]));
}

async function measureStudio(browser) {
  const st = await studio(browser);
  console.log(`Studio, 4x CPU: opening the shipped content file to its annotations shown and checked ${st.checked} ms; the preview tab to the reader's page shown in its frame ${st.previewed} ms; Publish to the package downloaded ${st.published} ms (${st.packageBytes} bytes)`);
  for (const gap of [120, 300]) {
    const keys = await typing(browser, gap);
    const sortedKeys = [...keys].sort((a, b) => a - b);
    console.log(`Studio typing, 4x CPU, the shipped file open, ${keys.length} keystrokes ${gap} ms apart in a summary: key to next paint median ${median(keys).toFixed(1)} ms, worst ${sortedKeys[sortedKeys.length - 1].toFixed(1)} ms (the aim: under 50 ms at the median)`);
  }
}

(async () => {
  const servers = [...SITES, TWENTY].map((s) => spawn('node', [path.join(ROOT, 'e2e/serve.js'), s.dir, String(s.port)], { stdio: 'ignore' }));
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // STUDIO_ONLY=1 measures the studio alone (opening, preview, publish, typing).
    if (process.env.STUDIO_ONLY) return await measureStudio(browser);
    console.log(`Loads: median of ${RUNS} runs each, phone viewport, Slow 4G (1.6 Mbps, 150 ms RTT), 4x CPU throttling, cache off`);
    const results = {};
    for (let run = 0; run < RUNS; run++) {
      for (const site of SITES) (results[site.name] = results[site.name] || []).push(await load(browser, site));
    }
    const metrics = [
      ['bytes transferred', 'bytes', 'kB'],
      ['first contentful paint', 'fcp', 'ms'],
      ['largest contentful paint', 'lcp', 'ms'],
      ['interactive', 'interactive', 'ms'],
    ];
    const table = {};
    for (const [label, key, unit] of metrics) {
      const row = {};
      for (const site of SITES) row[site.name] = median(results[site.name].map((r) => r[key] ?? NaN));
      table[label] = row;
      console.log(
        `  ${label.padEnd(26)} static ${fmt(row.static, unit).padStart(9)}   yew ${fmt(row.yew, unit).padStart(9)} (${(row.yew / row.static).toFixed(2)}x)   ours ${fmt(row.ours, unit).padStart(9)} (${(row.ours / row.static).toFixed(2)}x static, ${(row.ours / row.yew).toFixed(2)}x yew)`,
      );
    }

    // LOADS_ONLY=1 stops here: a quicker run when only the loads are in question.
    if (process.env.LOADS_ONLY) return;
    const ids = ['turkey', 'russia', 'ukraine', 'united-states', 'kazakhstan', 'nato', 'west'].map((id) => `#node-${id}`);
    const clicks = await clickLatency(browser, 8803, ids);
    const floor = await clickLatency(browser, 8802, ['button']);
    const summary = (c) => {
      const sorted = [...c.all].sort((a, b) => a - b);
      return { median: median(c.all), worst: sorted[sorted.length - 1] };
    };
    const [ours, yew] = [summary(clicks), summary(floor)];
    console.log(`Click to next paint, 4x CPU throttling, ${CLICKS} clicks each: ours median ${ours.median.toFixed(1)} ms, worst ${ours.worst.toFixed(1)} ms; Yew floor median ${yew.median.toFixed(1)} ms, worst ${yew.worst.toFixed(1)} ms; ours / floor ${(ours.median / yew.median).toFixed(2)}x`);
    for (const [id, xs] of Object.entries(clicks.perTarget)) console.log(`  ${id.padEnd(22)} median ${median(xs).toFixed(1)} ms`);
    const large = await clickLatency(browser, TWENTY.port, await nodeSelectors(browser, TWENTY.port));
    const big = summary(large);
    console.log(`  the generated 20-actor page (fitted at 1440 px): median ${big.median.toFixed(1)} ms, worst ${big.worst.toFixed(1)} ms; ${(big.median / ours.median).toFixed(2)}x the shipped article's click (the aim: 1.5x or less)`);
    const phase = (c, k) => (c.phases.length ? median(c.phases.map((p) => p[k])).toFixed(1) : 'n/a');
    for (const [name, c] of [['ours', clicks], ['floor', floor]]) {
      console.log(
        `  Event Timing, ${name}, ${c.phases.length} clicks of 16 ms or more (rounded to 8 ms by the browser): median input delay ${phase(c, 'delay')} ms, processing ${phase(c, 'processing')} ms, rendering ${phase(c, 'rendering')} ms`,
      );
    }

    await measureStudio(browser);

    const s = await soak(browser);
    console.log(`Soak: ${SOAK} random actions ${JSON.stringify(s.counts)}`);
    console.log(`  console errors ${s.errors.length}, still interactive ${s.alive}, JS heap ${(s.before / 1024).toFixed(0)} kB -> ${(s.after / 1024).toFixed(0)} kB (growth ${(s.growth / 1024).toFixed(0)} kB)`);
    for (const e of s.errors.slice(0, 5)) console.log('  error: ' + e);

    console.log('Lighthouse 12.2.3, mobile (simulated throttling):');
    for (const site of SITES) {
      const scores = lighthouse(site.port);
      console.log(`  ${site.name.padEnd(7)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores['best-practices']}  seo ${scores.seo}`);
    }
    if (s.errors.length || !s.alive) process.exitCode = 1;
  } finally {
    await browser.close();
    servers.forEach((p) => p.kill());
  }
})();
