// The diagram at any size, in every engine, on whichever page is served (the AFP
// page, the generated 20-actor page, the page the studio published): at phone and
// laptop widths every actor is seen whole; where the fitted diagram is too small to
// read, the zoom switch (by pointer or keyboard) draws its text at 11 px or more
// and the selected actor is brought into view; search selects an actor by any of
// its names; focus fades the rest, and Escape steps back out.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { usePage, Key, ENGINE } = require('./page');

// Screenshots are named by the page served, for a person to look at.
const PAGE = path.basename(process.env.E2E_DIST || 'dist');

const SIZES = [
  [320, 640],
  [390, 844],
  [1440, 900],
];

/** The diagram's region, its nodes and its scale, as the page lays them out now. */
function measure() {
  const region = document.querySelector('.diagram-scroll').getBoundingClientRect();
  const svg = document.querySelector('.diagram-svg');
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  // The drawing keeps its shape inside the svg's box (preserveAspectRatio meet).
  const scale = Math.min(box.width / view.width, box.height / view.height);
  // The smallest font the diagram draws, in its own units.
  const fonts = [...svg.querySelectorAll('text[font-size]')].map((t) => Number(t.getAttribute('font-size')));
  const zoom = document.querySelector('.zoom');
  const nodes = [...document.querySelectorAll('.diagram-svg .node')].map((g) => {
    const r = g.querySelector('.node-box').getBoundingClientRect();
    return { id: g.id, name: g.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  return {
    region: { left: region.left, right: region.right, top: region.top, bottom: region.bottom },
    scale,
    zoomShown: !!zoom && getComputedStyle(zoom).display !== 'none',
    zoomed: !!zoom && zoom.querySelector('input').checked,
    smallest: Math.min(...fonts),
    nodes,
  };
}

const whole = (n, r) => n.left >= r.left - 1 && n.right <= r.right + 1 && n.top >= r.top - 1 && n.bottom <= r.bottom + 1;

describe(`the diagram at any size (${ENGINE})`, () => {
  const page = usePage();

  const showDiagram = async () => {
    await page.run(() => document.getElementById('diagram').scrollIntoView({ block: 'start', behavior: 'instant' }));
  };

  for (const [width, height] of SIZES) {
    test(`at ${width}px every actor is seen whole, and zoomed in to read its text is 11 px or more with the selected actor in view`, async () => {
      await page.viewport(width, height);
      await page.open();
      await showDiagram();
      const fitted = await page.run(measure);
      await page.screenshot(`size-${PAGE}-${width}-fitted`);
      assert.ok(fitted.nodes.length >= 2, 'the diagram has actors');
      for (const n of fitted.nodes) assert.ok(whole(n, fitted.region), `${n.name} is whole in the diagram's box when it fits (${JSON.stringify(n)} in ${JSON.stringify(fitted.region)})`);
      // Up to twelve actors read whole at a laptop's width, with no zoom.
      if (width === 1440 && fitted.nodes.length <= 12) assert.equal(fitted.zoomShown, false, `${fitted.nodes.length} actors need no zoom at 1440 px`);
      if (!fitted.zoomShown) {
        // No switch: the diagram is readable as it fits.
        assert.ok(fitted.scale * fitted.smallest >= 10.99, `the text is ${(fitted.scale * fitted.smallest).toFixed(1)} px, readable without zooming`);
        return;
      }
      assert.ok(fitted.scale * fitted.smallest < 11, 'the switch shows only where the fitted text is under 11 px');
      await page.click('.zoom');
      const zoomed = await page.until(async () => {
        const m = await page.run(measure);
        return m.zoomed && m.scale * m.smallest >= 10.99 && m;
      }, 'the diagram to be drawn at its readable size');
      await page.screenshot(`size-${PAGE}-${width}-zoomed`);
      // Zoomed in, it pans in its own region: the page itself does not scroll sideways.
      assert.equal(await page.run(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'the page does not scroll sideways');
      // Each actor, chosen as a reader chooses it from the text or a shared link,
      // is brought into the region's view.
      for (const n of zoomed.nodes) {
        const id = n.id.replace(/^node-/, '');
        await page.run((f) => {
          location.hash = f;
        }, id);
        await page.until(async () => {
          const m = await page.run(measure);
          const now = m.nodes.find((x) => x.id === n.id);
          const cx = (now.left + now.right) / 2;
          const cy = (now.top + now.bottom) / 2;
          return cx > m.region.left && cx < m.region.right && cy > m.region.top && cy < m.region.bottom;
        }, `${n.name} to be brought into the zoomed diagram's view`);
      }
      // On a phone the selection's sheet covers the switch: step out first.
      await page.press(Key.ESCAPE);
      await page.click('.zoom');
      await page.until(async () => !(await page.run(measure)).zoomed, 'the switch to fit the diagram again');
      await page.open();
    });
  }

  test('keyboard: the switch zooms with Space, and arrow keys carry the focus, and the view, across the actors', async () => {
    await page.viewport(390, 844);
    await page.open();
    await showDiagram();
    if (!(await page.run(measure)).zoomShown) {
      // Readable as it fits: no switch, and the arrows still reach every actor.
    } else {
      await page.focus('.zoom input');
      await page.press(' ');
      await page.until(async () => (await page.run(measure)).zoomed, 'Space to zoom in');
    }
    await page.focus('.diagram-svg .node[tabindex="0"]');
    const seen = new Set();
    for (const key of [Key.ARROW_RIGHT, Key.ARROW_RIGHT, Key.ARROW_DOWN, Key.ARROW_RIGHT, Key.ARROW_LEFT, Key.ARROW_DOWN]) {
      await page.press(key);
      const focusedNode = () =>
        page.run(() => {
          const el = document.activeElement;
          const r = el.getBoundingClientRect();
          const v = document.querySelector('.diagram-scroll').getBoundingClientRect();
          return { node: el.classList.contains('node'), id: el.id, inView: r.left + r.width / 2 > v.left && r.left + r.width / 2 < v.right && r.top + r.height / 2 > v.top && r.top + r.height / 2 < v.bottom };
        });
      const state = await focusedNode();
      assert.ok(state.node, 'focus stays on the diagram’s actors');
      // (Scrolling may be smooth: give it time to arrive.)
      await page.until(async () => (await focusedNode()).inView, `${state.id}, focused, to be scrolled into the diagram's view`);
      seen.add(state.id);
    }
    assert.ok(seen.size >= 2, 'the arrows moved the focus');
  });

  test('search selects an actor by its name, another name the article gives it, or one of its people, and says when it finds no one', async () => {
    await page.viewport(1440, 900);
    await page.open();
    const options = await page.run(() => [...document.querySelectorAll('#find-names option')].map((o) => ({ value: o.value, label: o.label, select: o.dataset.select })));
    assert.ok(options.length > 0, 'the search box suggests names');
    const names = await page.run(() => Object.fromEntries([...document.querySelectorAll('.diagram-svg .node')].map((g) => [g.id.replace(/^node-/, ''), g.textContent.trim()])));
    // Every actor's own name is suggested.
    for (const [id, name] of Object.entries(names)) assert.ok(options.some((o) => o.value === name && o.select === id), `${name} is suggested`);
    // Another name (an alias or a person), typed in lower case, with Enter.
    const alias = options.find((o) => o.value !== names[o.select]);
    assert.ok(alias, 'some actor goes by another name too');
    await page.focus('#find-name');
    await page.press(alias.value.toLowerCase(), Key.ENTER);
    await page.expectTitle(names[alias.select]);
    assert.equal(await page.hash(), `#${alias.select}`);
    await page.expectText('#find-note', '');
    await page.screenshot(`size-${PAGE}-1440-found`);
    // A name that fits no one: it says so, and the selection stays.
    await page.run(() => {
      document.getElementById('find-name').value = '';
    });
    await page.focus('#find-name');
    await page.press('Qzxv', Key.ENTER);
    await page.until(async () => (await page.text('#find-note')).length > 0, 'the search to say it found no one');
    assert.equal(await page.hash(), `#${alias.select}`);
    // The first letters of a word in one actor's names only, with the button.
    const prefix = await page.run((opts) => {
      for (const o of opts) {
        for (const word of o.value.split(/[ -]/)) {
          const p = word.slice(0, 3).toLowerCase();
          if (p.length < 3) continue;
          const fits = opts.filter((x) => x.value.split(/[ -]/).some((w) => w.toLowerCase().startsWith(p)) || x.value.toLowerCase().startsWith(p));
          if (fits.every((x) => x.select === o.select) && o.select !== opts[0].select) return { p, select: o.select };
        }
      }
      return null;
    }, options);
    assert.ok(prefix, 'some actor has a word no other name starts with');
    await page.run(() => {
      document.getElementById('find-name').value = '';
    });
    await page.focus('#find-name');
    await page.press(prefix.p);
    await page.click('.find button');
    await page.expectTitle(names[prefix.select]);
    await page.expectText('#find-note', '');
  });

  test('focus: an actor keeps its neighbours, the rest fades, and Escape steps back out', async () => {
    await page.viewport(1440, 900);
    await page.open();
    const first = await page.run(() => document.querySelector('.diagram-svg .node').id);
    await page.click(`#${first} .node-name`);
    await page.until(() => page.run(() => document.querySelector('.explainer').classList.contains('has-selection')), 'a selection');
    const look = await page.run((id) => {
      const stroke = (g) => getComputedStyle(g.querySelector('.node-box')).stroke;
      const nodes = [...document.querySelectorAll('.diagram-svg .node')];
      const related = nodes.filter((g) => g.classList.contains('is-related'));
      const rest = nodes.filter((g) => g.id !== id && !g.classList.contains('is-related'));
      return { related: related.map(stroke), rest: rest.map(stroke), selected: stroke(document.getElementById(id)) };
    }, first);
    assert.ok(look.related.length > 0, 'the actor has neighbours');
    for (const s of look.rest) assert.ok(!look.related.includes(s) && s !== look.selected, `the rest fades (${s} vs ${look.related[0]})`);
    await page.press(Key.ESCAPE);
    await page.until(async () => !(await page.run(() => document.querySelector('.explainer').classList.contains('has-selection'))), 'Escape to step back out');
    assert.equal(await page.hash(), '');
  });
});
