// Prints what a respondent downloads before the form is interactive: the app's wasm, JS and
// CSS (not the service worker, the icon, or the synthesis worker, which respondents never
// load), raw, gzip -9 and brotli -11. Run `scripts/size.sh` (which builds first) or
// `node scripts/size.mjs [dist]` on an existing build.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
// Issue 17's target (the earlier 120 KB was out of reach with Yew: docs/size.md).
const TARGET_BROTLI = 170 * 1024;
const html = readFileSync(join(dist, "index.html"), "utf8");
// What index.html loads: its stylesheet and the app's JS, which fetches the matching wasm.
const loaded = readdirSync(dist).filter((f) => /^(app-[0-9a-f]+(\.js|_bg\.wasm)|style-[0-9a-f]+\.css)$/.test(f));
const files = ["index.html", ...loaded.sort()];
for (const f of loaded) if (!f.endsWith("_bg.wasm") && !html.includes(f)) throw new Error(`${f} is not referenced by index.html`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = { raw: 0, gzip: 0, brotli: 0 };
console.log("file".padEnd(34), "raw".padStart(10), "gzip".padStart(10), "brotli".padStart(10));
for (const f of files) {
  const bytes = readFileSync(join(dist, f));
  const sizes = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k of Object.keys(total)) total[k] += sizes[k];
  console.log(f.padEnd(34), kb(sizes.raw).padStart(10), kb(sizes.gzip).padStart(10), kb(sizes.brotli).padStart(10));
}
console.log("total before interactive".padEnd(34), kb(total.raw).padStart(10), kb(total.gzip).padStart(10), kb(total.brotli).padStart(10));
console.log(`target: at most ${kb(TARGET_BROTLI)} brotli — ${total.brotli <= TARGET_BROTLI ? "met" : "NOT met"}`);
process.exitCode = total.brotli <= TARGET_BROTLI ? 0 : 1;

// The module's second part (scripts/split.mjs), fetched once the form runs: not before
// interactive, but a first visit downloads it.
for (const f of readdirSync(dist).filter((f) => /^app-[0-9a-f]+_second\.wasm$/.test(f))) {
  const bytes = readFileSync(join(dist, f));
  const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`after interactive: ${f}, ${kb(bytes.length)} raw, ${kb(b)} brotli; the first visit in all ${kb(total.brotli + b)} brotli`);
}

// What a host page pays for the script-tag embed before the form is needed: the loader alone
// (the form then loads in its frame).
const loader = readFileSync(join(dist, "embed.js"));
const loaderBrotli = brotliCompressSync(loader, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const LOADER_TARGET = 5 * 1024;
console.log(`script-tag loader embed.js: ${kb(loader.length)} raw, ${kb(loaderBrotli)} brotli; target at most ${kb(LOADER_TARGET)} — ${loaderBrotli <= LOADER_TARGET ? "met" : "NOT met"}`);
