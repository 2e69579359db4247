// Where the synthesis page's time goes, and builds compared side by side in one run:
//
//   node scripts/bench-timeline.mjs N [ROUNDS] [DIST...]
//
// For each round and each build (default: dist), headless Chromium opens the synthesis page,
// waits two seconds (a person choosing files; BENCH_SETTLE=0 gives them at once, while the
// workers still start), gives it target/bench/corpus-N (written by
// `target/synthesis/bench write N target/bench/corpus-N 1000`) and times, in the page, from the
// input's change event to the first frame drawn with "Synthesis ready". Builds alternate within
// each round, so the machine's drift falls on all alike; the medians come last. With
// BENCH_TIMELINE=1, each load's timeline is printed: the files sent to the worker, each status
// line (files loaded, analysis steps) and the synthesis's arrival, in ms after the change event
// (what came before it, from the page's start, with negative times).
// Unlike scripts/bench-browser.mjs it samples no memory and measures no reopening or edits.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const [n = "10000", rounds = "3", ...dists] = process.argv.slice(2);
const SETTLE = Number(process.env.BENCH_SETTLE ?? 2000);
if (dists.length === 0) dists.push("dist");
const dir = `target/bench/corpus-${n}`;
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
  ...(process.env.BENCH_CHROMIUM_FLAGS ?? "").split(" ").filter(Boolean)];

async function once(dist, port) {
  const server = spawn("node", ["scripts/static-server.mjs", dist, String(port)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 300));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  try {
    const page = await browser.newPage();
    // Messages between the page and its worker, with their sizes.
    await page.addInitScript(() => {
      window.__log = [];
      const Original = window.Worker;
      window.Worker = function (...args) {
        const worker = new Original(...args);
        worker.addEventListener("message", (e) => window.__log.push([performance.now(), "from the worker", e.data?.byteLength ?? typeof e.data]));
        const post = worker.postMessage.bind(worker);
        worker.postMessage = (m, t) => { window.__log.push([performance.now(), "to the worker", m?.byteLength ?? typeof m]); return post(m, t); };
        return worker;
      };
      window.Worker.prototype = Original.prototype;
    });
    await page.goto(`http://127.0.0.1:${port}/synthesis/`);
    await page.waitForSelector("#file-input", { state: "attached" });
    await page.waitForTimeout(SETTLE);
    await page.evaluate(() => {
      window.__done = new Promise((resolve) => {
        document.querySelector("#file-input").addEventListener("change", () => { window.__start = performance.now(); }, { capture: true, once: true });
        let last = "";
        const observer = new MutationObserver(() => {
          const helper = document.querySelector("main")?.dataset.helper ?? "";
          if (helper !== window.__helper) { window.__helper = helper; window.__log.push([performance.now(), "helper", helper]); }
          const status = document.querySelector(".status-line")?.textContent ?? "";
          if (status !== last) { last = status; window.__log.push([performance.now(), "status", status]); }
          if (window.__start !== undefined && status.includes("Synthesis ready")) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - window.__start));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-helper"] });
      });
    });
    await page.locator("#file-input").setInputFiles(files);
    const ms = await page.evaluate(() => window.__done);
    if (process.env.BENCH_TIMELINE) {
      const log = await page.evaluate(() => window.__log.map(([t, what, v]) => [t - window.__start, what, v]));
      for (const [t, what, v] of log) console.log(`  ${t.toFixed(0).padStart(6)} ms  ${what} ${String(v).replace(/[\u2068\u2069]/g, "").slice(0, 100)}`);
    }
    return ms;
  } finally {
    await browser.close();
    server.kill();
  }
}

const times = new Map(dists.map((d) => [d, []]));
for (let r = 0; r < Number(rounds); r++) {
  for (const [i, dist] of dists.entries()) {
    const ms = await once(dist, 8796 + i);
    times.get(dist).push(ms);
    console.log(`round ${r + 1}, ${dist}: ${(ms / 1000).toFixed(3)} s`);
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const [dist, xs] of times) {
  console.log(`${dist}: ${n} responses, files chosen ${SETTLE / 1000} s after the page opened: median ${(median(xs) / 1000).toFixed(3)} s (${xs.map((x) => (x / 1000).toFixed(3)).join(", ")})`);
}
