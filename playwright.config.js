// End-to-end tests: the built dist/ served on 127.0.0.1, in Debian's Chromium.
const { defineConfig } = require('@playwright/test');

module.exports = defineConfig({
  testDir: './e2e',
  outputDir: 'target/playwright-results',
  reporter: [['list']],
  workers: 2,
  retries: 0,
  use: {
    baseURL: 'http://127.0.0.1:8765',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node e2e/serve.js dist 8765',
    url: 'http://127.0.0.1:8765/',
    reuseExistingServer: false,
  },
});
