// Accessibility checks with axe-core (WCAG 2.x A and AA) in each state a reader can
// reach, plus reflow at 320 px.
const { test, expect } = require('@playwright/test');
const { open } = require('./fixtures');
const AXE = require.resolve('axe-core/axe.min.js');

// axe is injected as an inline script, which the page's CSP rightly forbids.
test.use({ bypassCSP: true });

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

const STATES = [
  ['overview at 1440', { width: 1440, height: 900 }, 'light', ''],
  ['an actor at 1440', { width: 1440, height: 900 }, 'light', '#turkey'],
  ['a relationship at 1440', { width: 1440, height: 900 }, 'light', '#russia/ukraine'],
  ['overview, dark', { width: 1440, height: 900 }, 'dark', ''],
  ['an actor, dark', { width: 1440, height: 900 }, 'dark', '#russia'],
  ['overview at 390', { width: 390, height: 844 }, 'light', ''],
  ['an actor at 390', { width: 390, height: 844 }, 'light', '#kazakhstan'],
  ['overview at 320', { width: 320, height: 640 }, 'light', ''],
  ['an actor at 320, dark', { width: 320, height: 640 }, 'dark', '#united-states'],
];

for (const [name, viewport, colorScheme, fragment] of STATES) {
  test(`axe: no violations, ${name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await open(page, fragment);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
}

test('axe: no violations with the pair grid open and a pair selected', async ({ page }) => {
  await open(page, '#russia/ukraine');
  await page.locator('.matrix > summary').click();
  await expect(page.locator('.matrix-grid')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('axe: no violations with evidence marked', async ({ page }) => {
  await open(page, '#west');
  await page.locator('.panel button.evidence').first().click();
  await expect(page.locator('mark')).not.toHaveCount(0);
  expect(await axe(page)).toEqual([]);
});

for (const fragment of ['', '#turkey', 'grid']) {
  test(`at 320 px nothing is wider than the viewport (${fragment || 'overview'})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, fragment === 'grid' ? '' : fragment);
    if (fragment === 'grid') await page.locator('.matrix > summary').click();
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // The pair grid is a two-dimensional table in its own horizontal scroll
          // region, which WCAG 1.4.10 exempts; the region itself must fit.
          return r.width > 0 && (r.right > limit + 0.5 || r.left < -0.5) && !el.closest('.sr-only, .skip-links, .matrix-grid');
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className.baseVal ?? el.className}`)
        .slice(0, 10);
    });
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
