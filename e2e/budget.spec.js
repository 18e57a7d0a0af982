// The byte budget: what a first visit downloads to become interactive (html + css +
// js + wasm, brotli as served). Deterministic, so a test may assert it.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');

// Issue #3's test budget: 90 kB, read strictly as 90,000 bytes. Measured 89.5 kB
// (BENCHMARKS.md). The further target, 75 kB, is not met (BENCHMARKS.md
// says what stands in the way), so this guards the size reached.
const BUDGET = 90000;

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
