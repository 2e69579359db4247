// What a profile-guided split of the form's WebAssembly (binaryen's wasm-split, or any lazy
// loading of the code a first visit does not run) could save, measured before building it.
// Marks every function of dist/'s form module with a store into a memory of its own, drives
// the marked form in headless Chromium as a respondent would (to the start button; then, with
// `typing`, to typing one's name on the next page), reads which functions ran, and prints the brotli size
// of the module with every other body emptied (`unreachable`): a lower bound for the primary
// module of such a split, beside the whole module's.
// Usage: node scripts/split-estimate.mjs [dist] (after scripts/build.sh); SPLIT_OUT=dir also
// writes the form with only the start button's functions there.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const wasmName = readdirSync(dist).find((f) => /^app-[0-9a-f]+_bg\.wasm$/.test(f));
const original = readFileSync(join(dist, wasmName));

// --- the binary format, as far as this needs (https://webassembly.github.io/spec/core/binary/)
function uleb(bytes, at) {
  let value = 0, shift = 0, b;
  do { b = bytes[at++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [value, at];
}
function leb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}
function sleb(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f; n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}
const name = (bytes, at) => { const [n, p] = uleb(bytes, at); return p + n; };
function sections(bytes) {
  const out = [];
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [size, start] = uleb(bytes, at + 1);
    out.push({ id, body: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return out;
}
function assemble(list) {
  const parts = [original.subarray(0, 8)];
  for (const s of list) parts.push(Buffer.from([s.id, ...leb(s.body.length)]), Buffer.from(s.body));
  return Buffer.concat(parts);
}
function vector(body) { const [n, at] = uleb(body, 0); return { n, rest: body.subarray(at) }; }
function withCount(n, rest, extra = []) { return Buffer.concat([Buffer.from(leb(n)), Buffer.from(rest), Buffer.from(extra)]); }
function limits(b, at) { const flag = b[at++]; [, at] = uleb(b, at); if (flag & 1) [, at] = uleb(b, at); return at; }
/** The function bodies of a code section, each as [locals and code]. */
function bodies(code) {
  let [n, at] = uleb(code, 0);
  const out = [];
  for (let i = 0; i < n; i++) {
    const [size, start] = uleb(code, at);
    out.push(code.subarray(start, start + size));
    at = start + size;
  }
  return out;
}
/** Where a body's code starts, after its local declarations. */
function afterLocals(body) {
  let [n, at] = uleb(body, 0);
  for (let i = 0; i < n; i++) {
    [, at] = uleb(body, at);
    const t = body[at++];
    if (t === 0x63 || t === 0x64) throw new Error("typed references are not handled");
  }
  return at;
}
const codeOf = (list) => Buffer.concat(list.map((b) => Buffer.concat([Buffer.from(leb(b.length)), Buffer.from(b)])));

// --- the marked module
const list = sections(original);
const byId = (id) => list.find((s) => s.id === id);
let importedFunctions = 0, importedMemories = 0;
if (byId(2)) {
  let { n, rest: b } = vector(byId(2).body), at = 0;
  for (let i = 0; i < n; i++) {
    at = name(b, name(b, at));
    const kind = b[at++];
    if (kind === 0) { importedFunctions++; [, at] = uleb(b, at); }
    else if (kind === 1) at = limits(b, at + 1);
    else if (kind === 2) { importedMemories++; at = limits(b, at); }
    else if (kind === 3) at += 2;
    else throw new Error(`import kind ${kind}`);
  }
}
const types = vector(byId(1).body), functions = vector(byId(3).body), memories = vector(byId(5).body);
const mark = importedFunctions + functions.n;
const own = bodies(byId(10).body);
if (own.length > 65536) throw new Error("more functions than a page of marks");
const marked = list.map((s) => {
  switch (s.id) {
    case 1: return { id: 1, body: withCount(types.n + 1, types.rest, [0x60, 1, 0x7f, 0]) };
    case 3: return { id: 3, body: withCount(functions.n + 1, functions.rest, leb(types.n)) };
    case 5: return { id: 5, body: withCount(memories.n + 1, memories.rest, [0, 1]) };
    case 7: {
      const e = vector(s.body), field = Buffer.from("__marks");
      return { id: 7, body: withCount(e.n + 1, e.rest, [...leb(field.length), ...field, 2, ...leb(importedMemories + memories.n)]) };
    }
    case 10: {
      const memory = leb(importedMemories + memories.n);
      const calls = own.map((b, i) => {
        const at = afterLocals(b);
        return Buffer.concat([b.subarray(0, at), Buffer.from([0x41, ...sleb(i), 0x10, ...leb(mark)]), b.subarray(at)]);
      });
      // (func (param i32) local.get 0, i32.const 1, i32.store8 (memory N) offset 0)
      calls.push(Buffer.from([0, 0x20, 0, 0x41, 1, 0x3a, 0x40, ...memory, 0, 0x0b]));
      return { id: 10, body: withCount(calls.length, codeOf(calls)) };
    }
    default: return s;
  }
});

// --- a respondent's first steps on the marked form
const dir = mkdtempSync(join(tmpdir(), "bpf-split-"));
cpSync(dist, dir, { recursive: true });
writeFileSync(join(dir, wasmName), assemble(marked));
// Trunk's subresource integrity names the unmarked module.
writeFileSync(join(dir, "index.html"), readFileSync(join(dist, "index.html"), "utf8").replace(/ integrity=("[^"]*"|[^ >]*)/g, ""));
const server = spawn("node", ["scripts/static-server.mjs", dir, "8796"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const ran = {};
try {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__marks = e.detail.wasm.__marks; }));
  const marks = () => page.evaluate((n) => Array.from(new Uint8Array(window.__marks.buffer, 0, n)), own.length);
  await page.goto("http://127.0.0.1:8796/");
  await page.getByRole("button", { name: "Start your response" }).waitFor();
  await page.waitForFunction(() => window.__marks);
  ran.start = await marks();
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.locator("#field-name").pressSequentially("Ana Respondent");
  await page.waitForTimeout(1000);
  ran.typing = await marks();
  await browser.close();
  if (errors.length) throw new Error(`the marked form failed: ${errors.join("; ")}`);
} finally {
  server.kill();
}

// --- the module with only what ran
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const empty = Buffer.from([0, 0x00, 0x0b]);
console.log(`${wasmName}: ${own.length} functions, ${kb(original.length)} raw, ${kb(brotli(original))} brotli`);
for (const [stage, flags] of Object.entries(ran)) {
  const kept = own.map((b, i) => (flags[i] ? b : empty));
  const primary = assemble(list.map((s) => (s.id === 10 ? { id: 10, body: withCount(kept.length, codeOf(kept)) } : s)));
  const ranCount = flags.filter(Boolean).length;
  const rest = assemble(list.map((s) => (s.id === 10 ? { id: 10, body: withCount(own.length, codeOf(own.map((b, i) => (flags[i] ? empty : b)))) } : s)));
  if (stage === "start" && process.env.SPLIT_OUT) {
    // The form with only that module, to time a first visit with `BENCH_BEFORE=$SPLIT_OUT
    // node scripts/bench-first-visit.mjs`: it shows the start button and fails past it.
    cpSync(dir, process.env.SPLIT_OUT, { recursive: true });
    writeFileSync(join(process.env.SPLIT_OUT, wasmName), primary);
  }
  console.log(`up to ${stage === "start" ? "the start button" : "typing one's name"}: ${ranCount} functions ran; the module with only them ${kb(primary.length)} raw, ${kb(brotli(primary))} brotli (the rest, with every module-wide section again: ${kb(brotli(rest))})`);
}
