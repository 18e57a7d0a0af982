// Writes the static floor for the benchmark: the same article as plain HTML with
// no script and a minimal stylesheet, precompressed like the real build.
// Usage: node bench/static-floor.js CONTENT.toml OUT_DIR
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [content, out] = process.argv.slice(2);
const toml = fs.readFileSync(content, 'utf8');
const start = toml.indexOf("text = '''\n") + "text = '''\n".length;
const text = toml.slice(start, toml.indexOf("'''", start));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${p.split('\n').map(escape).join('<br>')}</p>`);
const html = `<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1"><title>Static floor</title><style>body{max-width:36rem;margin:auto;padding:1rem;font:1.1rem/1.65 Georgia,serif}</style><article>${paragraphs.join('')}</article></html>`;
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, 'index.html');
fs.writeFileSync(file, html);
fs.writeFileSync(file + '.br', zlib.brotliCompressSync(html));
fs.writeFileSync(file + '.gz', zlib.gzipSync(html, { level: 9 }));
