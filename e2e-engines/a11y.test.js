// Accessibility in every engine: axe-core (WCAG 2.x A and AA) in each state a
// reader can reach, light and dark, and reflow at 320 px.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { usePage, ENGINE } = require('./page');

// [name, [width, height], fragment]
const LIGHT = [
  ['overview at 1440', [1440, 900], ''],
  ['an actor at 1440', [1440, 900], '#turkey'],
  ['a relationship at 1440', [1440, 900], '#russia/ukraine'],
  ['overview at 390', [390, 844], ''],
  ['an actor at 390', [390, 844], '#kazakhstan'],
  ['overview at 320', [320, 640], ''],
];
const DARK = [
  ['overview, dark', [1440, 900], ''],
  ['an actor, dark', [1440, 900], '#russia'],
  ['an actor at 320, dark', [320, 640], '#united-states'],
];

describe(`axe and reflow (${ENGINE})`, () => {
  const page = usePage();

  for (const [name, [width, height], fragment] of LIGHT) {
    test(`axe: no violations, ${name}`, async () => {
      await page.viewport(width, height);
      await page.open(fragment);
      assert.equal(await page.run(() => matchMedia('(prefers-color-scheme: dark)').matches), false);
      assert.deepEqual(await page.axe(), []);
    });
  }

  test('axe: no violations with the pair grid open and a pair selected', async () => {
    await page.viewport(1280, 720);
    await page.open('#russia/ukraine');
    await page.click('.matrix > summary');
    await page.until(() => page.run(() => document.querySelector('.matrix').open), 'the grid to open');
    assert.deepEqual(await page.axe(), []);
  });

  test('axe: no violations with evidence marked', async () => {
    await page.open('#west');
    await page.click('.panel button.evidence');
    await page.until(async () => (await page.count('mark')) > 0, 'a mark');
    assert.deepEqual(await page.axe(), []);
  });

  for (const state of ['overview', '#turkey', 'grid']) {
    test(`at 320 px nothing is wider than the viewport (${state})`, async () => {
      await page.viewport(320, 640);
      await page.open(state.startsWith('#') ? state : '');
      if (state === 'grid') await page.click('.matrix > summary');
      const wide = await page.run(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            // The pair grid and the diagram are two-dimensional content in their own
            // horizontal scroll regions, which WCAG 1.4.10 exempts (the diagram keeps
            // its text readable, at least 11 px); the regions themselves must fit.
            return r.width > 0 && (r.right > limit + 0.5 || r.left < -0.5) && !el.closest('.sr-only, .skip-links, .matrix-grid, .diagram-svg');
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className.baseVal ?? el.className}`)
          .slice(0, 10);
      });
      assert.deepEqual(wide, []);
      const [scrollWidth, clientWidth] = await page.run(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scrollWidth <= clientWidth, `the page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    });
  }
});

describe(`axe in dark mode (${ENGINE})`, () => {
  const page = usePage({ dark: true });

  for (const [name, [width, height], fragment] of DARK) {
    test(`axe: no violations, ${name}`, async () => {
      await page.viewport(width, height);
      await page.open(fragment);
      assert.equal(await page.run(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the engine reports a dark preference');
      assert.deepEqual(await page.axe(), []);
    });
  }
});
