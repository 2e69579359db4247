// What a first visit runs of the form's WebAssembly, on a build left whole (`BPF_SPLIT=0
// scripts/build.sh`): the functions that ran up to the start button and up to typing one's name
// (scripts/split.mjs's profile), and the brotli size of the module with every other body
// emptied, beside the whole module's: how far a split can go (docs/size.md, 2026-12-08).
// Usage: node scripts/split-estimate.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { emptied, parse, profile } from "./split.mjs";

const dist = process.argv[2] ?? "dist";
const wasmName = readdirSync(dist).find((f) => /^app-[0-9a-f]+_bg\.wasm$/.test(f));
if (readdirSync(dist).some((f) => f.endsWith("_second.wasm"))) throw new Error(`${dist} is split already: build with BPF_SPLIT=0`);
const bytes = readFileSync(join(dist, wasmName));
const m = parse(bytes);
const ran = await profile(dist, wasmName, m);

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${wasmName}: ${m.bodies.length} functions, ${kb(bytes.length)} raw, ${kb(brotli(bytes))} brotli`);
for (const [stage, flags] of Object.entries(ran)) {
  const only = emptied(m, flags);
  console.log(`up to ${stage === "start" ? "the start button" : "typing one's name"}: ${flags.filter(Boolean).length} functions ran; the module with only them ${kb(only.length)} raw, ${kb(brotli(only))} brotli`);
}
