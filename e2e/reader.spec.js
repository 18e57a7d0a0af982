// The reader's journeys on the built, pre-rendered page: read, select from the text
// and the diagram, follow evidence, share and go Back, with no console error.
const { test, expect, open } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const ACTORS = {
  turkey: 'Turkey',
  russia: 'Russia',
  ukraine: 'Ukraine',
  'united-states': 'United States',
  kazakhstan: 'Kazakhstan',
  nato: 'NATO',
  west: 'The West',
};
const SHOTS = path.join(__dirname, '..', 'target', 'screenshots');

const title = (page) => page.locator('#panel-title');

test('hydration keeps the pre-rendered page exactly', async ({ browser }) => {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await still.newPage();
  await staticPage.goto('/');
  const before = await staticPage.locator('#app').innerHTML();
  await still.close();

  const live = await browser.newContext();
  const page = await live.newPage();
  await open(page);
  const after = await page.locator('#app').evaluate((el) => el.innerHTML);
  const strip = (html) => html.replace(/<!--[\s\S]*?-->/g, '');
  expect(strip(after)).toEqual(strip(before));
  await live.close();
});

test('without JavaScript the article, the diagram and every role are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('article')).toContainText('Turkey called Tuesday for a ceasefire in Ukraine');
  await expect(page.locator('article .subheading')).toHaveText('– Viable ceasefire –');
  await expect(page.locator('svg[role="graphics-document"] .node')).toHaveCount(Object.keys(ACTORS).length);
  await expect(page.locator('.overview li')).toHaveCount(Object.keys(ACTORS).length);
  await context.close();
});

for (const [id, name] of Object.entries(ACTORS)) {
  test(`select ${name} from the text, then from the diagram`, async ({ page }) => {
    await open(page);
    const mention = page.locator(`article a.mention.actor-${id}`).first();
    await expect(mention).toHaveAccessibleName(new RegExp(name.replace('The ', '')));
    await mention.click();
    await expect(title(page)).toHaveText(name);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`#node-${id}`)).toHaveClass(/is-selected/);
    // Its mentions light up in the text, and no other actor's do.
    const ring = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).boxShadow);
    expect(await ring(`article a.mention.actor-${id}`)).not.toMatch(/^rgba\(0, 0, 0, 0\)|^none/);
    const other = id === 'turkey' ? 'russia' : 'turkey';
    expect(await ring(`article a.mention.actor-${other}`)).toMatch(/^rgba\(0, 0, 0, 0\)/);
    await page.keyboard.press('Escape');
    await expect(title(page)).toHaveText('Where each one stands');

    const node = page.locator(`#node-${id}`);
    await expect(node).toHaveAccessibleName(new RegExp(`^${name}`));
    await node.click();
    await expect(title(page)).toHaveText(name);
    await expect(page.locator('.panel .claim').first()).toBeVisible();
  });
}

test('a shared link opens the same selection, and Back/Forward step through', async ({ page }) => {
  await open(page, '#russia/ukraine');
  await expect(title(page)).toHaveText('Russia and Ukraine');
  await expect(page.locator('.panel')).toContainText('Russia is at war with Ukraine');

  await open(page);
  await page.locator('article a.mention.actor-turkey').first().click();
  await page.locator('#node-russia').click();
  await page.locator('.panel a.relation-link', { hasText: 'Russia is at war with Ukraine' }).click();
  await expect(title(page)).toHaveText('Russia and Ukraine');
  await page.goBack();
  await expect(title(page)).toHaveText('Russia');
  await page.goBack();
  await expect(title(page)).toHaveText('Turkey');
  await page.goBack();
  await expect(title(page)).toHaveText('Where each one stands');
  await page.goForward();
  await expect(title(page)).toHaveText('Turkey');
  await page.reload();
  await page.waitForSelector('html[data-interactive]');
  await expect(title(page)).toHaveText('Turkey');
});

for (const fragment of ['#', '#nobody', '#Turkey', '#%74urkey', '#<img src=x onerror=alert(1)>', '#///', '#turkey/junk']) {
  test(`fragment ${JSON.stringify(fragment)} shows the overview or its valid part`, async ({ page }) => {
    await open(page, fragment);
    await expect(title(page)).toHaveText(fragment === '#turkey/junk' ? 'Turkey' : 'Where each one stands');
    await expect(page.locator('img')).toHaveCount(0);
  });
}

test('evidence scrolls to its sentence and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '#united-states');
  const evidence = page.locator('.panel button.evidence').first();
  const quote = (await evidence.locator('q, .quote').textContent()).trim();
  await evidence.click();
  const mark = page.locator('mark').first();
  await expect(mark).toBeInViewport();
  const marked = await page.locator('mark').allTextContents();
  expect(marked.join('')).toEqual(quote);
  await expect(page.locator('#evidence-mark')).toBeFocused();
});

