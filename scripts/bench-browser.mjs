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

// BENCH_DIST measures another build (an earlier version, say) the same way, side by side.
const server = spawn("node", ["scripts/static-server.mjs", process.env.BENCH_DIST ?? "dist", String(PORT)], { stdio: "ignore" });
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
    // Timed in the page, from the input's change event to the first frame drawn with "Synthesis
    // ready" on screen: Playwright's own waiting polls every 500 ms after the first second,
    // which would add up to half a second to a wall-clock figure.
    await page.evaluate(() => {
      window.__bench = new Promise((resolve) => {
        let start;
        document.querySelector("#file-input").addEventListener("change", () => { start = performance.now(); }, { capture: true, once: true });
        const seen = () => {
          const status = document.querySelector(".status-line");
          if (start === undefined || !status || !status.textContent.includes("Synthesis ready")) return false;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
          return true;
        };
        const observer = new MutationObserver(seen);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    await page.locator("#file-input").setInputFiles(files);
    const total = (await page.evaluate(() => window.__bench)) / 1000;
    clearInterval(sampler);
    // The page says how the worker's time divided: "files read in 1.2 s, analysed in 3.4 s".
    const status = (await page.locator(".status-line").innerText()).replace(/[\u2068\u2069]/g, "");
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(status));
    const [, reading, analysing] = status.match(/read in ([\d.]+) s, analysed in ([\d.]+) s/) ?? [];
    const when = settle ? `files chosen ${settle / 1000} s after the page opened` : "files chosen at once";
    console.log(`browser ${String(n).padStart(7)} responses (${when}): load + synthesis ${total.toFixed(3).padStart(7)} s (in the worker: reading ${reading} s, analysing ${analysing} s), peak memory ${peak} MB (Chromium, all processes; ${idle} MB before loading)`);
    // Reopening: the page reloaded, its workspace read back from IndexedDB, the same files
    // loaded and synthesised again; timed from the reload to the first frame with "Synthesis
    // ready" (a build without workspaces shows nothing, and says so).
    if (settle && !process.env.BENCH_NO_REOPEN) {
      const started = Date.now();
      await page.reload();
      const reopened = await page.waitForFunction(
        () => document.querySelector(".status-line")?.textContent.includes("Synthesis ready"),
        null, { polling: "raf", timeout: 120_000 },
      ).then(() => (Date.now() - started) / 1000, () => null);
      console.log(`browser ${String(n).padStart(7)} responses reopened from the workspace: ${reopened === null ? "not reopened" : `${reopened.toFixed(3)} s from the reload to the synthesis`}`);
    }
    // An edit: the first theme renamed, timed in the page from the form's submit event to the
    // first frame that shows the new name (the worker edits its last synthesis again; nothing
    // is analysed again). A build without edits says so.
    if (settle && !process.env.BENCH_NO_EDITS) {
      const theme = page.locator(".question .theme").first();
      if (await theme.locator(".theme__tools").count()) {
        for (const [i, name] of ["Trust comes first", "Trust comes second", "Trust comes third"].entries()) {
          if (!(await theme.locator(".theme__tools[open]").count())) await theme.locator(".theme__tools summary").first().click();
          await theme.locator(".theme__tools[open]").waitFor();
          await page.evaluate((name) => {
            window.__edit = new Promise((resolve) => {
              let start;
              document.querySelector(".question .theme form").addEventListener("submit", () => { start = performance.now(); }, { capture: true, once: true });
              const observer = new MutationObserver(() => {
                const h = document.querySelector(".question .theme h4");
                if (start !== undefined && h && h.textContent.includes(name)) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - start));
                }
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            });
          }, name);
          await theme.locator(".theme__tools input[type=text]").fill(name);
          await theme.locator(".theme__tools input[type=text]").press("Enter");
          const ms = await page.evaluate(() => window.__edit);
          console.log(`browser ${String(n).padStart(7)} responses, a theme renamed (${i + 1}): ${ms.toFixed(0)} ms from the submit to the new name on screen`);
        }
      } else {
        console.log(`browser ${String(n).padStart(7)} responses: this build has no edits`);
      }
    }
    await browser.close();
  }
} finally {
  server.kill();
}
