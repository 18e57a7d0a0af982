// Shared by the end-to-end tests: a `test` that fails on any console error or
// uncaught exception, and `open`, which loads the page and waits for hydration.
const base = require('@playwright/test');

exports.test = base.test.extend({
  consoleErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await use(errors);
      base.expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
exports.expect = base.expect;

exports.open = async function open(page, fragment = '') {
  await page.goto('/' + fragment);
  await page.waitForSelector('html[data-interactive]');
};
