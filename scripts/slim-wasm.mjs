// Gives the names that join the wasm to its JavaScript short names, in both together.
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits>` (and a few exports likewise),
// in the wasm and in the JavaScript; the digits are noise no compressor can shrink (about 190
// names: 5 KB brotli of a first visit). Each becomes a short name made from a count, the same
// every build of the same code. Custom sections, which no browser reads, are left out.
// Run by `./dev build` on every page, before ship.mjs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const named = (end) => readdirSync(dir).filter((name) => name.endsWith(end));
const [wasmName, jsName] = [named('_bg.wasm'), named('.js').filter((name) => !/^(sw|start)/.test(name))];
if (wasmName.length !== 1 || jsName.length !== 1) fail(`expected one wasm and one script, found ${[...wasmName, ...jsName]}`);

const wasm = readFileSync(join(dir, wasmName[0]));
let script = readFileSync(join(dir, jsName[0]), 'utf8');

function fail(why) {
  console.error(`slim-wasm (${dir}): ${why}`);
  process.exit(1);
}

// The wasm binary format's numbers (unsigned LEB128) and names (length, then UTF-8).
function reader(bytes, at) {
  const r = {
    at,
    u32() {
      let value = 0, shift = 0, byte;
      do {
        byte = bytes[r.at++];
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return value;
    },
    name() {
      const length = r.u32();
      const text = bytes.subarray(r.at, r.at + length).toString('utf8');
      r.at += length;
      return text;
    },
  };
  return r;
}
function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

// wasm-bindgen's imports (`__wbg_…_<hash>`) and its closures' exports (`…_invoke__h<hash>`).
const hashed = /^(__wbg_.+_|wasm_bindgen__convert__closures_+invoke__h)[0-9a-f]{16}(_\d+)?$/;
const renamed = new Map();
const shorter = (field) => {
  if (!hashed.test(field)) return field;
  const short = `__wbg_${renamed.size.toString(36)}`;
  renamed.set(field, short);
  return short;
};

// Rewrites the names in the import (2) and export (7) sections; the rest stays as it is.
const r = reader(wasm, 8);
const parts = [wasm.subarray(0, 8)];
while (r.at < wasm.length) {
  const start = r.at;
  const id = wasm[r.at++];
  const size = r.u32();
  const body = r.at;
  r.at += size;
  // Custom sections (the tools that made it, its features) are read by no browser.
  if (id === 0) continue;
  if (id !== 2 && id !== 7) {
    parts.push(wasm.subarray(start, r.at));
    continue;
  }
  const s = reader(wasm, body);
  const count = s.u32();
  const entries = [u32(count)];
  for (let i = 0; i < count; i++) {
    const module = id === 2 ? name(s.name()) : Buffer.alloc(0);
    const field = shorter(s.name());
    const describedAt = s.at;
    const kind = wasm[s.at++];
    const limits = () => {
      const flags = wasm[s.at++];
      s.u32();
      if (flags & 1) s.u32();
    };
    if (id === 7 || kind === 0) s.u32();
    else if (kind === 1) (s.at++, limits());
    else if (kind === 2) limits();
    else if (kind === 3) s.at += 2;
    else fail(`an import of a kind this script does not know (${kind})`);
    entries.push(module, name(field), wasm.subarray(describedAt, s.at));
  }
  if (s.at !== body + size) fail(`section ${id} did not end where it said`);
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([id]), u32(section.length), section);
}

// An import stands once in the script, as the key of its function; an export where it is called.
for (const [long, short] of renamed) {
  const whole = new RegExp(`\\b${long}\\b`, 'g');
  if (!whole.test(script)) fail(`${long} is not in the script`);
  if (new RegExp(`\\b${short}\\b`).test(script)) fail(`${short} is in the script already`);
  script = script.replace(whole, short);
}
writeFileSync(join(dir, wasmName[0]), Buffer.concat(parts));
writeFileSync(join(dir, jsName[0]), script);
