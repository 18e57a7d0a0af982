// The reader's journeys, in every engine: the app starts without a change to the page,
// actors are selected from the text and the diagram, relationships, evidence,
// shared links with Back/Forward, and the keyboard.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { usePage, Key, ENGINE } = require('./page');

const ACTORS = {
  turkey: 'Turkey',
  russia: 'Russia',
  ukraine: 'Ukraine',
  'united-states': 'The United States',
  kazakhstan: 'Kazakhstan',
  nato: 'NATO',
  west: 'The West',
};
const OVERVIEW = 'Where each one stands';

describe(`reader journeys (${ENGINE})`, () => {
  const page = usePage();

  test('starting the app keeps the pre-rendered page exactly', async () => {
    await page.open();
    const [before, after] = await page.run(async () => {
      // The served HTML, parsed by this engine without running it, against the live DOM.
      const served = new DOMParser().parseFromString(await (await fetch('/')).text(), 'text/html');
      const strip = (html) => html.replace(/<!--[\s\S]*?-->/g, '');
      return [strip(served.querySelector('#app').innerHTML), strip(document.querySelector('#app').innerHTML)];
    });
    assert.ok(before.includes('Turkey called Tuesday for a ceasefire'), 'the served HTML holds the article');
    assert.equal(after, before);
  });

  for (const [id, name] of Object.entries(ACTORS)) {
    test(`select ${name} from the text, then from the diagram`, async () => {
      await page.open();
      const mention = await page.element(`article a.mention.actor-${id}`);
      assert.match(await mention.getAccessibleName(), new RegExp(name.replace('The ', '')));
      await page.clickElement(mention);
      await page.expectTitle(name);
      // The fragment follows the selection once it has rendered.
      await page.until(async () => (await page.hash()) === `#${id}`, `the URL to end in #${id}`);
      await page.until(() => page.run((n) => document.getElementById(`node-${n}`).classList.contains('is-selected'), id), `#node-${id} to look selected`);
      // Its mentions light up in the text, and no other actor's do.
      const ringed = (sel) => page.run((s) => {
        const shadow = getComputedStyle(document.querySelector(s)).boxShadow;
        return shadow !== 'none' && !/^rgba\(0, 0, 0, 0\)/.test(shadow) && !/^transparent/.test(shadow);
      }, sel);
      assert.equal(await ringed(`article a.mention.actor-${id}`), true, 'its mentions are ringed');
      const other = id === 'turkey' ? 'russia' : 'turkey';
      assert.equal(await ringed(`article a.mention.actor-${other}`), false, 'other mentions are not');
      await page.press(Key.ESCAPE);
      await page.expectTitle(OVERVIEW);

      const node = await page.element(`#node-${id}`);
      assert.match(await node.getAccessibleName(), new RegExp(`^${name}`));
      // Firefox's WebDriver cannot click an SVG <g>; a reader clicks its name anyway.
      await page.clickElement(await page.element(`#node-${id} .node-name`));
      await page.expectTitle(name);
      assert.ok(await page.count('.panel .claim') > 0, 'the panel lists its stances');
    });
  }

  test('a shared link opens the same selection, and Back/Forward step through', async () => {
    await page.open('#russia/ukraine');
    await page.expectTitle('Russia and Ukraine');
    assert.match(await page.text('.panel'), /Russia is at war with Ukraine/);

    await page.open();
    await page.click('article a.mention.actor-turkey');
    await page.expectTitle('Turkey');
    await page.click('#node-russia .node-name');
    await page.expectTitle('Russia');
    await page.click('.panel a.relation-link', 'Russia is at war with Ukraine');
    await page.expectTitle('Russia and Ukraine');
    await page.back();
    await page.expectTitle('Russia');
    await page.back();
    await page.expectTitle('Turkey');
    await page.back();
    await page.expectTitle(OVERVIEW);
    await page.forward();
    await page.expectTitle('Turkey');
    await page.reload();
    await page.expectTitle('Turkey');
  });

  test('evidence scrolls to its sentence, marks it and takes focus', async () => {
    await page.viewport(1440, 900);
    await page.open('#united-states');
    const evidence = await page.element('.panel button.evidence');
    const quote = (await page.run((el) => el.querySelector('q, .quote').textContent, evidence)).trim();
    await page.clickElement(evidence);
    await page.expectInViewport('mark');
    assert.equal(await page.run(() => [...document.querySelectorAll('mark')].map((m) => m.textContent).join('')), quote);
    await page.expectFocused('#evidence-mark');
    await page.viewport(1280, 720);
  });

  test('on a phone, marked evidence shows above the bottom sheet', async () => {
    await page.viewport(390, 844);
    await page.open('#turkey');
    for (const n of [0, 2, 5]) {
      const button = await page.run((i) => document.querySelectorAll('.panel button.evidence')[i], n);
      await page.clickElement(button);
      await page.expectInViewport('#evidence-mark');
      await page.settle();
      const [mark, sheet] = await page.run(() => [
        document.getElementById('evidence-mark').getBoundingClientRect().bottom,
        document.querySelector('.panel').getBoundingClientRect().top,
      ]);
      assert.ok(mark <= sheet + 0.5, `evidence ${n} (bottom ${mark}) is not hidden by the sheet (top ${sheet})`);
    }
    await page.viewport(1280, 720);
  });

  test('keyboard: one tab stop in the diagram, arrows move, Enter selects, Escape clears', async () => {
    await page.open();
    // Where each node is: the layout is automatic, so the test reads it.
    const centre = (id) => page.run((i) => {
      const box = document.querySelector(`#${i} .node-box`);
      return [+box.getAttribute('x') + box.getAttribute('width') / 2, +box.getAttribute('y') + box.getAttribute('height') / 2];
    }, id);
    const focusedNode = async () => (await page.focused()).id;
    await page.focus('#node-turkey');
    const start = await centre('node-turkey');
    await page.press(Key.ARROW_DOWN);
    await page.until(async () => (await focusedNode()) !== 'node-turkey', 'the focus to move');
    const below = await focusedNode();
    assert.ok((await centre(below))[1] > start[1], `${below} is below Turkey`);
    await page.press(Key.ENTER);
    await page.expectTitle(ACTORS[below.replace('node-', '')]);
    await page.press(Key.ARROW_UP);
    await page.until(async () => (await focusedNode()) !== below, 'the focus to move back up');
    assert.ok((await centre(await focusedNode()))[1] < (await centre(below))[1], 'ArrowUp moves up');
    await page.focus('#node-turkey');
    await page.press(' ');
    await page.expectTitle('Turkey');
    await page.press(Key.ESCAPE);
    await page.expectTitle(OVERVIEW);
    assert.equal(await page.count('.node[tabindex="0"]'), 1);
    // Mentions are reachable with Tab and selectable with Enter.
    await page.focus('article a.mention');
    await page.press(Key.ENTER);
    await page.expectTitle('Russia');
  });

  test('Tab order: skip links, the mentions in reading order, then one stop for the diagram', async () => {
    await page.open();
    const tab = async () => {
      await page.press(Key.TAB);
      return page.focused();
    };
    assert.equal((await tab()).text, 'Skip to the article');
    assert.equal((await tab()).text, 'Skip to the diagram');
    assert.equal((await tab()).text, 'Russian');
    assert.equal((await tab()).text, 'Vladimir Putin');
    // After the article and the timeline come the diagram's search box and its
    // button, then the diagram, one stop. Firefox also stops on regions that
    // scroll, so they can be scrolled from the keyboard.
    const pastScrollers = async (press = tab) => {
      let f = await press();
      for (let i = 0; i < 3 && f.scroller; i++) f = await press();
      return f;
    };
    const shiftTab = async () => {
      await page.pressShiftTab();
      return page.focused();
    };
    await page.run(() => [...document.querySelectorAll('.timeline button.evidence')].pop().focus());
    assert.equal((await pastScrollers()).id, 'find-name');
    assert.equal((await tab()).text, 'Show');
    assert.equal((await pastScrollers()).id, 'node-turkey');
    assert.equal((await pastScrollers()).node, false, 'Tab leaves the diagram after one stop');
    assert.equal((await pastScrollers(shiftTab)).id, 'node-turkey');
    // The skip link lands on the diagram, from where Tab enters its search box,
    // then the diagram.
    await page.open();
    await tab();
    await tab();
    await page.press(Key.ENTER);
    assert.equal((await pastScrollers()).id, 'find-name');
    await tab();
    assert.equal((await pastScrollers()).id, 'node-turkey');
  });
});
