// Importing a large table from another survey tool in the browser (issue 15: a 100,000-row CSV
// in 10 s, with progress). Writes a Google Forms-shaped CSV of N rows (a timestamp, four profile
// columns, three questions answered in a few words each), serves dist/ on 127.0.0.1, drops the
// CSV on the synthesis page and times, in the page: the file chosen → the mapping shown; the
// import clicked → every row in the set (the report's count); → the synthesis ready. It also
// records what the page said while it worked, to show there is progress to see.
// Usage: node scripts/bench-table.mjs [ROWS...]   (default 100000; needs a build in dist/)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";

const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];
const PORT = 8791;
const QUESTIONS = JSON.parse(readFileSync("src/core/questionnaires/igf-bpf-cybersecurity-2016.json", "utf8"))
  .questions.map((q) => q.text.en);
const GROUPS = ["Civil society", "Government", "Private sector", "Technical community", "Academia"];
const COUNTRIES = ["Kenya", "Ghana", "France", "Brazil", "India", "Japan", "Chile", "Egypt"];
const WORDS = "security training cooperation policy incident response capacity trust law network awareness skills".split(" ");

/** A deterministic CSV of `n` rows (a linear congruential generator, so every run is the same). */
function csv(n) {
  let seed = 2016;
  const pick = (list) => { seed = (seed * 1103515245 + 12345) % 2147483648; return list[seed % list.length]; };
  const cell = (c) => `"${String(c).replaceAll('"', '""')}"`;
  const lines = [["Timestamp", "Full name", "Organisation", "Stakeholder group", "Country", ...QUESTIONS.slice(0, 3)].map(cell).join(",")];
  for (let i = 0; i < n; i++) {
    const answer = () => Array.from({ length: 4 }, () => pick(WORDS)).join(" ");
    lines.push([`2016/09/${String(1 + (i % 28)).padStart(2, "0")} 10:${String(i % 60).padStart(2, "0")}:00`,
      `Person ${i}`, `Organisation ${i % 500}`, pick(GROUPS), pick(COUNTRIES), answer(), answer(), answer()].map(cell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

const server = spawn("node", ["scripts/static-server.mjs", process.env.BENCH_DIST ?? "dist", String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
try {
  for (const n of (process.argv.length > 2 ? process.argv.slice(2) : ["100000"]).map(Number)) {
    mkdirSync("target/bench", { recursive: true });
    const file = `target/bench/table-${n}.csv`;
    if (!existsSync(file)) writeFileSync(file, csv(n));
    const size = readFileSync(file).length;
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/synthesis/`);
    await page.waitForSelector("#file-input", { state: "attached" });
    await page.waitForTimeout(1000);
    // Timed in the page: from the input's change event to the mapping's import button; from its
    // click to the report counting every row, and to "Synthesis ready". What the status line and
    // the progress bar say meanwhile is recorded.
    await page.evaluate((n) => {
      const marks = {};
      window.__said = [];
      window.__marks = marks;
      document.querySelector("#file-input").addEventListener("change", () => { marks.chosen = performance.now(); }, { capture: true, once: true });
      document.addEventListener("click", (e) => {
        if (e.target.closest("button")?.textContent.includes("Import")) marks.clicked = performance.now();
      }, { capture: true });
      const plain = (t) => t.replace(/[\u2068\u2069,]/g, "");
      const observer = new MutationObserver(() => {
        const status = document.querySelector(".status-line")?.textContent ?? "";
        const bar = document.querySelector("progress");
        const said = plain(status) + (bar ? ` [progress ${bar.value}/${bar.max}]` : "");
        if (marks.clicked && window.__said.at(-1) !== said) window.__said.push(`${((performance.now() - marks.clicked) / 1000).toFixed(2)} s: ${said}`);
        if (!marks.mapped && [...document.querySelectorAll("button")].some((b) => /^Import \d/.test(plain(b.textContent)))) marks.mapped = performance.now();
        const summary = plain(document.querySelector(".report__summary")?.textContent ?? "");
        if (!marks.loaded && summary.includes(`${n} responses in the set`)) marks.loaded = performance.now();
        if (marks.loaded && !marks.ready && status.includes("Synthesis ready")) { marks.ready = performance.now(); observer.disconnect(); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, n);
    await page.locator("#file-input").setInputFiles(file);
    const button = page.getByRole("button", { name: /Import/ });
    await button.waitFor({ timeout: 120_000 });
    await page.waitForTimeout(200);
    await button.click();
    await page.waitForFunction(() => window.__marks.ready, null, { timeout: 300_000, polling: 200 });
    const m = await page.evaluate(() => window.__marks);
    const said = await page.evaluate(() => window.__said);
    const s = (a, b) => ((m[b] - m[a]) / 1000).toFixed(2);
    console.log(`browser table of ${n} rows (${(size / 1e6).toFixed(1)} MB): chosen → mapping shown ${s("chosen", "mapped")} s; import clicked → every row in the set ${s("clicked", "loaded")} s; → synthesis ready ${s("clicked", "ready")} s`);
    if (process.env.BENCH_DEBUG) for (const line of said) console.log(`  ${line}`);
    else console.log(`  the page said meanwhile: ${said.slice(0, 3).join(" | ")}${said.length > 3 ? ` … (${said.length} states)` : ""}`);
    await browser.close();
  }
} finally {
  server.kill();
}
