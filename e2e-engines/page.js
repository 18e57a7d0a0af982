// One browser session on the built page, with what a reader does to it (open,
// click, press, read) and waits that retry until the page agrees or time runs out,
// over plain WebDriver so that the same test runs in every engine.
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { before, after, afterEach } = require('node:test');
const { Key } = require('selenium-webdriver');
const { startSession } = require('./engines');

const ENGINE = process.env.ENGINE;
const BASE = process.env.BASE_URL;
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(__dirname, '..', 'target', 'screenshots', ENGINE || 'unknown');

const squash = (s) => (s == null ? s : s.replace(/\s+/g, ' ').trim());
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Page {
  /** Opens a session in this run's engine; `dark` asks for prefers-color-scheme: dark. */
  static async start(options = {}) {
    if (!ENGINE || !BASE) throw new Error('ENGINE and BASE_URL are set by e2e-engines/run.js; run the tests with it');
    const { driver, quit } = await startSession(ENGINE, options);
    const page = new Page(driver, quit);
    try {
      await page.viewport(1280, 720);
    } catch (e) {
      // No Page is returned, so no `after` would quit this session: quit it here.
      await quit().catch(() => {});
      throw e;
    }
    return page;
  }

  constructor(driver, quit) {
    this.driver = driver;
    this.quitSession = quit;
    this.problems = [];
  }

  async quit() {
    await this.quitSession();
  }

  /** Runs `fn` in the page with JSON-able (or element) arguments and returns its result. */
  run(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  /**
   * Retries `probe` until it returns something truthy; fails saying what never
   * happened. Ten seconds: on a 2-core machine running the whole suite, WebKit once
   * took longer than five to show a page reloaded with a new fragment.
   */
  async until(probe, what, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last) return last;
      } catch (e) {
        last = e.message;
      }
      if (Date.now() > deadline) throw new assert.AssertionError({ message: `timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})` });
      await sleep(50);
    }
  }

  /** Loads the page with a URL fragment and waits until it is interactive (the
   * panel mounted: `hydrated` is the old name). */
  async open(fragment = '') {
    await this.collectProblems();
    await this.driver.get(`${BASE}/${fragment}`);
    await this.hydrated();
  }

  hydrated() {
    return this.until(() => this.run(() => document.documentElement.hasAttribute('data-interactive')), 'the page to become interactive', 20_000);
  }

  /** Sets the size of the page's viewport (not of the window around it). */
  async viewport(width, height) {
    const win = this.driver.manage().window();
    const inner = () => this.run(() => [window.innerWidth, window.innerHeight]);
    await win.setRect({ width, height });
    for (let i = 0; i < 5; i++) {
      const [w, h] = await inner();
      if (w === width && h === height) return;
      // The window may be larger than its viewport by a frame and toolbars.
      const rect = await win.getRect();
      const next = { width: Math.round(rect.width + width - w), height: Math.round(rect.height + height - h) };
      if (w > 0 && h > 0 && next.width > 0 && next.height > 0) await win.setRect(next);
      else await sleep(100); // mid-resize, the page may not know its size yet
    }
    assert.deepEqual(await inner(), [width, height], `${ENGINE} could not size its viewport to ${width}×${height}`);
  }

  /** The first element matching `css` (and containing `hasText`), once it exists. */
  element(css, hasText) {
    return this.until(
      () =>
        this.run(
          (sel, text) => [...document.querySelectorAll(sel)].find((el) => text == null || el.textContent.includes(text)) || null,
          css,
          hasText ?? null,
        ),
      `an element ${css}${hasText ? ` with "${hasText}"` : ''}`,
    );
  }

  async click(css, hasText) {
    await this.clickElement(await this.element(css, hasText));
  }

  /**
   * Clicks as a reader would: first brings the element to the middle of the screen,
   * where no sticky panel covers it (WebDriver itself scrolls it only to the edge).
   */
  async clickElement(el) {
    await this.run((e) => e.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' }), el);
    await el.click();
  }

  text(css) {
    return this.run((sel) => {
      const el = document.querySelector(sel);
      return el ? el.textContent : null;
    }, css).then(squash);
  }

  texts(css) {
    return this.run((sel) => [...document.querySelectorAll(sel)].map((el) => el.textContent), css).then((all) => all.map(squash));
  }

  count(css) {
    return this.run((sel) => document.querySelectorAll(sel).length, css);
  }

  /** Waits until the text of `css` (or of each match, given an array) is `expected`. */
  async expectText(css, expected) {
    let last;
    const many = Array.isArray(expected);
    await this.until(async () => {
      last = many ? await this.texts(css) : await this.text(css);
      return JSON.stringify(last) === JSON.stringify(expected);
    }, `${css} to read ${JSON.stringify(expected)} (it reads ${JSON.stringify(last)})`).catch((e) => {
      e.message = `${css} reads ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`;
      throw e;
    });
  }

  expectTitle(expected) {
    return this.expectText('#panel-title', expected);
  }

  async expectCount(css, n) {
    await this.until(async () => (await this.count(css)) === n, `${n} × ${css} (there are ${await this.count(css)})`);
  }

  /** Sends keys to whatever has focus, as a reader typing would. */
  async press(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  /** Presses `key` with `modifiers` held (e.g. Control and Shift, then z). */
  async chord(modifiers, key) {
    let actions = this.driver.actions();
    for (const m of modifiers) actions = actions.keyDown(m);
    actions = actions.sendKeys(key);
    for (const m of [...modifiers].reverse()) actions = actions.keyUp(m);
    await actions.perform();
  }

  async pressShiftTab() {
    await this.driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
  }

  async focus(css) {
    const el = await this.element(css);
    await this.run((e) => e.focus(), el);
  }

  /** What has focus: its id, its text, whether it is a diagram node or a scrolling region. */
  focused() {
    return this.run(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY) && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
      return { id: el.id, text: el.textContent.trim(), node: el.classList.contains('node'), scroller: scrolls };
    });
  }

  async expectFocused(css) {
    let last;
    await this.until(async () => {
      last = await this.run((sel) => {
        const a = document.activeElement;
        return a === document.querySelector(sel) ? true : `${a ? `${a.tagName.toLowerCase()}#${a.id}` : 'nothing'} has it; ${sel} ${document.querySelector(sel) ? 'is drawn' : 'is not drawn'}`;
      }, css);
      return last === true;
    }, `${css} to have focus`).catch((e) => {
      e.message += ` (${last})`;
      throw e;
    });
  }

  /** Whether any part of the first match of `css` is inside the viewport. */
  inViewport(css) {
    return this.run((sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth && (r.width > 0 || r.height > 0);
    }, css);
  }

  async expectInViewport(css) {
    await this.until(() => this.inViewport(css), `${css} to be scrolled into view`);
  }

  hash() {
    return this.run(() => location.hash);
  }

  async back() {
    await this.driver.navigate().back();
  }

  async forward() {
    await this.driver.navigate().forward();
  }

  async reload() {
    await this.collectProblems();
    await this.driver.navigate().refresh();
    await this.hydrated();
  }

  /** Waits until smooth scrolling, if any, has come to rest. */
  async settle() {
    let last = null;
    let still = 0;
    await this.until(async () => {
      const now = await this.run(() => `${window.scrollX},${window.scrollY}`);
      still = now === last ? still + 1 : 0;
      last = now;
      return still >= 3;
    }, 'scrolling to stop', 10_000);
  }

  async screenshot(name) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await this.settle();
    fs.writeFileSync(path.join(SHOTS, `${name}.png`), await this.driver.takeScreenshot(), 'base64');
  }

  /** axe-core's WCAG 2.x A and AA violations on the page as it is now. */
  async axe() {
    await this.run(AXE);
    return this.driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        .then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ') + ')')))
        .catch((e) => done(['axe could not run: ' + e]));`);
  }

  /** Moves what the page's probe recorded into this.problems. */
  async collectProblems() {
    const found = await this.run((base) => {
      if (!location.href.startsWith(base)) return [];
      return Array.isArray(window.__problems) ? window.__problems.splice(0) : ['the probe is missing: serve the page with serve.js --probe'];
    }, BASE);
    this.problems.push(...found);
  }

  /** Fails if anything went wrong in the page since the last check. */
  async expectNoProblems() {
    await this.collectProblems();
    const problems = this.problems.splice(0);
    assert.deepEqual(problems, [], `${ENGINE} reported problems`);
  }
}

/**
 * Starts a session for the tests of the enclosing describe: before the first test,
 * checked for problems after each, closed after the last. Returns the Page.
 */
function usePage(options = {}) {
  let page = null;
  before(async () => {
    page = await Page.start(options);
  });
  afterEach(async () => {
    if (page) await page.expectNoProblems();
  });
  after(async () => {
    if (page) await page.quit();
  });
  return new Proxy(
    {},
    {
      get(_, name) {
        if (!page) throw new Error('the browser session did not start');
        const value = page[name];
        return typeof value === 'function' ? value.bind(page) : value;
      },
    },
  );
}

module.exports = { usePage, Key, ENGINE };
