// Minifies wasm-bindgen's output in a built folder: the JS glue (with esbuild), and
// the names the wasm imports the glue's functions by, in both files. Then updates
// both integrity hashes in index.html. Trunk's own JS minifier gives up on the glue
// ("Failed to minify JS" in its log) and leaves it as written.
// Usage: node scripts/minify-glue.js DIR   (Trunk's post-build hook, before prerender)
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { imports, renameImports, shortName } = require('./wasm-imports');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/minify-glue.js DIR');
  process.exit(2);
}
const fail = (message) => {
  console.error(`minify-glue: ${message}`);
  process.exit(1);
};
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = path.join(dir, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');

// The glue is the module index.html preloads, the wasm the file it preloads as
// wasm (Trunk names them after the crate with a hash of varying length, so the
// page is asked rather than the names guessed).
function preloaded(pattern, what) {
  const link = index.match(pattern);
  const href = link && link[0].match(/\bhref="?\/?([^" >]+)/);
  if (!href || !fs.existsSync(path.join(dir, href[1]))) fail(`index.html in ${dir} preloads no ${what} that is there`);
  return href[1];
}
const glueName = preloaded(/<link[^>]*\brel="?modulepreload"?[^>]*>/, 'JS module');
const wasmName = preloaded(/<link[^>]*\btype="?application\/wasm"?[^>]*>/, 'wasm');

// Rewrites `file` and its integrity hash in index.html.
function replace(name, before, after) {
  const [oldHash, newHash] = [sri(before), sri(after)];
  if (!index.includes(oldHash)) fail(`index.html does not carry ${name}'s integrity ${oldHash}`);
  fs.writeFileSync(path.join(dir, name), after);
  index = index.split(oldHash).join(newHash);
}

const glueBefore = fs.readFileSync(path.join(dir, glueName));
const wasmBefore = fs.readFileSync(path.join(dir, wasmName));
let { code } = esbuild.transformSync(glueBefore.toString('utf8'), { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });

// Short import names. The glue hands the wasm one object of functions per module
// name; each name must stand exactly once in the glue as that object's key, or the
// wasm keeps its long names (a newer wasm-bindgen may lay the glue out otherwise).
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keyCount = (key) => (code.match(new RegExp(`(?<![\\w$])${escape(key)}(?![\\w$])`, 'g')) || []).length;
const list = imports(wasmBefore);
const modules = [...new Set(list.map((i) => i.module))];
const renamable = list.length > 0 && modules.every((m) => keyCount(JSON.stringify(m)) === 1) && list.every((i) => keyCount(i.name) === 1);
let wasmAfter = wasmBefore;
if (renamable) {
  const moduleName = new Map(modules.map((m, i) => [m, String(i)]));
  const importName = new Map(list.map((imp, i) => [`${imp.module}\0${imp.name}`, shortName(i)]));
  for (const [long, short] of moduleName) code = code.replace(JSON.stringify(long), JSON.stringify(short));
  for (const imp of list) {
    code = code.replace(new RegExp(`(?<![\\w$])${escape(imp.name)}(?![\\w$])`), importName.get(`${imp.module}\0${imp.name}`));
  }
  wasmAfter = renameImports(wasmBefore, ({ module, name }) => ({ module: moduleName.get(module), name: importName.get(`${module}\0${name}`) }));
} else {
  console.warn('minify-glue: the glue does not name each import once; import names left as they are');
}

replace(glueName, glueBefore, code);
if (wasmAfter !== wasmBefore) replace(wasmName, wasmBefore, wasmAfter);
fs.writeFileSync(indexPath, index);
console.log(`minify-glue: ${glueName} ${glueBefore.length} -> ${code.length} bytes; ${wasmName} ${list.length} imports renamed (${wasmBefore.length} -> ${wasmAfter.length} bytes)`);
