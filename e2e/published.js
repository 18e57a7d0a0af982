// Checks a published reader's page: serves DIR on 127.0.0.1, opens it in Chromium,
// and sees that it shows the content file's title and article, starts, and that a
// click on a mention selects its actor, with nothing going wrong in the page.
// Usage: node e2e/published.js DIR FILE.toml   (scripts/publish-check.sh runs it)
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { chromium } = require('@playwright/test');
const { freePort } = require('../e2e-engines/engines');

const [dir, file] = process.argv.slice(2);
const fail = (message) => {
  console.error(`published: ${message}`);
  process.exitCode = 1;
};

(async () => {
  // A port free a moment before, not a fixed one: a server left on a fixed port
  // by something else would answer with its own page.
  const PORT = await freePort();
  const toml = fs.readFileSync(file, 'utf8');
  const title = (toml.match(/^title = "(.*)"$/m) || [])[1];
  const server = spawn(process.execPath, [path.join(__dirname, 'serve.js'), dir, String(PORT)], { stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForSelector('html[data-interactive]', { timeout: 20_000 });
    const h1 = await page.textContent('h1');
    if (title && h1 !== title) fail(`the title reads "${h1}", not "${title}"`);
    const mention = page.locator('article a.mention').first();
    const actor = (await mention.getAttribute('href')).slice(1);
    await mention.click();
    await page.waitForFunction((id) => location.hash === `#${id}`, actor, { timeout: 5000 });
    const panel = await page.textContent('#panel-title');
    if (!panel || panel === 'Where each one stands') fail('a click on a mention selected nothing');
    if (problems.length) fail(`the page reported: ${problems.join('; ')}`);
    if (!process.exitCode) console.log(`published: ok: "${h1}"; a click on a mention shows ${panel}`);
    // The diagram as a reader sees it, at phone and laptop widths, for a person
    // to look at (target/screenshots/published/).
    const shots = path.join(dir, '..', 'screenshots', 'published');
    fs.mkdirSync(shots, { recursive: true });
    const stem = path.basename(file, '.toml');
    for (const [width, height] of [[390, 844], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await page.goto(`http://127.0.0.1:${PORT}/#${actor}`);
      await page.waitForSelector('html[data-interactive]', { timeout: 20_000 });
      await page.evaluate(() => document.getElementById('diagram').scrollIntoView());
      await page.screenshot({ path: path.join(shots, `${stem}-${width}.png`) });
    }
  } finally {
    await browser.close();
    server.kill();
  }
})().catch((e) => fail(String(e)));
