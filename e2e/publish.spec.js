// Publishing from the studio (issue #22): the studio makes the shipped AFP file's
// page in the browser, and the package it downloads is the build's own page, file
// for file; it unzips to a folder any static host serves; the page works embedded
// in another site's page at phone and laptop widths, its frame following its height.
// The package is left in target/published-afp/ for the engines' suite to run on.
const { test, expect } = require('@playwright/test');
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { unzipSync } = require('fflate');
const zlib = require('zlib');
const net = require('net');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'target', 'published-afp');
const SHOTS = path.join(ROOT, 'target', 'screenshots', 'published');
const SHIPPED = fs.readFileSync(path.join(ROOT, 'content', 'afp-istanbul-2022-10-11.toml'), 'utf8');

// One package, made once, used by every test here (they run in order).
test.describe.configure({ mode: 'serial' });
let files = null; // name -> bytes, inside the package's folder
let folder = null;

/** Opens the studio with `toml` dropped on it, ready, on the Publish tab. */
async function studioWith(page, toml) {
  await page.goto('/studio/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('#st-paste');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'afp.toml'));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, toml);
  await page.waitForSelector('#st-text .st-m');
  await page.getByRole('tab', { name: 'Publish' }).click();
}

test('the studio publishes the shipped file as exactly the build’s page', async ({ page }) => {
  await studioWith(page, SHIPPED);
  await expect(page.locator('.st-export .st-ok').first()).toContainText('Ready to publish');
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.st-publish')]);
  const zip = fs.readFileSync(await download.path());
  console.log(`publish: ${Date.now() - started} ms to a downloaded ${download.suggestedFilename()} of ${zip.length} bytes`);
  await expect(page.locator('.st-export [role=status]').last()).toContainText('Downloaded');
  const entries = unzipSync(new Uint8Array(zip));
  const names = Object.keys(entries);
  folder = names[0].split('/')[0];
  expect(names.every((n) => n.startsWith(`${folder}/`)), 'one folder').toBe(true);
  files = Object.fromEntries(names.map((n) => [n.slice(folder.length + 1), Buffer.from(entries[n])]));
  // The same page as the build's, byte for byte: the same reader, the same content.
  const html = files['index.html'].toString();
  expect(html).toBe(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'));
  // Every file the package holds is the build's, and the page loads nothing else;
  // but for the share card, which the browser draws (the build draws it with
  // resvg): it is a 1200×630 PNG with the title and the diagram on it.
  for (const [name, bytes] of Object.entries(files)) {
    if (name === 'share.png') continue;
    expect(bytes.equals(fs.readFileSync(path.join(DIST, name))), name).toBe(true);
  }
  for (const card of [files['share.png'], fs.readFileSync(path.join(DIST, 'share.png'))]) {
    expect(card.subarray(1, 4).toString()).toBe('PNG');
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
    const inked = await page.evaluate(async (b64) => {
      // A blob: image, which the studio's policy allows.
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: 1200, height: 630 });
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, 1200, 630);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) n += 1;
      return n / (1200 * 630);
    }, card.toString('base64'));
    expect(inked, 'the card is not blank').toBeGreaterThan(0.01);
    expect(inked, 'the card is not a dark block').toBeLessThan(0.5);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, 'share-card-studio.png'), files['share.png']);
  expect(files['diagram.svg'].toString()).toContain('<svg');
  // Link previews: the title, a description, the card.
  for (const tag of ['og:title', 'og:description', 'og:image', 'og:image:alt']) {
    expect(html, tag).toMatch(new RegExp(`<meta property=${tag} content="[^"]+">`));
  }
  expect(html).toContain('<meta name=twitter:card content=summary_large_image>');
  for (const ref of html.matchAll(/(?:src|href)="?\.\/([^"\s>]+)/g)) {
    expect(Object.keys(files), `the page links ${ref[1]}`).toContain(ref[1]);
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(OUT, name)), { recursive: true });
    fs.writeFileSync(path.join(OUT, name), bytes);
  }
});

test('a document with problems cannot be published, and the step says what is left', async ({ page }) => {
  // The shipped file with one actor's role summary emptied: an error.
  const broken = SHIPPED.replace(/role\.summary = "[^"]*"/, 'role.summary = ""');
  expect(broken).not.toBe(SHIPPED);
  await studioWith(page, broken);
  await expect(page.locator('.st-export .st-not-ok').first()).toContainText(/Not ready to publish yet: [1-9]\d* problem\(s\) left, listed under Problems/);
  await expect(page.locator('.st-publish')).toBeDisabled();
});

test('a package that cannot be made says why, and the work stays', async ({ page }) => {
  await studioWith(page, SHIPPED);
  // The server has lost the reader's files.
  await page.route('**/publish-kit.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.click('.st-publish');
  await expect(page.locator('.st-export [role=alert]')).toContainText(
    /The page could not be made: .*publish-kit\.json could not be fetched from this server \(status 404\)\. Your work is kept/,
  );
  await expect(page.locator('.st-publish')).toBeEnabled();
  await page.getByRole('tab', { name: 'Actors' }).click();
  await expect(page.locator('.st-card')).toHaveCount(7);
});

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Serves `dir` on a free port: its address, and how to stop it. A server that
 * exits or never answers fails the test (a port left busy by an earlier run
 * could otherwise answer with an old package). */
async function serve(dir) {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(__dirname, 'serve.js'), dir, String(port)], { stdio: 'ignore' });
  let exited = null;
  server.on('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100 && exited === null; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(exited === null ? `the server for ${dir} never answered` : `the server for ${dir} exited (${exited})`);
}

