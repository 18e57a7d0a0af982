// The byte budget: what a first visit downloads to become interactive (html + css +
// js + wasm + the content file, brotli as served; the embed script, which only a
// framed page loads, is counted too). Deterministic, so a test may assert it.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');

// Issue #17's target: 85,000 bytes (the earlier budget was 90,000). Measured
// 77.8 kB once Yew renders only the panel's island instead of hydrating the whole
// page (BENCHMARKS.md); the margin is for the reader's features to come.
const BUDGET = 85000;

test('html + css + js + wasm, brotli, fit the budget', () => {
  const dist = path.join(__dirname, '..', 'dist');
  const sizes = {};
  for (const f of fs.readdirSync(dist)) {
    if (/\.(html|css|js|wasm|bin)\.br$/.test(f)) sizes[f] = fs.statSync(path.join(dist, f)).size;
  }
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`brotli bytes: ${JSON.stringify(sizes)} total ${total}`);
  expect(Object.keys(sizes).some((f) => f.endsWith('.wasm.br'))).toBe(true);
  expect(Object.keys(sizes).some((f) => /^content-.*\.bin\.br$/.test(f)), 'the content file is counted').toBe(true);
  expect(Object.keys(sizes).some((f) => f.startsWith('index.html'))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
