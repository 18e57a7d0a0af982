// The timeline, the pair grid, compare and who-said-what, in every engine: each
// follows the one selection and can be driven by pointer and keyboard.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { usePage, Key, ENGINE } = require('./page');

const cell = (name) => `[role="gridcell"][aria-label="${name}"]`;

describe(`timeline, grid, compare (${ENGINE})`, () => {
  const page = usePage();

  test('the timeline lists the events in order, in the article’s words, with dates as labelled context', async () => {
    await page.open();
    assert.deepEqual(await page.texts('.event .event-when'), [
      'in February', 'in March', 'Undated in the article', 'last month', 'Undated in the article',
      'last month', 'Undated in the article', 'Monday', 'after Monday’s attacks', 'on Tuesday',
      'on Wednesday', 'on Thursday', 'next June',
    ]);
    for (const note of await page.texts('.event .context')) assert.match(note, /^Context, not from the article: /);
  });

  test('selecting an actor lights up its events, and an event’s evidence marks its sentence', async () => {
    await page.open('#kazakhstan');
    assert.deepEqual(await page.texts('.event.is-selected .event-summary'), [
      'Erdogan is scheduled to fly to Astana for talks with Kazakh President Tokayev, according to a Turkish official',
      'Putin and Erdogan are to meet in Astana, the Kremlin confirmed',
    ]);
    const warBegins = await page.element('.event', 'The war begins');
    await page.clickElement(await page.run((event) => event.querySelector('button.evidence'), warBegins));
    await page.expectText('mark', 'since the war began in February');
    await page.expectInViewport('mark');
    // The chosen button shows as the current one; a new selection clears both.
    await page.expectCount('.timeline .evidence.is-current', 1);
    await page.clickElement(await page.run((event) => [...event.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Ukraine'), warBegins));
    await page.expectTitle('Ukraine');
    await page.expectCount('mark', 0);
    await page.expectCount('.evidence.is-current', 0);
  });

  test('the pair grid selects a pair, follows the diagram, and works from the keyboard', async () => {
    await page.viewport(1440, 900);
    await page.open();
    await page.click('.matrix > summary');
    await page.click(cell('The United States and Turkey: pressures'));
    await page.expectTitle('Turkey and the United States');
    assert.equal(await page.run((s) => document.querySelector(s).getAttribute('aria-selected'), cell('The United States and Turkey: pressures')), 'true');
    await page.expectCount('.edge.is-selected', 1);
    // Selecting in the diagram selects in the grid.
    await page.clickElement(await page.run(() => [...document.querySelectorAll('.edge')].find((e) => e.textContent.includes('at war')).querySelector('.edge-label tspan')));
    await page.expectTitle('Russia and Ukraine');
    await page.until(
      () => page.run((s) => document.querySelector(s).getAttribute('aria-selected') === 'true', cell('Russia and Ukraine: at war, annexation')),
      'the grid to select Russia and Ukraine',
    );
    // Keyboard: one tab stop, arrows move, Enter selects.
    assert.equal(await page.count('.matrix-grid [tabindex="0"]'), 1);
    await page.focus('#cell-0-1');
    await page.press(Key.ARROW_DOWN);
    await page.expectFocused('#cell-1-1');
    await page.press(Key.ARROW_RIGHT, Key.ARROW_RIGHT);
    await page.expectFocused('#cell-1-3');
    await page.press(Key.ENTER);
    await page.expectTitle('Russia and the United States');
    assert.match(await page.text('.panel'), /The article states no direct relationship between them\./);
    await page.press(Key.END);
    await page.expectFocused('#cell-1-6');
    await page.viewport(1280, 720);
  });

  test('compare: a pair shows what the article says between them, and both sides’ stances', async () => {
    await page.open('#turkey');
    await page.click('.compare a', 'Russia');
    await page.expectTitle('Turkey and Russia');
    await page.expectText('.panel .claim-kind', [
      'Turkey is to hold a leaders’ meeting with Russia',
      'Turkey has a president with a good working relationship, despite disagreements, with the president of Russia',
      'Turkey has long sought to broker truce talks involving Russia',
      'Turkey rejects the annexation of Ukrainian provinces by Russia',
      'Turkey has a president keen to boost trade with Russia',
    ]);
    assert.deepEqual(await page.run(() => [...document.querySelectorAll('.compare-side')].map((side) => side.querySelectorAll('.compare-stances li').length)), [13, 6]);
  });

  test('who said what: each speaker under their actor, with their words, each leading to its sentence', async () => {
    await page.open('#russia');
    assert.deepEqual(await page.texts('.panel .person strong'), ['Vladimir Putin', 'The Kremlin', 'Dmitry Peskov']);
    const peskov = await page.element('.panel .person', 'Dmitry Peskov');
    assert.equal((await page.run((p) => p.querySelector('.person-role').textContent, peskov)).trim(), 'Kremlin spokesman');
    await page.clickElement(await page.run((p) => p.querySelector('button.evidence'), peskov));
    await page.expectText('mark', '“Preparations are underway for the meeting,”');
    // Countries speak in their own name too.
    await page.open('#turkey');
    const own = await page.run(() => {
      const heading = [...document.querySelectorAll('.panel h3')].find((h) => h.textContent.includes('What Turkey said in its own name'));
      const list = heading && heading.nextElementSibling;
      return heading ? list.querySelectorAll('button.evidence').length : null;
    });
    assert.equal(own, 4);
    await page.open('#united-states');
    assert.match(await page.text('.panel'), /What the United States said in its own name/);
  });
});

describe(`who says so (${ENGINE})`, () => {
  const page = usePage();

  test('claims name their source in the same sentence, and the rest says it is the article’s reporting', async () => {
    await page.open('#russia');
    const claims = await page.texts('.panel .claims .claim-summary');
    assert.ok(claims.includes('Its mass strikes on Ukrainian cities killed 19 people and wounded more than 100, according to Ukraine’s emergency services'), JSON.stringify(claims));
    assert.ok(claims.includes('Has stepped up its attacks on Ukrainian cities'), 'a claim without a source reads as the article’s own');
    assert.match(await page.text('.page-header .hint'), /the article’s own reporting unless it names a source/);
    await page.open('#turkey/kazakhstan');
    await page.expectText('.panel .claims .claim-summary', ['Erdogan is scheduled to fly to Astana on Wednesday for talks with Kazakh President Tokayev, according to a Turkish official']);
    // The diagram's edge says it too, for screen readers.
    const edge = await page.run(() => document.querySelector('.edge[data-select="turkey/kazakhstan"]').getAttribute('aria-label'));
    assert.equal(edge, 'Turkey is scheduled to hold leaders’ talks with Kazakhstan, according to a Turkish official');
  });

  test('statements tell direct speech from reported speech', async () => {
    await page.open('#russia');
    const peskov = await page.element('.panel .person', 'Dmitry Peskov');
    const said = await page.run((p) => [...p.querySelectorAll('button.evidence')].map((b) => [b.querySelector('.speech').textContent, b.querySelector('.quote').textContent]), peskov);
    assert.deepEqual(said, [
      ['In their words: ', '“Preparations are underway for the meeting,”'],
      ['Reported: ', 'the talks would be an opportunity to discuss the situation in “Ukraine and bilateral relations and to exchange views on current issues.”'],
    ]);
    // The accessible name reads the kind of speech with the words.
    const button = await page.run((p) => p.querySelector('button.evidence'), peskov);
    // (Some engines read the label as CSS transforms it, in capitals.)
    assert.match(await button.getAccessibleName(), /^In their words: “Preparations are underway/i);
  });
});
