// The browser side of scripts/bench.sh: serves dist/ on 127.0.0.1, opens the synthesis page in
// headless Chromium, gives it the corpus files and times until the synthesis is shown. Peak
// memory is the largest sum of the resident memory of Chromium's processes, sampled every
// 100 ms from /proc while the run lasts.
import { chromium } from "@playwright/test";
import { spawn, execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
  // Extra flags for experiments, e.g. BENCH_CHROMIUM_FLAGS=--js-flags=--no-liftoff.
  ...(process.env.BENCH_CHROMIUM_FLAGS ?? "").split(" ").filter(Boolean)];
const PORT = 8790;

function chromiumRssMb() {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes("chromium")) continue;
      const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (m) total += Number(m[1]);
    } catch { /* the process ended */ }
  }
  return Math.round(total / 1024);
}

const server = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
try {
  // Each size twice: files chosen as soon as the page has loaded (its two workers still
  // starting), and two seconds later, as a person choosing files would.
  for (const settle of [0, 2000])
  for (const n of process.argv.slice(2)) {
    const dir = `target/bench/corpus-${n}`;
    const files = readdirSync(dir).sort().map((f) => join(dir, f));
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
    const page = await browser.newPage();
    if (process.env.BENCH_DEBUG) {
      page.on("console", (m) => console.log("console:", m.text()));
      page.on("worker", (w) => console.log("worker:", w.url()));
    }
    await page.goto(`http://127.0.0.1:${PORT}/synthesis/`);
    await page.waitForSelector("#file-input", { state: "attached" });
    await page.waitForTimeout(settle);
    const idle = chromiumRssMb();
    let peak = idle;
    const sampler = setInterval(() => { peak = Math.max(peak, chromiumRssMb()); }, 100);
    const start = Date.now();
    await page.locator("#file-input").setInputFiles(files);
    await page.waitForSelector("text=Synthesis ready", { timeout: 600_000 });
    const total = (Date.now() - start) / 1000;
    clearInterval(sampler);
    // The page says how the worker's time divided: "files read in 1.2 s, analysed in 3.4 s".
    const status = (await page.locator(".status-line").innerText()).replace(/[\u2068\u2069]/g, "");
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(status));
    const [, reading, analysing] = status.match(/read in ([\d.]+) s, analysed in ([\d.]+) s/) ?? [];
    const when = settle ? `files chosen ${settle / 1000} s after the page opened` : "files chosen at once";
    console.log(`browser ${String(n).padStart(7)} responses (${when}): load + synthesis ${total.toFixed(3).padStart(7)} s (in the worker: reading ${reading} s, analysing ${analysing} s), peak memory ${peak} MB (Chromium, all processes; ${idle} MB before loading)`);
    await browser.close();
  }
} finally {
  server.kill();
}
