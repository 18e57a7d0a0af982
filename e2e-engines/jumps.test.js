// Jumps land where they aim, in every engine, at phone and laptop widths: the skip
// links, the phone's diagram control and its way back, shared links to a part of
// the page, evidence from the timeline, and a scroll made by script; and the
// diagram's text is large enough to read on a phone.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { usePage, Key, ENGINE } = require('./page');

const SIZES = [
  [390, 844],
  [1440, 900],
];

/** The top of `css`'s box, relative to the top of the viewport. */
const top = (page, css) => page.run((s) => document.querySelector(s).getBoundingClientRect().top, css);

async function expectAtTop(page, css, what) {
  // A smooth scroll may take a moment to start and to end: wait for it to land,
  // then for it to stay.
  let y;
  await page.until(async () => {
    y = await top(page, css);
    return y >= -2 && y <= 80;
  }, `${css} to land`, 3000).catch(() => {});
  await page.settle();
  y = await top(page, css);
  assert.ok(y >= -2 && y <= 80, `${what}: ${css} lands with its top at ${y.toFixed(0)} px (want 0–80)`);
}

describe(`jumps (${ENGINE})`, () => {
  const page = usePage();

  for (const [width, height] of SIZES) {
    test(`at ${width}px the skip links land on their targets`, async () => {
      await page.viewport(width, height);
      await page.open();
      await page.press(Key.TAB);
      assert.equal((await page.focused()).text, 'Skip to the article');
      await page.press(Key.ENTER);
      await expectAtTop(page, '#article', 'Skip to the article');
      await page.open();
      await page.press(Key.TAB, Key.TAB);
      assert.equal((await page.focused()).text, 'Skip to the diagram');
      await page.press(Key.ENTER);
      await expectAtTop(page, '#diagram', 'Skip to the diagram');
    });

    test(`at ${width}px a shared link to a part of the page opens on it`, async () => {
      await page.viewport(width, height);
      for (const [fragment, target] of [['#diagram', '#diagram'], ['#timeline-title', '#timeline-title']]) {
        await page.open(fragment);
        await expectAtTop(page, target, `a link to ${fragment}`);
        // A jump is not a selection: the panel still shows the overview.
        await page.expectTitle('Where each one stands');
      }
    });

    test(`at ${width}px evidence from the timeline and a scroll by script land in view`, async () => {
      await page.viewport(width, height);
      await page.open();
      await page.run(() => document.querySelector('.timeline').scrollIntoView());
      await expectAtTop(page, '.timeline', 'scrollIntoView of the timeline');
      const button = await page.run(() => document.querySelectorAll('.timeline button.evidence')[4]);
      await page.clickElement(button);
      await page.expectInViewport('#evidence-mark');
      await page.settle();
      const [markTop, markBottom] = await page.run(() => {
        const r = document.getElementById('evidence-mark').getBoundingClientRect();
        return [r.top, r.bottom];
      });
      assert.ok(markTop >= 0 && markBottom <= height, `the marked passage is wholly in view (${markTop.toFixed(0)}–${markBottom.toFixed(0)} of ${height})`);
    });
  }

  test('on a phone, one tap reaches the diagram from anywhere, and one more returns to the reading', async () => {
    await page.viewport(390, 844);
    await page.open();
    // Somewhere in the middle of the article.
    await page.run(() => document.getElementById('line-24').scrollIntoView());
    await page.settle();
    const reading = await page.run(() => window.scrollY);
    assert.equal(await page.inViewport('#to-diagram'), true, 'the diagram control is on screen');
    await page.click('#to-diagram');
    await expectAtTop(page, '#diagram', 'the diagram control');
    await page.screenshot('390-diagram-reached');
    await page.click('#back-to-reading');
    await page.settle();
    const back = await page.run(() => window.scrollY);
    assert.ok(Math.abs(back - reading) <= 2, `back at ${back}, was reading at ${reading}`);
    assert.equal(await page.inViewport('#to-diagram'), true, 'the control is ready to go again');
  });

  test('on a phone, the diagram’s names and labels are at least 11 CSS px', async () => {
    await page.viewport(390, 844);
    await page.open('#diagram');
    const sizes = await page.run(() => {
      const svg = document.querySelector('.diagram-svg');
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const size = (sel) => Math.min(...[...svg.querySelectorAll(sel)].map((t) => parseFloat(t.getAttribute('font-size')) * scale));
      return { names: size('.node-name'), labels: size('.edge-label'), pageScrolls: document.documentElement.scrollWidth > innerWidth };
    });
    assert.ok(sizes.names >= 11, `names at ${sizes.names.toFixed(1)} px`);
    assert.ok(sizes.labels >= 11, `labels at ${sizes.labels.toFixed(1)} px`);
    assert.equal(sizes.pageScrolls, false, 'the page itself does not scroll sideways');
  });
});
