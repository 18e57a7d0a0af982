// Failure modes and security, in Chromium (they need Playwright's control of the
// network and of JavaScript): the page stays readable with JavaScript off and when
// the wasm is blocked, slow or tampered with; requests stay on this origin; the
// strict CSP and SRI are in force. The reader's journeys in all three engines are
// in e2e-engines/.
const { test, expect } = require('@playwright/test');

const OVERVIEW = 'Where each one stands';

test('without JavaScript the article, the diagram and every role are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('article')).toContainText('Turkey called Tuesday for a ceasefire in Ukraine');
  await expect(page.locator('article .subheading')).toHaveText('– Viable ceasefire –');
  await expect(page.locator('svg[role="graphics-document"] .node')).toHaveCount(7);
  await expect(page.locator('.overview li')).toHaveCount(7);
  await expect(page.locator('.no-script')).toBeVisible();
  await context.close();
});

test('with the .wasm request blocked, the article stays readable and a quiet note says so', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('.unavailable-note')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('article')).toContainText('There must be a ceasefire as soon as possible.');
  await expect(page.locator('#panel-title')).toHaveText(OVERVIEW);
  await expect(page.locator('svg[role="graphics-document"]')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(width, 'layout intact').toBe(true);
  expect(errors).toEqual([]);
});

test('on a very slow connection the article is readable before the wasm arrives', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('article')).toContainText('Turkey called Tuesday for a ceasefire in Ukraine');
  await expect(page.locator('.overview li')).toHaveCount(7);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-interactive'))).toBe(false);
  release();
  await page.waitForSelector('html[data-interactive]');
  await page.locator('#node-turkey').click();
  await expect(page.locator('#panel-title')).toHaveText('Turkey');
  await expect(page.locator('.unavailable-note')).toBeHidden();
});

test('every request stays on this origin, and the CSP reports no violation', async ({ page, baseURL }) => {
  const foreign = [];
  const violations = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  await page.goto('/#turkey');
  await page.waitForSelector('html[data-interactive]');
  await page.locator('.panel button.evidence').first().click();
  await page.locator('#node-russia').click();
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('the page carries a strict CSP, and every script, style and wasm has an integrity hash', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  for (const tag of html.match(/<(script|link)[^>]*>/g).filter((t) => /\.(js|css|wasm|bin)\b/.test(t))) {
    expect(tag, tag).toMatch(/integrity="?sha384-/);
  }
  const boot = html.match(/src="(\.?\/boot-[^"]+\.js)"/)[1];
  const script = await (await request.get(boot)).text();
  expect(script).toMatch(/fetch\('[^']+\.wasm', \{ integrity: 'sha384-/);
  // The content file too: the page links it with its hash, and the boot script
  // fetches it with that hash.
  expect(html).toMatch(/<link id=explainer-content rel=preload as=fetch href="\.\/content-[^"]+\.bin" integrity="sha384-/);
  expect(script).toContain('fetch(link.href, { integrity: link.integrity })');
});

for (const [what, change] of [
  ['tampered', (body) => { body[body.length - 1] ^= 0xff; return body; }],
  ['missing', null],
]) {
  test(`a ${what} content file is refused, and the page stays readable and says so`, async ({ page }) => {
    await page.route('**/content-*.bin', async (route) => {
      if (!change) return route.fulfill({ status: 404, body: 'Not found' });
      const response = await route.fetch();
      await route.fulfill({ response, body: change(await response.body()) });
    });
    await page.goto('/');
    await expect(page.locator('.unavailable-note')).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-interactive'))).toBe(false);
    await expect(page.locator('article')).toContainText('Viable ceasefire');
  });
}

test('a tampered wasm file is refused by its integrity hash, and the page stays readable', async ({ page }) => {
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  await expect(page.locator('.unavailable-note')).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-interactive'))).toBe(false);
  await expect(page.locator('article')).toContainText('Viable ceasefire');
});

test('every file has precompressed .br and .gz copies', async ({ request }) => {
  const fs = require('fs');
  const path = require('path');
  const dist = path.join(__dirname, '..', 'dist');
  const files = fs.readdirSync(dist).filter((f) => !/\.(br|gz)$/.test(f) && fs.statSync(path.join(dist, f)).isFile());
  expect(files.length).toBeGreaterThan(4);
  for (const f of files) {
    expect(fs.existsSync(path.join(dist, f + '.br')), f + '.br').toBe(true);
    expect(fs.existsSync(path.join(dist, f + '.gz')), f + '.gz').toBe(true);
  }
});
