// Reads and renames the imports of a WebAssembly module, leaving every other byte as
// it is. wasm-bindgen names each import after its JS function plus a 16-digit hash
// ("__wbg_setAttribute_7a…"), and the same names are keys in its JS glue: random
// digits that brotli cannot compress, twice. minify-glue.js uses this to give them
// short names in both files.
'use strict';

const IMPORT_SECTION = 2;

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
    if (shift > 35) throw new Error('wasm-imports: LEB128 number too long');
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

function name(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(utf8.length), utf8]);
}

// Skips one import's description (function, table, memory, global or tag) and
// returns where the next import starts.
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const skipLimits = (i) => {
    const flags = bytes[i++];
    [, i] = readLeb(bytes, i);
    if (flags & 1) [, i] = readLeb(bytes, i);
    return i;
  };
  switch (kind) {
    case 0x00: return readLeb(bytes, at)[1]; // function: type index
    case 0x01: return skipLimits(at + 1); // table: element type, limits
    case 0x02: return skipLimits(at); // memory: limits
    case 0x03: return at + 2; // global: value type, mutability
    case 0x04: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`wasm-imports: unknown import kind ${kind}`);
  }
}

// The module's sections as { id, start, end } over the content, after the header.
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-imports: not a wasm module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    out.push({ id, headerStart: at, start, end: start + size });
    at = start + size;
  }
  return out;
}

// Every import as { module, name, start, descStart, end } (byte offsets in `bytes`).
function imports(bytes) {
  const section = sections(bytes).find((s) => s.id === IMPORT_SECTION);
  if (!section) return [];
  let [count, at] = readLeb(bytes, section.start);
  const out = [];
  while (count-- > 0) {
    const start = at;
    const [moduleName, afterModule] = readName(bytes, at);
    const [fieldName, descStart] = readName(bytes, afterModule);
    at = skipDescription(bytes, descStart);
    out.push({ module: moduleName, name: fieldName, start, descStart, end: at });
  }
  if (at !== section.end) throw new Error('wasm-imports: import section did not parse to its end');
  return out;
}

// A copy of `bytes` with each import's module and name passed through
// `rename({ module, name })`, which returns { module, name }.
function renameImports(bytes, rename) {
  const section = sections(bytes).find((s) => s.id === IMPORT_SECTION);
  if (!section) return Buffer.from(bytes);
  const list = imports(bytes);
  const entries = list.map((imp) => {
    const next = rename({ module: imp.module, name: imp.name });
    return Buffer.concat([name(next.module), name(next.name), bytes.subarray(imp.descStart, imp.end)]);
  });
  const content = Buffer.concat([leb(list.length), ...entries]);
  return Buffer.concat([
    bytes.subarray(0, section.headerStart),
    Buffer.from([IMPORT_SECTION]),
    leb(content.length),
    content,
    bytes.subarray(section.end),
  ]);
}

// Short names in a fixed order: a … z, A … Z, then two letters, and so on. Letters
// only, so each can stand as a key in the glue's object literal unquoted.
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  let n = index;
  do {
    out = letters[n % letters.length] + out;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return out;
}

module.exports = { imports, renameImports, shortName };
