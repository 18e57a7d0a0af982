// The timeline and the pair grid: both follow the one selection, and both can be
// driven by pointer and keyboard.
const { test, expect, open } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const SHOTS = path.join(__dirname, '..', 'target', 'screenshots');

test('the timeline lists the events in order, in the article’s words, with dates as labelled context', async ({ page }) => {
  await open(page);
  const whens = await page.locator('.event .event-when').allTextContents();
  expect(whens).toEqual([
    'in February', 'in March', 'Undated in the article', 'last month', 'last month',
    'Monday’s attacks', 'on Tuesday', 'on Wednesday', 'on Thursday', 'next June',
  ]);
  for (const note of await page.locator('.event .context').allTextContents()) {
    expect(note).toMatch(/^Context, not from the article: /);
  }
});

test('selecting an actor lights up its events, and an event’s evidence marks its sentence', async ({ page }) => {
  await open(page, '#kazakhstan');
  const lit = await page.locator('.event.is-selected .event-summary').allTextContents();
  expect(lit).toEqual(['Erdogan flies to Astana for talks with Kazakh President Tokayev', 'Putin and Erdogan meet in Astana']);
  await page.locator('.event', { hasText: 'The war begins' }).locator('button.evidence').click();
  await expect(page.locator('mark')).toHaveText('since the war began in February');
  await expect(page.locator('mark')).toBeInViewport();
  await page.locator('.event', { hasText: 'The war begins' }).getByRole('link', { name: 'Ukraine' }).click();
  await expect(page.locator('#panel-title')).toHaveText('Ukraine');
});

test('the pair grid selects a pair, follows the diagram, and works from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  await page.locator('.matrix > summary').click();
  const cell = page.getByRole('gridcell', { name: 'United States and Turkey: pressures' });
  await cell.click();
  await expect(page.locator('#panel-title')).toHaveText('Turkey and United States');
  await expect(cell).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.edge.is-selected')).toHaveCount(1);
  // Selecting in the diagram selects in the grid.
  await page.locator('.edge', { has: page.locator('text=at war') }).first().click();
  await expect(page.locator('#panel-title')).toHaveText('Russia and Ukraine');
  await expect(page.getByRole('gridcell', { name: 'Russia and Ukraine: at war, annexation' })).toHaveAttribute('aria-selected', 'true');
  // Keyboard: one tab stop, arrows move, Enter selects.
  await expect(page.locator('.matrix-grid [tabindex="0"]')).toHaveCount(1);
  await page.locator('#cell-0-1').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#cell-1-1')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#cell-1-3')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#panel-title')).toHaveText('Russia and United States');
  await expect(page.locator('.panel')).toContainText('The article states no direct relationship between them.');
  await page.keyboard.press('End');
  await expect(page.locator('#cell-1-6')).toBeFocused();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.locator('.matrix').screenshot({ path: path.join(SHOTS, '1440-grid.png') });
});

test('screenshots of the timeline at 390 and 1440', async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [width, height] of [[390, 844], [1440, 900]]) {
    await page.setViewportSize({ width, height });
    await open(page, '#turkey');
    await page.locator('.timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${width}-timeline.png`) });
    await page.keyboard.press('Escape');
    await page.locator('.matrix > summary').click();
    await page.locator('.matrix').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${width}-grid-open.png`) });
  }
});

test('compare: a pair shows what the article says between them, and both sides’ stances', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '#turkey');
  await page.locator('.compare a', { hasText: 'Russia' }).click();
  await expect(page.locator('#panel-title')).toHaveText('Turkey and Russia');
  await expect(page.locator('.panel .claim-kind')).toHaveText([
    'Turkey has good relations with Russia',
    'Turkey seeks to mediate with Russia',
    'Turkey disagrees with Russia',
    'Turkey wants more trade with Russia',
  ]);
  const sides = page.locator('.compare-side');
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0).locator('.compare-stances li')).toHaveCount(8);
  await expect(sides.nth(1).locator('.compare-stances li')).toHaveCount(5);
  await sides.nth(0).scrollIntoViewIfNeeded();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, '1440-compare.png') });
});

test('who said what: each speaker under their actor, with their words, each leading to its sentence', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '#russia');
  const people = page.locator('.panel .person');
  await expect(people.locator('strong')).toHaveText(['Vladimir Putin', 'The Kremlin', 'Dmitry Peskov']);
  const peskov = people.filter({ hasText: 'Dmitry Peskov' });
  await expect(peskov.locator('.person-role')).toHaveText('Kremlin spokesman');
  await peskov.locator('button.evidence').first().click();
  await expect(page.locator('mark')).toHaveText('“Preparations are underway for the meeting,”');
  await people.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, '1440-who-said-what.png') });
  // Countries speak in their own name too.
  await open(page, '#turkey');
  const own = page.locator('.panel h3', { hasText: 'What Turkey said in its own name' });
  await expect(own).toBeVisible();
  await expect(own.locator('xpath=following-sibling::ul[1]').locator('button.evidence')).toHaveCount(3);
  await open(page, '#united-states');
  await expect(page.locator('.panel')).toContainText('What United States said in its own name');
});
