// The studio, in every engine: an editor makes an explainer of an article of our
// own writing from an empty studio, by pointer and by keyboard, sees the preview
// follow, and exports a file that content-check accepts (scripts/publish-check.sh
// then builds and serves it); the machine's proposals take a draft to publishable
// in a few edits; and bad files, bad saved data and a full storage each get a
// message with the work kept.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { usePage, Key, ENGINE } = require('./page');

const ARTICLE = fs.readFileSync(path.join(__dirname, 'fixtures', 'port-strike.txt'), 'utf8');
/** The AFP article as the project holds it (its content file's text, verbatim). */
const AFP = fs
  .readFileSync(path.join(__dirname, '..', 'content', 'afp-istanbul-2022-10-11.toml'), 'utf8')
  .match(/^text = '''\n([\s\S]*?)'''/m)[1];
const EXPORTS = path.join(__dirname, '..', 'target', 'studio');

/** Opens an empty studio: nothing kept from an earlier test. */
async function openEmpty(page) {
  await page.open('studio/');
  await page.run(() => localStorage.clear());
  await page.reload();
  await page.element('#st-paste');
}

/** Pastes `text` into the start screen's box, as a paste would, and starts. */
async function pasteAndStart(page, text) {
  await page.run((t) => {
    const area = document.getElementById('st-paste');
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.click('button', 'Start with this article');
  await page.element('#st-text .st-line');
}

/** Selects `words` in the article as a reader's pointer would, across the marks' elements. */
async function select(page, words) {
  const done = await page.run((w) => {
    for (const line of document.querySelectorAll('#st-text .st-line')) {
      const at = line.textContent.indexOf(w);
      if (at < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const end = seen + node.length;
        if (!started && at < end) {
          range.setStart(node, at - seen);
          started = true;
        }
        if (started && at + w.length <= end) {
          range.setEnd(node, at + w.length - seen);
          const sel = getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
          return true;
        }
        seen = end;
      }
    }
    return false;
  }, words);
  assert.ok(done, `"${words}" is in the article`);
  await page.until(async () => (await page.run(() => document.getElementById('st-passage-input').value)) === words, `the passage bar to hold "${words}"`);
}

/** Chooses, in the passage bar's menu, the use whose label starts with `label`, and applies it. */
async function useAs(page, label) {
  const found = await page.run((l) => {
    const select = document.getElementById('st-use-as');
    const option = [...select.options].find((o) => o.textContent.startsWith(l));
    if (!option) return [...select.options].map((o) => o.textContent);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }, label);
  assert.equal(found, true, `"${label}" is on the menu`);
  await page.click('.st-use button', 'Apply');
}

/** Types into the field `css` (focused), as an editor would. */
async function type(page, css, text) {
  const el = await page.element(css);
  await page.run((e) => { e.focus(); e.select && e.select(); }, el);
  await el.sendKeys(text);
  await page.until(async () => (await page.run((e) => e.value, el)) === text, `${css} to read "${text}"`);
}

async function tab(page, name) {
  await page.click('[role=tab]', name);
  await page.until(() => page.run((n) => document.querySelector('[role=tab][aria-selected=true]').textContent.startsWith(n), name), `the ${name} tab`);
}

async function problems(page) {
  return page.run(() => [...document.querySelectorAll('.st-problems > ul:not(.st-left) > li')].map((li) => li.textContent));
}

/** The checker accepts the document, and the studio says what is left before it
 * is worth publishing (the header, and the list under Problems), not "ready". */
async function expectValidWith(page, left) {
  await page.until(() => page.run(() => /^✓ Valid; \d+ thing\(s\) left before publishing$/.test(document.querySelector('.st-not-ready')?.textContent || '')), 'the studio to say valid, with what is left');
  await tab(page, 'Problems');
  const items = await page.texts('.st-left li');
  assert.ok(items.some((item) => item.includes(left)), `"${left}" in ${JSON.stringify(items)}`);
}

async function expectReady(page) {
  await page.until(() => page.run(() => !!document.querySelector('.st-ready')), 'the studio to say ready to publish', 5000).catch(async (e) => {
    await tab(page, 'Problems');
    throw new Error(`${e.message}; problems: ${JSON.stringify(await problems(page))}; left: ${JSON.stringify(await page.texts('.st-left li'))}`);
  });
}

/** The preview frame's document, once it shows `css`. */
async function inPreview(page, fn, what) {
  return page.until(() => page.run(fn), what, 15_000);
}

describe(`studio (${ENGINE})`, () => {
  const page = usePage();

  test('by pointer: paste an article, annotate it, watch the preview, export a publishable file', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    // Paste the article.
    await pasteAndStart(page, ARTICLE);
    await page.element('#st-text .st-line');

    // Three actors, each with its role and the article's words for it.
    const actors = [
      ['Harbour Union', 'Says the strike would last until the authority reopened talks', 'The Harbour Union said the strike would last until the authority reopened talks.'],
      ['Port Authority', 'Refused the dockworkers’ demand for a night-shift bonus', 'the Port Authority refused their demand for a night-shift bonus'],
      ['Carrick', 'An island whose ferries the strike has halted', 'halting ferries to the island of Carrick'],
    ];
    for (const [i, [name, summary, evidence]] of actors.entries()) {
      await select(page, name);
      await page.click('.st-use button', 'New actor');
      await page.expectFocused(`#f-actors-${i}-role-summary`);
      await type(page, `#f-actors-${i}-role-summary`, summary);
      await select(page, evidence);
      await useAs(page, `Evidence for ${name}’s role`);
    }
    // The council's words also stand for Carrick.
    await select(page, 'council');
    await useAs(page, 'Another word for Carrick');

    // A person, with their title in the article's words.
    await select(page, 'Mara Quist');
    await useAs(page, 'A person who speaks for Harbour Union');
    await select(page, 'union leader');
    await useAs(page, 'The title of Mara Quist');

    // Two stances.
    await select(page, 'called the strike unlawful');
    await useAs(page, 'Evidence for a new stance of Port Authority');
    await type(page, '#f-actors-1-stances-0-summary', 'Calls the strike unlawful');
    await select(page, 'urged the Harbour Union and the Port Authority to meet before Monday');
    await useAs(page, 'Evidence for a new stance of Carrick');
    await type(page, '#f-actors-2-stances-0-summary', 'Urges both sides to meet before Monday');

    // A relation, of a kind made in place.
    await tab(page, 'Relations');
    await page.run(() => {
      const kind = document.getElementById('new-relation-kind');
      kind.value = '';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await type(page, '#new-relation-new-kind', 'in dispute');
    // Before it is made, the new kind shows how it will read; the common kinds are
    // on offer with their verbs.
    await page.expectText('.st-new .st-reads q', 'Harbour Union in dispute with Port Authority');
    const offered = await page.run(() => [...document.querySelectorAll('#new-relation-kind option')].map((o) => o.textContent));
    for (const k of ['New: bans', 'New: sanctions', 'New: holds talks']) assert.ok(offered.includes(k), `"${k}" is offered: ${JSON.stringify(offered)}`);
    await page.click('button', 'Add the relation');
    await page.expectFocused('#f-relations-0-summary');
    await type(page, '#f-relations-0-summary', 'The authority refused the dockworkers’ demand for a night-shift bonus');
    await select(page, 'refused their demand for a night-shift bonus');
    await useAs(page, 'Evidence for Harbour Union – Port Authority');

    // A statement, quoted directly.
    await select(page, '“We will not load another ship until they come back to the table,”');
    await useAs(page, 'Something Mara Quist said');
    assert.equal(await page.run(() => document.getElementById('f-statements-0-direct').checked), true, 'words in quotation marks are direct speech');

    await expectReady(page);

    // The preview is the reader's page, and follows the next edit.
    await tab(page, 'Preview');
    const frame = () => document.querySelector('.st-frame-laptop iframe').contentDocument;
    await inPreview(page, () => {
      const doc = document.querySelector('.st-frame-laptop iframe').contentDocument;
      return doc && doc.getElementById('node-harbour-union') && doc.getElementById('panel-title').textContent === 'Where each one stands';
    }, 'the preview to show the reader’s page');
    await tab(page, 'Actors');
    await type(page, '#f-actors-0-role-summary', 'Says the strike would last until the authority reopens talks');
    await tab(page, 'Preview');
    await inPreview(page, () => {
      const doc = document.querySelector('.st-frame-laptop iframe').contentDocument;
      return doc && doc.getElementById('panel') && doc.getElementById('panel').textContent.includes('until the authority reopens talks');
    }, 'the preview to follow the edit');
    // Clicking in the preview works as it does for a reader.
    // (The frame draws the page again whenever the saved work changes, which
    // a click just before would be lost to: clicked until it shows.)
    await inPreview(page, () => {
      const doc = document.querySelector('.st-frame-laptop iframe').contentDocument;
      if (doc.getElementById('panel-title').textContent === 'Carrick') return true;
      doc.querySelector('#node-carrick').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      return false;
    }, 'a click in the preview to select Carrick');
    void frame;

    // Publish: the file, kept for content-check and a build (scripts/publish-check.sh).
    await tab(page, 'Publish');
    const exported = await page.run(() => document.getElementById('st-export-text').value);
    assert.match(exported, /\[\[actors\]\]/);
    fs.mkdirSync(EXPORTS, { recursive: true });
    fs.writeFileSync(path.join(EXPORTS, `export-${ENGINE}.toml`), exported);

    // Nothing is lost on reload.
    await page.reload();
    await page.until(() => page.run(() => document.querySelectorAll('#st-text .st-m').length > 0), 'the work to come back after a reload');
    await tab(page, 'Actors');
    await page.expectCount('.st-card', 3);
  });

  test('by keyboard: the same journey without a pointer', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    await page.focus('#st-paste');
    await page.press(ARTICLE.replace(/\n/g, Key.ENTER));
    await page.until(async () => (await page.run(() => document.getElementById('st-paste').value.replace(/\r/g, ''))) === ARTICLE, 'the article to be typed');
    await page.press(Key.TAB, Key.ENTER);
    await page.element('#st-text .st-line');

    // "/" takes the keyboard to the passage bar; Tab to "New actor"; Enter.
    const passage = async (words) => {
      await page.run(() => document.activeElement && document.activeElement.blur());
      await page.press('/');
      await page.expectFocused('#st-passage-input');
      await page.chord([Key.CONTROL], 'a');
      await page.press(words);
      await page.until(async () => (await page.run(() => document.getElementById('st-passage-input').value)) === words, `the passage to read "${words}"`);
    };
    const apply = async (label) => {
      // Tab past "New actor" to the menu; arrow down to the choice; Tab to Apply.
      await page.press(Key.TAB, Key.TAB);
      await page.expectFocused('#st-use-as');
      const chosen = () => page.run(() => { const s = document.getElementById('st-use-as'); return s.options[s.selectedIndex].textContent; });
      await page.press(Key.HOME);
      for (let i = 0; i < 80 && !(await chosen()).startsWith(label); i++) await page.press(Key.ARROW_DOWN);
      assert.ok((await chosen()).startsWith(label), `the menu offers "${label}"`);
      await page.press(Key.TAB, Key.ENTER);
    };
    await passage('Harbour Union');
    await page.press(Key.TAB, Key.ENTER);
    await page.expectFocused('#f-actors-0-role-summary');
    await page.press('Says the strike would last until the authority reopened talks');
    await passage('The Harbour Union said the strike would last until the authority reopened talks.');
    await apply('Evidence for Harbour Union’s role');
    await passage('Port Authority');
    await page.press(Key.TAB, Key.ENTER);
    await page.expectFocused('#f-actors-1-role-summary');
    await page.press('Refused the dockworkers’ demand for a night-shift bonus');
    await passage('the Port Authority refused their demand for a night-shift bonus');
    await apply('Evidence for Port Authority’s role');
    await passage('Mara Quist');
    await apply('A person who speaks for Harbour Union');
    await passage('“We will not load another ship until they come back to the table,”');
    await apply('Something Mara Quist said');
    await passage('called the strike unlawful');
    await apply('Evidence for a new stance of Port Authority');
    await page.expectFocused('#f-actors-1-stances-0-summary');
    await page.press('Calls the strike unlawful');
    // Valid now, but a reader would find no relation: not ready yet, and said so.
    await expectValidWith(page, 'Add at least one relation between two actors.');

    // Undo and redo from the keyboard, outside fields.
    await page.run(() => document.activeElement.blur());
    await page.chord([Key.CONTROL], 'z');
    await page.until(() => page.run(() => !/^✓ Valid/.test(document.querySelector('.st-not-ready')?.textContent || '')), 'undo to take the last edit back');
    await page.chord([Key.CONTROL, Key.SHIFT], 'z');
    await expectValidWith(page, 'Add at least one relation between two actors.');
  });

  test('the machine proposes, and a few edits make the draft valid, with what is left said', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    await pasteAndStart(page, ARTICLE);
    await tab(page, 'Proposals');
    assert.ok(await page.count('#st-text .st-proposed') > 0, 'pending proposals are outlined in the article');
    let edits = 0;
    // Port Selwyn is the place, not a party to the dispute.
    await page.click('button[aria-label="Reject Port Selwyn"]');
    edits += 1;
    // A rejection is part of the work, saved with it: a reload does not propose it
    // again, and neither does opening the file it exports, in another studio.
    await page.until(() => page.run(() => (localStorage.getItem('explainer-studio/draft') || '').includes('[studio]')), 'the rejection to be saved with the work');
    await page.reload();
    await tab(page, 'Proposals');
    await page.element('button', 'Accept all');
    assert.equal(await page.count('button[aria-label="Reject Port Selwyn"]'), 0, 'Port Selwyn stays rejected');
    const exported = await page.run(() => localStorage.getItem('explainer-studio/draft'));
    await openEmpty(page);
    await page.run((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'port-strike.toml'));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, exported);
    await page.element('#st-text .st-line');
    await tab(page, 'Proposals');
    await page.element('button', 'Accept all');
    assert.equal(await page.count('button[aria-label="Reject Port Selwyn"]'), 0, 'Port Selwyn stays rejected in the exported file, opened again');
    await page.click('button', 'Accept all');
    edits += 1;
    for (let i = 0; i < 3 && (await page.count('.st-proposal-group')) > 0; i++) {
      await page.click('button', 'Accept all');
      edits += 1;
    }
    // One "Accept all" per kind (actors, people, statements, relations) leaves nothing
    // waiting; with the three summaries below, that is at most 8 edits in all.
    await page.until(async () => (await page.count('.st-proposal-group')) === 0, `no proposal left waiting after ${edits} edits`);
    await tab(page, 'Actors');
    const summaries = {
      'Port Authority': 'Said it had offered a new contract in March, and calls the strike unlawful',
      'Harbour Union': 'Said the strike would last until the authority reopened talks',
      Carrick: 'Its council urged both sides to meet before Monday',
    };
    const names = await page.texts('.st-card .st-card-title');
    assert.deepEqual([...names].sort(), Object.keys(summaries).sort(), 'the actors accepted are the parties the article names');
    for (const [i, name] of names.entries()) {
      await page.click(`#actors-${i} > summary`);
      await type(page, `#f-actors-${i}-role-summary`, summaries[name]);
    }
    // The checker accepts it; a reader would still find no relation, which the
    // machine did not propose here: the studio says so rather than "ready".
    await expectValidWith(page, 'Add at least one relation between two actors.');
  });

  test('bad files, bad saved data and a full storage get a message, and the work stays', async () => {
    await page.viewport(1440, 900);
    // Saved data that is not a content file.
    for (const saved of ['{"actors": 3}', '[article]\ntitle = "x"\n', '\u0000\u0001 junk']) {
      await page.open('studio/');
      await page.run((s) => localStorage.setItem('explainer-studio/draft', s), saved);
      await page.reload();
      await page.element('.st-notice-error');
      assert.match(await page.text('.st-notice'), /could not be read/);
      const keptAside = () => page.run(() => Object.keys(localStorage)
        .filter((k) => k.startsWith('explainer-studio/unreadable/'))
        .map((k) => localStorage.getItem(k)));
      assert.ok((await keptAside()).includes(saved), 'the unreadable text is kept aside');
      // Reloading again keeps no second copy (copies would fill the storage).
      await page.reload();
      await page.element('.st-notice-error');
      assert.equal((await keptAside()).filter((t) => t === saved).length, 1, 'one copy kept aside');
      await page.element('button', 'Download the saved text');
    }
    // Work in hand, then files that cannot be opened: each says why, and the work stays.
    await openEmpty(page);
    await page.click('button', 'Open the example');
    await page.element('#st-text .st-m');
    const drop = (name, bytes) => page.run((n, b) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(b)], n));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, name, bytes);
    await drop('photo.txt', [0xff, 0xd8, 0xff, 0xe0, 0x00]);
    await page.until(async () => /not text/.test(await page.text('.st-notice') || ''), 'a message about a file that is not text');
    await drop('other.toml', [...Buffer.from('[server]\nport = 8080\n')]);
    await page.until(async () => /not a content file/.test(await page.text('.st-notice') || ''), 'a message about a file of another shape');
    assert.equal(await page.count('.st-card'), 7, 'the work is still there');
    // A storage that is full: the edit stays, and the editor is told.
    await page.run(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await select(page, 'Istanbul');
    await page.click('.st-use button', 'New actor');
    await page.until(async () => /Not saved: this browser's storage is full/.test(await page.text('.st-notice') || ''), 'a message that the work is not saved');
    assert.equal(await page.count('.st-card'), 8, 'the edit is kept in the page');
    await page.reload();
  });

  test('a drag across the article leaves it where it is, and nothing is chosen for the words', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    await pasteAndStart(page, ARTICLE);
    // Where the words are on screen, from the first letter of one to the last of
    // the other.
    const ends = await page.run(() => {
      const line = [...document.querySelectorAll('#st-text .st-line')].find((l) => l.textContent.includes('refused their demand'));
      const text = line.textContent;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      // The left edge of the character at `offset`, or (`after`) just past its right.
      const at = (offset, after = false) => {
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (offset < seen + node.length) {
            const r = document.createRange();
            r.setStart(node, offset - seen);
            r.setEnd(node, offset - seen + 1);
            const box = r.getBoundingClientRect();
            return { x: Math.round(after ? box.right + 1 : box.left + 1), y: Math.round(box.top + box.height / 2) };
          }
          seen += node.length;
        }
        return null;
      };
      const from = at(text.indexOf('refused their demand'));
      walker.currentNode = line;
      const to = at(text.indexOf('refused their demand') + 'refused their demand'.length - 1, true);
      return { from, to, top: document.getElementById('st-text').getBoundingClientRect().top };
    });
    const { driver } = page;
    await driver.actions().move({ x: ends.from.x, y: ends.from.y }).press().move({ x: ends.to.x, y: ends.to.y, duration: 200 }).perform();
    // Mid-drag, the passage bar has the words, and the article has not moved.
    const during = await page.run(() => document.getElementById('st-text').getBoundingClientRect().top);
    await driver.actions().release().perform();
    await page.until(async () => (await page.run(() => document.getElementById('st-passage-input').value)).includes('refused their demand'), `the passage bar to hold the dragged words (dragged ${JSON.stringify(ends)}; selected "${await page.run(() => getSelection().toString())}")`);
    const after = await page.run(() => document.getElementById('st-text').getBoundingClientRect().top);
    assert.equal(during, ends.top, 'the article stays put during the drag');
    assert.equal(after, ends.top, 'the article stays put once the words are in hand');
    // Nothing is chosen for the words: Apply waits for the editor's choice.
    assert.equal(await page.run(() => document.getElementById('st-use-as').value), '');
    assert.equal(await page.run(() => document.querySelector('.st-use button:last-of-type').disabled), true);
    // Part of a word is said so before it is used.
    await select(page, 'ort Authority refused');
    await page.until(async () => /inside a word/.test(await page.text('#st-passage-status')), 'a warning that the words cut a word');
    // A word too many or too few is mended by a word at either end, not by
    // selecting again; the article still stays put.
    const passage = () => page.run(() => document.getElementById('st-passage-input').value);
    await select(page, 'Port Authority refused');
    await page.click('.st-nudge', 'Drop last');
    await page.until(async () => (await passage()) === 'Port Authority', 'the last word dropped');
    assert.equal(await page.run(() => getSelection().toString()), 'Port Authority', 'the article shows the words in hand selected');
    await page.click('.st-nudge', 'Add before');
    await page.until(async () => (await passage()) === 'the Port Authority', 'the word before added');
    await page.click('.st-nudge', 'Drop first');
    await page.click('.st-nudge', 'Add after');
    await page.until(async () => (await passage()) === 'Port Authority refused', 'the word after added');
    assert.equal(await page.run(() => document.getElementById('st-text').getBoundingClientRect().top), ends.top, 'the article stays put');
  });

  test('opening the shipped content file shows every annotation it has', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    const shipped = fs.readFileSync(path.join(__dirname, '..', 'content', 'afp-istanbul-2022-10-11.toml'), 'utf8');
    await page.run((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'afp.toml'));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, shipped);
    await page.element('#st-text .st-m');
    await expectReady(page);
    const counts = {};
    for (const name of ['Actors', 'People', 'Statements', 'Relations', 'Events', 'Kinds']) {
      await tab(page, name);
      counts[name] = await page.count('.st-card');
    }
    // One card for each entry of the file.
    const entries = (table) => (shipped.match(new RegExp(`^\\[\\[${table}\\]\\]`, 'gm')) || []).length;
    const expected = Object.fromEntries(Object.keys(counts).map((name) => [name, entries(name.toLowerCase())]));
    assert.ok(expected.Actors >= 7 && expected.Statements >= 21, JSON.stringify(expected));
    assert.deepEqual(counts, expected);
  });

  test('an editor’s journey on a real article, pasted: proposals taken or turned down, evidence mended, summaries written, to ready', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    await pasteAndStart(page, AFP);
    await tab(page, 'Proposals');
    // The emergency services gave the toll, not the whole sentence; the photo
    // caption's meeting was in September, not this one.
    await page.click('button[aria-label="Reject Ukraine’s emergency services (reported)"]');
    await page.click('button[aria-label="Reject Russia meets Turkey"]');
    for (let i = 0; i < 4 && (await page.count('.st-proposal-group')) > 0; i++) await page.click('button', 'Accept all');
    await page.until(async () => (await page.count('.st-proposal-group')) === 0, 'every other proposal accepted');
    const choose = (css, pattern) => page.run((c, p) => {
      const s = document.querySelector(c);
      const o = [...s.options].find((o) => new RegExp(p).test(o.textContent));
      s.value = o.value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
      return o.textContent;
    }, css, pattern);
    const openCard = async (id) => {
      if (!(await page.run((i) => document.getElementById(i).open, id))) await page.click(`#${id} > summary`);
    };
    await tab(page, 'Actors');
    const roles = [
      ['Russia', 'But the increasing Russian attacks on Ukrainian cities are reducing the chances of a diplomatic solution', 'Its increasing attacks on Ukrainian cities are reducing the chances of a diplomatic solution'],
      ['Turkey', 'Turkey called Tuesday for a ceasefire in Ukraine, just days before the leaders of Turkey and Russia meet in the Kazakh capital Astana.', 'Calls for a ceasefire in Ukraine, days before its leader meets Russia’s'],
      ['Ukraine', 'Ukrainian cities, killing 19 people and wounding more than 100', 'Its cities are under mass Russian strikes that killed 19 people'],
      ['Kazakhstan', 'the Kazakh capital Astana', 'Hosts the meeting of the Turkish and Russian leaders in its capital, Astana'],
      ['NATO', null, 'The military alliance Turkey is a member of'],
      ['The West', null, 'Imposes sanctions against Russia, which Turkey refrained from joining'],
      ['United States', null, 'Pressed Turkey to restrict economic ties with Russia, Ankara confirmed'],
    ];
    const names = await page.texts('.st-card .st-card-title');
    for (const [name, evidence, summary] of roles) {
      const i = names.indexOf(name);
      assert.ok(i >= 0, `${name} is an actor: ${JSON.stringify(names)}`);
      await openCard(`actors-${i}`);
      if (evidence) {
        // The role's proposed evidence is the first sentence naming it (the photo
        // caption, for two): the editor gives it better words.
        await page.click(`#f-actors-${i}-role-evidence .st-remove`);
        await select(page, evidence);
        await useAs(page, `Evidence for ${name}’s role`);
      }
      await type(page, `#f-actors-${i}-role-summary`, summary);
    }
    await choose(`#f-actors-${names.indexOf('Turkey')}-role-according_to`, '^Turkey');
    await choose(`#f-actors-${names.indexOf('Ukraine')}-role-according_to`, 'emergency services');
    await tab(page, 'Relations');
    const relations = {
      'Turkey has good relations with Russia': ['Erdogan, who has a good working relationship with the Russian president despite disagreements on many issues including in Syria', 'Erdogan has a good working relationship with Putin, despite disagreements on many issues'],
      'Turkey is a member of NATO': [null, 'Turkey is a member of NATO'],
      'Turkey has good relations with Ukraine': [null, 'Neutral throughout the conflict, Turkey also enjoys good relations with Kyiv'],
      'Russia attacks Ukraine': [null, 'Russia’s attacks on Ukrainian cities are increasing'],
      'Ukraine is at war with Russia': [null, 'Ukraine and Russia are at war'],
      'Turkey meets Kazakhstan': [null, 'Erdogan is scheduled to fly to Astana on Wednesday for talks with Kazakhstan’s president, a Turkish official said', true],
      'The West imposes sanctions on Russia': [null, 'Western countries impose sanctions on Russia, which Turkey refrained from joining'],
      'Turkey trades with Russia': [null, 'Erdogan is keen to boost trade with Moscow', true],
      'United States pressures Turkey': [null, 'Turkey has succumbed to pressure from the United States over Russian bank card payments', true],
      'Russia has annexed territory of Ukraine': [null, 'Russia annexed four Ukrainian provinces; Turkey rejects it as a “serious violation” of international law'],
    };
    const titles = await page.texts('.st-card .st-card-title');
    assert.deepEqual([...titles].sort(), Object.keys(relations).sort(), 'the relations accepted read as sentences');
    for (const [i, title] of titles.entries()) {
      const [evidence, summary, checked] = relations[title];
      await openCard(`relations-${i}`);
      if (evidence) {
        await page.click(`#f-relations-${i}-evidence .st-remove`);
        await select(page, evidence);
        await useAs(page, 'Evidence for Turkey – Russia (good ties)');
      }
      await type(page, `#f-relations-${i}-summary`, summary);
      // The hedge ("scheduled", "tries", "confirmed") is about the meeting, the
      // economy and the banks: the summary is right as it is.
      if (checked) await page.click(`#f-relations-${i}-hedge_checked`);
    }
    // Who acts on whom is turned round in one step, and back.
    const attacks = titles.indexOf('Russia attacks Ukraine');
    await page.click(`#relations-${attacks} .st-swap`);
    await page.until(async () => (await page.text(`#relations-${attacks} .st-card-title`)) === 'Ukraine attacks Russia', 'the relation turned round');
    await page.click(`#relations-${attacks} .st-swap`);
    await page.until(async () => (await page.text(`#relations-${attacks} .st-card-title`)) === 'Russia attacks Ukraine', 'and back');
    await expectReady(page);
    await tab(page, 'Problems');
    assert.deepEqual(await problems(page), [], 'nothing left to fix');
  });

  test('an id sits in an advanced part: a taken one is refused with why, a new one changes every reference', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    await page.click('button', 'Open the example');
    await page.element('#st-text .st-m');
    await tab(page, 'Actors');
    await page.click('#actors-0 > summary');
    assert.equal(await page.run(() => document.getElementById('f-actors-0-id').closest('details').open), false, 'the id is out of the way, in a closed part');
    await page.click('#actors-0 .st-advanced > summary');
    const id = async (value) => {
      await type(page, '#f-actors-0-id', value);
      await page.press(Key.TAB);
    };
    await id('russia');
    await page.until(async () => /already another item’s id/.test(await page.text('.st-notice') || ''), 'the taken id refused, with why');
    assert.equal(await page.run(() => document.getElementById('f-actors-0-id').value), 'turkey', 'the old id is shown again');
    await id('ankara');
    await tab(page, 'Relations');
    const titles = await page.texts('.st-card .st-card-title');
    assert.ok(titles.some((t) => t.startsWith('Turkey ')), `relations still name Turkey: ${JSON.stringify(titles)}`);
    await expectReady(page);
  });

  test('drafts: each keeps its undo history across a reload, a new article puts the one in hand aside, and a card stays as it was when another item goes', async () => {
    await page.viewport(1440, 900);
    await openEmpty(page);
    await pasteAndStart(page, ARTICLE);
    for (const [i, name] of ['Harbour Union', 'Port Authority'].entries()) {
      await select(page, name);
      await page.click('.st-use button', 'New actor');
      // Where the new actor lands takes the focus before the next selection.
      await page.expectFocused(`#f-actors-${i}-role-summary`);
    }
    await type(page, '#f-actors-1-role-summary', 'Refused the bonus');
    // Port Authority's card closed, then Harbour Union deleted before it: the
    // card that is now first is Port Authority's, and stays closed.
    await page.click('#actors-1 > summary');
    await page.until(() => page.run(() => !document.getElementById('actors-1').open), 'Port Authority’s card to close');
    await page.click('button', 'Delete Harbour Union…');
    await page.click('dialog button', 'Delete Harbour Union');
    await page.until(async () => (await page.count('.st-card')) === 1, 'one actor left');
    assert.equal(await page.text('#actors-0 .st-card-title'), 'Port Authority');
    assert.equal(await page.run(() => document.getElementById('actors-0').open), false, 'a closed card stays closed when an item before it goes');
    // The undo history is kept with the draft: after a reload, Undo brings
    // Harbour Union back, and undoes the typing before that as one step.
    await page.until(() => page.run(() => (localStorage.getItem('explainer-studio/history') || '').includes('Delete')), 'the history to be saved');
    await page.reload();
    await page.element('#st-text .st-line');
    await page.click('.st-commands button', 'Undo');
    await page.until(async () => (await page.count('.st-card')) === 2, 'the delete undone after a reload');
    await page.click('.st-commands button', 'Undo');
    await page.click('#actors-1 > summary');
    // (The card draws its fields once open.)
    await page.until(() => page.run(() => document.getElementById('f-actors-1-role-summary')?.value === ''), 'the typing undone as one step');
    await page.click('.st-commands button', 'Redo');
    await page.until(() => page.run(() => document.getElementById('f-actors-1-role-summary')?.value === 'Refused the bonus'), 'the typing redone');
    // A new article puts this one aside; it is listed, and taken up again whole.
    await page.click('.st-commands button', 'New article…');
    await pasteAndStart(page, 'Northport and Southbay agreed on Monday to run a joint ferry.');
    assert.equal(await page.count('#st-text .st-m'), 0, 'the new draft starts empty');
    await page.click('.st-commands button', 'New article…');
    const listed = await page.texts('.st-drafts .st-draft-title');
    assert.equal(listed.length, 1, `one draft put aside: ${JSON.stringify(listed)}`);
    await page.click('.st-drafts button', 'Take it up');
    await page.element('#st-text .st-m');
    await tab(page, 'Actors');
    await page.until(async () => (await page.count('.st-card')) === 2, 'the port strike draft back, with its two actors');
    await page.click('#actors-1 > summary');
    await page.until(() => page.run(() => document.getElementById('f-actors-1-role-summary')?.value === 'Refused the bonus'), 'its summary as it was left');
    await page.click('.st-commands button', 'Undo');
    await page.until(() => page.run(() => document.getElementById('f-actors-1-role-summary')?.value === ''), 'its history came with it: undo takes the typing back');
    // The ferry draft is the one put aside now; deleting it asks first.
    await page.click('.st-commands button', 'New article…');
    assert.deepEqual(await page.texts('.st-drafts .st-draft-title'), ['Northport and Southbay agreed on Monday to run a joint ferry']);
    await page.click('.st-drafts button', 'Delete…');
    await page.element('dialog[open]');
    assert.match(await page.text('dialog'), /cannot be undone/);
    await page.click('dialog button', 'Delete the draft');
    await page.until(async () => (await page.count('.st-drafts')) === 0, 'the draft deleted');
    await page.expectFocused('#st-paste');
  });
});

