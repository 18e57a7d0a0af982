// Hostile URL fragments, in every engine: none may panic, log an error, inject
// anything, or leave the page unusable. Each shows the overview, or the valid part.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { usePage, ENGINE } = require('./page');

const OVERVIEW = 'Where each one stands';
const long = 'x'.repeat(100 * 1024);

// [fragment, expected panel title]
const CASES = [
  // unknown ids, empty, separators only
  ['', OVERVIEW],
  ['#', OVERVIEW],
  ['#nobody', OVERVIEW],
  ['#france', OVERVIEW],
  ['#0', OVERVIEW],
  ['#-1', OVERVIEW],
  ['#/', OVERVIEW],
  ['#//', OVERVIEW],
  ['#///', OVERVIEW],
  ['#////////////', OVERVIEW],
  ['#?', OVERVIEW],
  ['#&', OVERVIEW],
  ['#=', OVERVIEW],
  ['# ', OVERVIEW],
  ['#%20', OVERVIEW],
  // very long
  ['#' + long, OVERVIEW],
  ['#turkey/' + long, 'Turkey'],
  ['#' + '/'.repeat(50000), OVERVIEW],
  // percent-encoded and double-encoded ids
  ['#%74urkey', OVERVIEW],
  ['#%2574urkey', OVERVIEW],
  ['#turkey%2Frussia', OVERVIEW],
  ['#%E2%80%8Bturkey', OVERVIEW],
  ['#%', OVERVIEW],
  ['#%%%', OVERVIEW],
  ['#%ZZ', OVERVIEW],
  ['#%00', OVERVIEW],
  // HTML and script injection
  ['#<script>window.__pwned=1</script>', OVERVIEW],
  ['#<img src=x onerror=window.__pwned=1>', OVERVIEW],
  ['#"><svg onload=window.__pwned=1>', OVERVIEW],
  ["#'-alert(1)-'", OVERVIEW],
  ['#javascript:window.__pwned=1', OVERVIEW],
  ['#turkey"><img src=x onerror=window.__pwned=1>', OVERVIEW],
  ['#turkey/<b>russia</b>', 'Turkey'],
  ['#{{7*7}}', OVERVIEW],
  ['#${7*7}', OVERVIEW],
  // Unicode look-alikes and mixed case
  ['#turkеy', OVERVIEW], // Cyrillic е
  ['#tսrkey', OVERVIEW], // Armenian ս
  ['#ｔｕｒｋｅｙ', OVERVIEW], // full-width
  ['#TURKEY', OVERVIEW],
  ['#Turkey', OVERVIEW],
  ['#tUrKeY', OVERVIEW],
  ['#russia\u200d', OVERVIEW],
  ['#🇹🇷', OVERVIEW],
  ['#\u202eyekrut', OVERVIEW],
  // a valid id followed by junk, and valid combinations
  ['#turkey/junk', 'Turkey'],
  ['#turkey/', 'Turkey'],
  ['#/turkey', 'Turkey'],
  ['#turkey/turkey', 'Turkey'],
  ['#turkey/russia/ukraine', 'Turkey and Russia'],
  ['#ukraine/russia', 'Russia and Ukraine'],
  ['#turkeyjunk', OVERVIEW],
  ['#turkey?x=1', OVERVIEW],
  ['#nato/junk/west', 'NATO and the West'],
  ['#junk/junk/junk/turkey', OVERVIEW],
];

describe(`hostile fragments (${ENGINE})`, () => {
  const page = usePage();

  test(`${CASES.length} hostile fragments, on load and as hash changes`, async () => {
    assert.ok(CASES.length >= 50);
    for (const [index, [fragment, expected]] of CASES.entries()) {
      const label = JSON.stringify(fragment.slice(0, 60));
      if (index % 2 === 0) {
        // A fresh load with the fragment, as from a shared link.
        await page.open(fragment);
      } else {
        // A hash change on a live page, as when the reader edits the URL.
        await page.run((f) => {
          location.hash = f;
        }, fragment);
      }
      await page.expectTitle(expected).catch((e) => {
        e.message = `${label}: ${e.message}`;
        throw e;
      });
      assert.equal(await page.run(() => window.__pwned), null, `${label} ran injected script`);
      assert.equal(await page.count('#app img, #app script, #app svg[onload]'), 0, `${label} injected markup`);
      // Still usable: a click selects.
      await page.click('#node-ukraine .node-name');
      await page.expectTitle('Ukraine');
      await page.collectProblems();
      assert.deepEqual(page.problems, [], `${label} caused problems`);
    }
  });
});