for (const [width, height] of [[390, 844], [1440, 900]]) {
  test(`the published page, embedded at ${width}px, sizes its frame and answers a click`, async ({ page }) => {
    expect(files, 'the package was made').not.toBeNull();
    // The package on one origin, the host's page on another, as on a real site.
    const host = fs.mkdtempSync(path.join(require('os').tmpdir(), 'host-'));
    const published = await serve(OUT);
    const stop = [published.stop];
    try {
      // The embed code as the studio shows it, for the page's address.
      await studioWith(page, SHIPPED);
      await page.fill('#st-address', published.url);
      const snippet = await page.inputValue('#st-embed');
      expect(snippet).toContain(`src="${published.url}"`);
      fs.writeFileSync(path.join(host, 'index.html'), `<!doctype html><meta charset=utf-8><meta name=viewport content="width=device-width, initial-scale=1"><title>Host</title><body style="margin:0 8px"><h1>A news site</h1>${snippet}<p id=after>After the explainer.</p></body>`);
      const hostSite = await serve(host);
      stop.push(hostSite.stop);
      await page.setViewportSize({ width, height });
      await page.goto(hostSite.url);
      const frame = page.frameLocator('iframe');
      await frame.locator('html[data-interactive]').waitFor();
      // The frame takes the page's own height: no scroll bar inside it.
      await expect.poll(async () => {
        const inner = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
        return Math.abs(inner - outer);
      }, { message: 'the frame is as tall as its page' }).toBeLessThanOrEqual(1);
      // Scrolled down the host's page, a click on a name far down the article
      // selects, and the panel comes into the part of the frame on screen (a
      // bottom sheet on a phone, the side column on a laptop).
      const inner = page.frames()[1];
      const onScreen = async (selector) => {
        const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
        const r = await inner.evaluate((sel) => {
          const b = document.querySelector(sel).getBoundingClientRect();
          return { top: b.top, bottom: b.bottom };
        }, selector);
        const viewport = page.viewportSize().height;
        return frameTop + r.top >= -1 && frameTop + r.top < viewport - 40;
      };
      const far = frame.locator('#article a.mention[href="#kazakhstan"]').last();
      await far.scrollIntoViewIfNeeded();
      await far.click();
      await expect(frame.locator('#panel-title')).toContainText('Kazakhstan');
      await expect.poll(() => onScreen('#panel-title'), { message: 'the panel is on screen' }).toBe(true);
      // Its evidence, selected, is marked in the article, and the host's page
      // scrolls to it.
      await frame.locator('.panel button.evidence').first().click();
      await expect.poll(() => onScreen('mark'), { message: 'the marked evidence is on screen' }).toBe(true);
      await expect.poll(async () => {
        const inner = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
        return Math.abs(inner - outer);
      }).toBeLessThanOrEqual(1);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `embedded-${width}.png`) });
    } finally {
      stop.forEach((s) => s());
    }
  });
}

// Any article, not only the flagship: a sample published from the studio is a
// page that reads with JavaScript off, carries its policy and hashes, fits the
// reader's byte budget, and answers a click once served from its own folder.
test('another article published from the studio reads without JavaScript, is secured, fits the budget and works', async ({ page, browser }) => {
  const toml = fs.readFileSync(path.join(ROOT, 'model', 'tests', 'fixtures', 'samples', 'river-towns.toml'), 'utf8');
  await studioWith(page, toml);
  await page.fill('#st-address', 'https://example.org/news/flood-barrier/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.st-publish')]);
  const entries = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  const dir = path.join(ROOT, 'target', 'published-sample');
  fs.rmSync(dir, { recursive: true, force: true });
  let sizes = 0;
  for (const [name, bytes] of Object.entries(entries)) {
    const file = path.join(dir, name.split('/').slice(1).join('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    // What a first visit downloads, brotli'd as a host would serve it.
    if (/\/(index\.html|[^/]+\.(js|wasm|bin))$/.test(name) && !/\/embed-/.test(name)) {
      sizes += zlib.brotliCompressSync(Buffer.from(bytes), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  }
  console.log(`published sample: ${sizes} B brotli for a first visit`);
  expect(sizes).toBeLessThanOrEqual(85000);
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-[^']+'; img-src 'self';/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).toContain('<link rel=canonical href="https://example.org/news/flood-barrier/">');
  expect(html).toContain('<meta property=og:image content="https://example.org/news/flood-barrier/share.png">');
  const { url, stop } = await serve(dir);
  try {
    // Without JavaScript: the whole article and every actor's role.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url);
    await expect(plain.locator('h1')).toHaveText('A flood barrier splits the Tarn valley');
    await expect(plain.locator('article')).toContainText('He said the town would ask the Rivers Board to review the decision.');
    await expect(plain.locator('.overview li')).toHaveCount(5);
    await noScript.close();
    // With it: a click on a name selects it.
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(url);
    await page.waitForSelector('html[data-interactive]');
    await page.locator('article a.mention[href="#marrowby"]').first().click();
    await expect(page.locator('#panel-title')).toHaveText('Marrowby');
    expect(problems).toEqual([]);
  } finally {
    stop();
  }
});