describe(`studio accessibility and screenshots (${ENGINE})`, () => {
  const page = usePage();

  for (const [width, height] of [[1440, 900], [390, 844]]) {
    test(`axe: no violations in the studio's states at ${width}px, and screenshots of each`, async () => {
      await page.viewport(width, height);
      await openEmpty(page);
      const check = async (state) => {
        assert.deepEqual(await page.axe(), [], `${state} at ${width}px`);
        await page.screenshot(`studio-${width}-${state}`);
      };
      await check('start');
      await pasteAndStart(page, ARTICLE);
      await page.element('.st-proposal');
      await check('proposals');
      await select(page, 'Harbour Union');
      await page.click('.st-use button', 'New actor');
      await page.element('#f-actors-0-role-summary');
      await check('actor');
      await tab(page, 'Problems');
      await check('problems');
      // In an editor's words: each problem names its item, with no code words,
      // and Go to brings the field into view, focused.
      const said = await problems(page);
      assert.ok(said.length > 0, 'a new actor without a role has problems');
      for (const p of said) assert.doesNotMatch(p, /[`_]|\[\d+\]/, `no code words in "${p}"`);
      assert.ok(said.some((p) => p.includes('Harbour Union’s role')), `problems name their item: ${JSON.stringify(said)}`);
      await page.click('.st-problems button', 'Go to Harbour Union’s role');
      await page.expectFocused('#f-actors-0-role-summary');
      await page.expectInViewport('#f-actors-0-role-summary');
      // The example, as a new draft: the one in hand is put aside.
      await page.click('.st-commands button', 'New article…');
      await page.click('button', 'Open the example');
      await page.element('#st-text .st-m');
      await tab(page, 'Relations');
      await check('relations');
      await tab(page, 'Preview');
      await page.until(() => page.run(() => { const d = document.querySelector('.st-frame-phone iframe').contentDocument; return !!(d && d.getElementById('panel')); }), 'the preview', 15_000);
      await check('preview');
      await tab(page, 'Publish');
      await check('export');
      // The start screen, with the draft the example put aside listed.
      await page.click('.st-commands button', 'New article…');
      await page.element('.st-drafts li');
      await check('start-drafts');
      await page.click('button', 'Back to the work in hand');
      await tab(page, 'Actors');
      await page.click('#actors-0 > summary');
      await page.click('button', 'Delete Turkey…');
      await page.element('dialog[open]');
      await check('delete-dialog');
      await page.click('dialog button', 'Cancel');
    });
  }
});
