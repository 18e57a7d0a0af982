// Minifies wasm-bindgen's JS glue in a built folder and updates its integrity hash
// in index.html. Trunk's own JS minifier gives up on this file ("Failed to minify
// JS" in its log) and leaves it as written.
// Usage: node scripts/minify-glue.js DIR   (Trunk's post-build hook, before prerender)
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/minify-glue.js DIR');
  process.exit(2);
}
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = path.join(dir, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');
// The glue is the module index.html preloads (Trunk names it after the crate with
// a hash of varying length, so the page is asked rather than the name guessed).
const preload = index.match(/<link[^>]*\brel="?modulepreload"?[^>]*>/);
const href = preload && preload[0].match(/\bhref="?\/?([^" >]+\.js)/);
if (!href || !fs.existsSync(path.join(dir, href[1]))) {
  console.error(`minify-glue: index.html in ${dir} preloads no JS module that is there`);
  process.exit(1);
}
const name = href[1];
const file = path.join(dir, name);
const before = fs.readFileSync(file);
const { code } = esbuild.transformSync(before.toString('utf8'), { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
const [oldHash, newHash] = [sri(before), sri(code)];
if (!index.includes(oldHash)) {
  console.error(`minify-glue: index.html does not carry ${name}'s integrity ${oldHash}`);
  process.exit(1);
}
fs.writeFileSync(file, code);
fs.writeFileSync(indexPath, index.split(oldHash).join(newHash));
console.log(`minify-glue: ${name} ${before.length} -> ${code.length} bytes`);
