// Minifies wasm-bindgen's output in a built folder: the JS glue (with esbuild), and
// the names the wasm imports the glue's functions by, in both files. Trunk's own JS
// minifier gives up on the glue ("Failed to minify JS" in its log) and leaves it as
// written. Integrity hashes are not this script's business: the pre-renderer
// computes them all from the final files (src/page.rs).
// Usage: node scripts/minify-glue.js DIR   (Trunk's post-build hook, before prerender)
'use strict';
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
const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');

// Trunk names the glue and the wasm after the crate with a hash of varying length;
// Trunk.toml's pattern_script writes them into the marker element, which is read
// here (only read: the pre-renderer rewrites the page).
// The page names them from where it is served (Trunk's public URL, such as
// /studio/), the files sit at the top of the built folder.
const base = process.env.TRUNK_PUBLIC_URL || '/';
function named(attribute) {
  const marker = index.match(/<script[^>]*\bdata-explainer-boot\b[^>]*>/);
  const value = marker && marker[0].match(new RegExp(`\\b${attribute}="?([^" >]+)`));
  const file = value && (value[1].startsWith(base) ? value[1].slice(base.length) : value[1].replace(/^\//, ''));
  if (!file || !fs.existsSync(path.join(dir, file))) fail(`index.html in ${dir} names no ${attribute} file that is there`);
  return file;
}
const glueName = named('data-glue');
const wasmName = named('data-wasm');

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

fs.writeFileSync(path.join(dir, glueName), code);
if (wasmAfter !== wasmBefore) fs.writeFileSync(path.join(dir, wasmName), wasmAfter);
console.log(`minify-glue: ${glueName} ${glueBefore.length} -> ${code.length} bytes; ${wasmName} ${list.length} imports renamed (${wasmBefore.length} -> ${wasmAfter.length} bytes)`);