test('on a phone, marked evidence shows above the bottom sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '#turkey');
  for (const n of [0, 2, 5]) {
    await page.locator('.panel button.evidence').nth(n).click();
    await expect(page.locator('#evidence-mark')).toBeInViewport();
    await page.waitForTimeout(100);
    const [mark, sheet] = await Promise.all([
      page.locator('#evidence-mark').evaluate((el) => el.getBoundingClientRect().bottom),
      page.locator('.panel').evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(mark, `evidence ${n} is not hidden by the sheet`).toBeLessThanOrEqual(sheet);
  }
});

test('keyboard: one tab stop in the diagram, arrows move, Enter selects, Escape clears', async ({ page }) => {
  await open(page);
  await page.locator('#node-turkey').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#node-kazakhstan')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Kazakhstan');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#node-turkey')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(title(page)).toHaveText('Turkey');
  await page.keyboard.press('Escape');
  await expect(title(page)).toHaveText('Where each one stands');
  await expect(page.locator('.node[tabindex="0"]')).toHaveCount(1);
  // Mentions are reachable with Tab and selectable with Enter.
  await page.locator('article a.mention').first().focus();
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Russia');
});

test('Tab order: skip links, the mentions in reading order, then one stop for the diagram', async ({ page }) => {
  await open(page);
  const focused = () => page.evaluate(() => ({ id: document.activeElement.id, text: document.activeElement.textContent.trim(), node: document.activeElement.classList.contains('node') }));
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Skip to the article');
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Skip to the diagram');
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Russian');
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Vladimir Putin');
  // After the article and the timeline, the diagram is one stop.
  await page.locator('.timeline button.evidence').last().focus();
  await page.keyboard.press('Tab');
  expect((await focused()).id).toBe('node-turkey');
  await page.keyboard.press('Tab');
  expect((await focused()).node, 'Tab leaves the diagram after one stop').toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect((await focused()).id).toBe('node-turkey');
  // The skip link lands on the diagram, from where Tab enters it.
  await page.keyboard.press('Shift+Tab');
  await page.goto('/');
  await page.waitForSelector('html[data-interactive]');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect((await focused()).id).toBe('node-turkey');
});

for (const [width, height] of [[390, 844], [1440, 900]]) {
  test(`at ${width}px no diagram label overlaps another label or a node`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    await page.locator('#diagram .diagram-svg').scrollIntoViewIfNeeded();
    const boxes = await page.evaluate(() => {
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height, name: el.textContent };
      };
      return {
        labels: [...document.querySelectorAll('.edge-label')].map(box),
        names: [...document.querySelectorAll('.node-name')].map(box),
        nodes: [...document.querySelectorAll('.node-box')].map(box),
        labelBoxes: [...document.querySelectorAll('.edge-label-box')].map(box),
      };
    });
    const hit = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    boxes.labels.forEach((l, i) => {
      // The rendered text fits inside the box the layout reserved for it.
      const reserved = boxes.labelBoxes[i];
      expect(l.x >= reserved.x - 0.5 && l.x + l.w <= reserved.x + reserved.w + 0.5, `label "${l.name}" fits its box`).toBe(true);
      boxes.labels.slice(i + 1).forEach((m) => expect(hit(l, m), `"${l.name}" vs "${m.name}"`).toBe(false));
      boxes.nodes.forEach((n, k) => expect(hit(l, n), `"${l.name}" vs node ${boxes.names[k].name}`).toBe(false));
    });
    boxes.names.forEach((t, i) => {
      const n = boxes.nodes[i];
      expect(t.x >= n.x && t.x + t.w <= n.x + n.w, `name "${t.name}" fits its node`).toBe(true);
    });
  });

  test(`screenshots at ${width}x${height}: overview, actor, evidence`, async ({ page }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    // Headless screenshots taken mid smooth-scroll misplace fixed elements.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    await open(page);
    await page.screenshot({ path: path.join(SHOTS, `${width}-overview.png`) });
    await page.locator('#diagram').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${width}-diagram.png`) });
    await page.locator('#node-turkey').click();
    await expect(title(page)).toHaveText('Turkey');
    await page.screenshot({ path: path.join(SHOTS, `${width}-turkey.png`) });
    await page.locator('.panel button.evidence').nth(2).click();
    await page.screenshot({ path: path.join(SHOTS, `${width}-evidence.png`) });
    await open(page, '#russia/turkey');
    await page.screenshot({ path: path.join(SHOTS, `${width}-pair.png`) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '#ukraine');
    await page.screenshot({ path: path.join(SHOTS, `${width}-dark-ukraine.png`) });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: path.join(SHOTS, `${width}-dark-overview.png`) });
  });
}
