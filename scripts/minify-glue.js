// Minifies wasm-bindgen's JS glue in a built folder and updates its integrity hash
// in index.html. Trunk minifies the HTML and CSS it processes but not this file,
// which is a sixth of what a first visit downloads besides the wasm.
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
// Trunk names the glue after the crate with a content hash: explainer-<hex>.js.
const glue = fs.readdirSync(dir).filter((name) => /^[a-z_-]+-[0-9a-f]{16}\.js$/.test(name));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one wasm-bindgen glue file in ${dir}, found ${JSON.stringify(glue)}`);
  process.exit(1);
}
const file = path.join(dir, glue[0]);
const before = fs.readFileSync(file);
const { code } = esbuild.transformSync(before.toString('utf8'), { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
const [oldHash, newHash] = [sri(before), sri(code)];
if (!index.includes(oldHash)) {
  console.error(`minify-glue: index.html does not carry ${glue[0]}'s integrity ${oldHash}`);
  process.exit(1);
}
fs.writeFileSync(file, code);
fs.writeFileSync(indexPath, index.split(oldHash).join(newHash));
console.log(`minify-glue: ${glue[0]} ${before.length} -> ${code.length} bytes`);
