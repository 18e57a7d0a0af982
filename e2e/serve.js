// A static server for dist/ on 127.0.0.1, used by the end-to-end tests and the
// benchmark. It serves precompressed .br/.gz copies when the browser accepts them,
// as a CDN would, with the right MIME types (application/wasm matters: browsers
// only stream-compile wasm served as such).
// Usage: node e2e/serve.js [DIR] [PORT] [--probe FILE]   (defaults: dist, 8765)
// With --probe (tests only), FILE is served as /__probe.js and every HTML page loads
// it first, right after the CSP meta, so a test can read what went wrong in any
// engine, WebDriver having no console log that every engine supports.
const http = require('http');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const probeAt = args.indexOf('--probe');
const probe = probeAt >= 0 ? fs.readFileSync(args.splice(probeAt, 2)[1]) : null;
const root = path.resolve(args[0] || path.join(__dirname, '..', 'dist'));
const port = Number(args[1] || 8765);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

http
  .createServer((req, res) => {
    let url;
    try {
      url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (probe && url === '/__probe.js') {
      res.writeHead(200, { 'Content-Type': types['.js'] }).end(probe);
      return;
    }
    let file = path.join(root, url);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (url.endsWith('/')) file = path.join(file, 'index.html');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    if (probe && path.extname(file) === '.html') {
      const html = fs.readFileSync(file, 'utf8');
      const withProbe = html.replace(/(<meta http-equiv="?Content-Security-Policy"?[^>]*>)/, '$1<script src="/__probe.js"></script>');
      res.writeHead(200, { 'Content-Type': types['.html'] }).end(withProbe);
      return;
    }
    const headers = { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', Vary: 'Accept-Encoding' };
    const accepts = String(req.headers['accept-encoding'] || '');
    let body = file;
    if (/\bbr\b/.test(accepts) && fs.existsSync(file + '.br')) {
      body = file + '.br';
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && fs.existsSync(file + '.gz')) {
      body = file + '.gz';
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    fs.createReadStream(body).pipe(res);
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
