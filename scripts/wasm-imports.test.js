// The wasm import renamer (wasm-imports.js) on a module built here byte by byte,
// and on the built site's own wasm when there is one: parse, rename, parse again;
// the count, order, modules' kinds and signatures of the imports stay the same,
// only their names change, and the module still compiles and instantiates.
// Run: node --test scripts/   (the test command runs it after the build)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { imports, renameImports, shortName } = require('./wasm-imports');

/** A module that imports two functions of two signatures and one memory. */
function sampleModule() {
  const name = (s) => [s.length, ...Buffer.from(s)];
  const section = (id, body) => [id, body.length, ...body];
  const types = section(1, [2, 0x60, 0, 0, 0x60, 1, 0x7f, 1, 0x7f]); // () -> (), (i32) -> i32
  const entries = [
    ...name('wbg'), ...name('__wbg_setAttribute_7a1b2c3d4e5f6a7b'), 0x00, 0,
    ...name('wbg'), ...name('__wbg_parse_0123456789abcdef'), 0x00, 1,
    ...name('env'), ...name('memory'), 0x02, 0x00, 1,
  ];
  const importSection = section(2, [3, ...entries]);
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...importSection]);
}

function descriptors(bytes) {
  return imports(bytes).map((i) => bytes.subarray(i.descStart, i.end).toString('hex'));
}

function stubs(list, memory) {
  const out = {};
  for (const { module, name } of list) {
    out[module] = out[module] || {};
    out[module][name] = name === 'memory' || module === 'env' ? memory : () => 0;
  }
  return out;
}

test('short names run a…z, A…Z, then two letters', () => {
  assert.deepEqual([0, 25, 26, 51, 52, 53].map(shortName), ['a', 'z', 'A', 'Z', 'aa', 'ab']);
});

test('a renamed module keeps every import but its name, and still instantiates', async () => {
  const before = sampleModule();
  const list = imports(before);
  assert.deepEqual(list.map((i) => [i.module, i.name]), [
    ['wbg', '__wbg_setAttribute_7a1b2c3d4e5f6a7b'],
    ['wbg', '__wbg_parse_0123456789abcdef'],
    ['env', 'memory'],
  ]);
  const after = renameImports(before, ({ module, name }) => (module === 'wbg' ? { module: '0', name: shortName(list.findIndex((i) => i.name === name)) } : { module, name }));
  const renamed = imports(after);
  assert.equal(renamed.length, list.length);
  assert.deepEqual(renamed.map((i) => [i.module, i.name]), [['0', 'a'], ['0', 'b'], ['env', 'memory']]);
  assert.deepEqual(descriptors(after), descriptors(before), 'kinds and signatures unchanged');
  assert.ok(after.length < before.length);
  assert.ok(WebAssembly.validate(after));
  const memory = new WebAssembly.Memory({ initial: 1 });
  await WebAssembly.instantiate(after, stubs(renamed, memory));
  // The old names no longer satisfy it: the renaming is real.
  await assert.rejects(WebAssembly.instantiate(after, stubs(list, memory)));
});

test('the built wasm, renamed by the build, has short names and instantiates', { skip: !fs.existsSync(path.join(__dirname, '..', 'dist')) && 'no build yet' }, async () => {
  const dist = path.join(__dirname, '..', 'dist');
  const wasm = fs.readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  const bytes = fs.readFileSync(path.join(dist, wasm));
  const list = imports(bytes);
  assert.ok(list.length > 50, `${list.length} imports`);
  assert.ok(list.every((i) => /^[a-zA-Z]{1,2}$/.test(i.name)), 'every import has a short name');
  // Renaming back and forth keeps the bytes.
  const long = renameImports(bytes, ({ module, name }) => ({ module, name: `long_${name}` }));
  const back = renameImports(long, ({ module, name }) => ({ module, name: name.slice('long_'.length) }));
  assert.ok(back.equals(bytes), 'a round trip gives the same module');
  const module = await WebAssembly.compile(bytes);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => i.name), list.map((i) => i.name));
  await WebAssembly.instantiate(module, stubs(list, new WebAssembly.Memory({ initial: 1 })));
});
