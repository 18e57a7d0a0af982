// Writes a brotli (.br) and a gzip (.gz) copy beside every file in a folder, so a
// static host can serve them precompressed. Usage: node scripts/precompress.js DIR
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.js DIR');
  process.exit(2);
}
for (const name of fs.readdirSync(dir)) {
  const file = path.join(dir, name);
  if (!fs.statSync(file).isFile() || /\.(br|gz)$/.test(name)) continue;
  const body = fs.readFileSync(file);
  fs.writeFileSync(file + '.br', zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(file + '.gz', zlib.gzipSync(body, { level: 9 }));
}
