// The benchmark: loads three pages side by side in one run under Slow 4G and 4x
// CPU throttling (Chromium DevTools protocol) and prints medians and ratios:
//   static  the article as plain HTML            (the floor)
//   yew     a minimal Yew app built the same way (the framework floor)
//   ours    the explainer
// then click-to-next-paint on ours, a soak of random interactions, and Lighthouse.
// Run through bench/run.sh, which builds everything first.
const { chromium } = require('@playwright/test');
const { spawn, execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS || 5);
const CLICKS = Number(process.env.CLICKS || 28);
const SOAK = Number(process.env.SOAK || 1000);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const SITES = [
  { name: 'static', dir: path.join(ROOT, 'target/bench/static-floor'), port: 8801 },
  { name: 'yew', dir: path.join(ROOT, 'bench/yew-floor/dist'), port: 8802 },
  { name: 'ours', dir: path.join(ROOT, 'dist'), port: 8803 },
];

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

async function clickLatency(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('http://127.0.0.1:8803/');
  await page.waitForSelector('html[data-interactive]');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // From the click event's timestamp to just after the next frame is painted.
  await page.evaluate(() => {
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
  });
  const ids = await page.$$eval('.node', (nodes) => nodes.map((n) => n.id));
  const perActor = {};
  for (let i = 0; i < CLICKS; i++) {
    const id = ids[i % ids.length];
    await page.locator('#' + id).click();
    await page.waitForFunction((n) => window.__latencies.length > n, i);
    const last = await page.evaluate(() => window.__latencies[window.__latencies.length - 1]);
    (perActor[id] = perActor[id] || []).push(last);
  }
  const all = await page.evaluate(() => window.__latencies);
  // Entries arrive after their frame; give the last ones time to.
  await page.waitForTimeout(500);
  const phases = await page.evaluate(() => window.__phases);
  await context.close();
  return { all, perActor, phases };
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

(async () => {
  const servers = SITES.map((s) => spawn('node', [path.join(ROOT, 'e2e/serve.js'), s.dir, String(s.port)], { stdio: 'ignore' }));
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    console.log(`Loads: median of ${RUNS} runs each, phone viewport, Slow 4G (1.6 Mbps, 150 ms RTT), 4x CPU throttling, cache off`);
    const results = {};
    for (let run = 0; run < RUNS; run++) {
      for (const site of SITES) (results[site.name] = results[site.name] || []).push(await load(browser, site));
    }
    const metrics = [
      ['bytes transferred', 'bytes', 'kB'],
      ['first contentful paint', 'fcp', 'ms'],
      ['largest contentful paint', 'lcp', 'ms'],
      ['hydrated and interactive', 'interactive', 'ms'],
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

    const clicks = await clickLatency(browser);
    const sorted = [...clicks.all].sort((a, b) => a - b);
    console.log(`Click to next paint, ours, 4x CPU throttling, ${clicks.all.length} clicks on actors: median ${median(clicks.all).toFixed(1)} ms, worst ${sorted[sorted.length - 1].toFixed(1)} ms`);
    for (const [id, xs] of Object.entries(clicks.perActor)) console.log(`  ${id.padEnd(22)} median ${median(xs).toFixed(1)} ms`);
    const phase = (k) => median(clicks.phases.map((p) => p[k])).toFixed(1);
    console.log(
      `  Event Timing, ${clicks.phases.length} clicks of 16 ms or more (durations rounded to 8 ms by the browser): median input delay ${phase('delay')} ms, processing ${phase('processing')} ms, rendering ${phase('rendering')} ms`,
    );

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
