// Layout in every engine: diagram labels fit their boxes and overlap nothing, at
// phone and laptop widths; and screenshots of each state, under
// target/screenshots/<engine>/, for a person to look at.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { usePage, ENGINE } = require('./page');

const SIZES = [
  [390, 844],
  [1440, 900],
];

describe(`layout and screenshots (${ENGINE})`, () => {
  const page = usePage();

  for (const [width, height] of SIZES) {
    test(`at ${width}px no diagram label overlaps another label or a node`, async () => {
      await page.viewport(width, height);
      await page.open();
      await page.run(() => document.querySelector('#diagram .diagram-svg').scrollIntoView());
      const boxes = await page.run(() => {
        const box = (el) => {
          const r = el.getBoundingClientRect();
          return { x: r.left, y: r.top, w: r.width, h: r.height, name: el.textContent };
        };
        const all = (sel) => [...document.querySelectorAll(sel)].map(box);
        return { labels: all('.edge-label'), labelBoxes: all('.edge-label-box'), names: all('.node-name'), nodes: all('.node-box') };
      });
      assert.ok(boxes.labels.length > 0 && boxes.labels.length === boxes.labelBoxes.length, 'every label has its box');
      const hit = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      boxes.labels.forEach((l, i) => {
        // The rendered text fits inside the box the layout reserved for it.
        const reserved = boxes.labelBoxes[i];
        assert.ok(l.x >= reserved.x - 0.5 && l.x + l.w <= reserved.x + reserved.w + 0.5, `label "${l.name}" (${l.w.toFixed(1)} wide) fits its box (${reserved.w.toFixed(1)})`);
        boxes.labels.slice(i + 1).forEach((m) => assert.equal(hit(l, m), false, `"${l.name}" overlaps "${m.name}"`));
        boxes.nodes.forEach((n, k) => assert.equal(hit(l, n), false, `"${l.name}" overlaps node ${boxes.names[k].name}`));
      });
      boxes.names.forEach((t, i) => {
        const n = boxes.nodes[i];
        assert.ok(t.x >= n.x && t.x + t.w <= n.x + n.w, `name "${t.name}" (${t.w.toFixed(1)} wide) fits its node (${n.w.toFixed(1)})`);
      });
    });

    test(`screenshots at ${width}x${height}: overview, diagram, actors, evidence, pair, timeline`, async () => {
      await page.viewport(width, height);
      await page.open();
      await page.screenshot(`${width}-overview`);
      await page.run(() => document.getElementById('diagram').scrollIntoView());
      await page.screenshot(`${width}-diagram`);
      await page.click('#node-turkey .node-name');
      await page.expectTitle('Turkey');
      await page.screenshot(`${width}-turkey`);
      await page.clickElement(await page.run(() => document.querySelectorAll('.panel button.evidence')[2]));
      await page.expectInViewport('#evidence-mark');
      await page.screenshot(`${width}-evidence`);
      await page.open('#russia/turkey');
      await page.run(() => window.scrollTo(0, 0));
      await page.screenshot(`${width}-pair`);
      for (const actor of ['ukraine', 'kazakhstan']) {
        // A change of fragment alone keeps the scroll: from the top, as a shared link opens.
        await page.open(`#${actor}`);
        await page.run(() => window.scrollTo(0, 0));
        await page.screenshot(`${width}-${actor}`);
      }
      await page.run(() => document.querySelector('.timeline').scrollIntoView());
      await page.screenshot(`${width}-timeline`);
    });
  }
});

describe(`dark screenshots (${ENGINE})`, () => {
  const page = usePage({ dark: true });

  for (const [width, height] of SIZES) {
    test(`dark screenshots at ${width}x${height}: actor and overview`, async () => {
      await page.viewport(width, height);
      await page.open('#ukraine');
      await page.screenshot(`${width}-dark-ukraine`);
      await page.open();
      await page.screenshot(`${width}-dark-overview`);
    });
  }
});
