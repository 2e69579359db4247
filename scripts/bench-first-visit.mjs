// The first visit on a slow line, side by side: the form (dist/) and a SurveyJS 2.5 page with
// the same questions (the seven questions, the profile fields and the publication choice), each
// served with brotli from 127.0.0.1 and loaded in headless Chromium throttled to 400 kbit/s with
// 400 ms of latency and no cache, alternating, several times. Prints each time to "interactive"
// (the form: its start button; SurveyJS: its first field), the medians and their ratio.
// Usage: node scripts/bench-first-visit.mjs [runs]   (after scripts/build.sh; BENCH_BEFORE=dir
// also times another build of the form in the same runs; BENCH_THROUGH=1 also times a person
// who clicks the start button at once, to the next page)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.argv[2] ?? 5);
const LINE = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/** A SurveyJS page with the form's questions, in a folder of its own. */
function surveyjsPage() {
  const dir = mkdtempSync(join(tmpdir(), "bpf-surveyjs-"));
  for (const [from, to] of [
    ["node_modules/survey-core/survey.core.min.js", "survey.core.min.js"],
    ["node_modules/survey-core/survey-core.min.css", "survey-core.min.css"],
    ["node_modules/survey-js-ui/survey-js-ui.min.js", "survey-js-ui.min.js"],
  ]) copyFileSync(from, join(dir, to));
  const questionnaire = JSON.parse(readFileSync("src/core/questionnaires/igf-bpf-cybersecurity-2016.json", "utf8"));
  const countries = [...readFileSync("src/core/countries_data.rs", "utf8").matchAll(/\("([A-Z]{2})", "([^"]+)"/g)]
    .map((m) => ({ value: m[1], text: m[2] }));
  const survey = {
    title: questionnaire.title.en,
    pages: [
      { name: "about", elements: [
        { type: "text", name: "name", title: "Full name" },
        { type: "text", name: "organisation", title: "Organisation" },
        { type: "text", name: "email", title: "Email address (optional)", inputType: "email" },
        { type: "radiogroup", name: "capacity", title: "In what capacity do you respond?", choices: ["individual", "organisation", "nri"] },
        { type: "radiogroup", name: "group", title: "Stakeholder group", choices: ["government", "private-sector", "civil-society", "technical-community", "academia", "intergovernmental", "other"] },
        { type: "dropdown", name: "country", title: "Country", choices: countries },
        { type: "text", name: "nri", title: "National or Regional IGF initiative (NRI)" },
      ] },
      { name: "questions", elements: questionnaire.questions.map((q) => ({ type: "comment", name: q.id, title: q.text.en })) },
      { name: "publication", elements: [
        { type: "radiogroup", name: "publication", title: "How may your contribution be published?", choices: ["named", "anonymous", "do-not-publish"] },
      ] },
    ],
  };
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>SurveyJS</title>
<link rel="stylesheet" href="survey-core.min.css"><script src="survey.core.min.js"></script>
<script src="survey-js-ui.min.js"></script></head><body><div id="survey"></div>
<script>new Survey.Model(${JSON.stringify(survey)}).render(document.getElementById("survey"));</script>
</body></html>`);
  return dir;
}

function serve(dir, port) {
  const server = spawn("node", ["scripts/static-server.mjs", dir, String(port)], { stdio: "ignore", env: { ...process.env, BROTLI: "1" } });
  return server;
}

/** Milliseconds from navigation to `ready` being true in the page, on the throttled line; with
 * `then`, also to `then` having run (the form: its start button clicked at once, the next page
 * shown), in `through`. */
async function firstVisit(browser, url, ready, then, through) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", LINE);
  await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
  await page.waitForFunction(ready, null, { timeout: 120_000, polling: 50 });
  const ms = await page.evaluate(() => performance.now());
  if (then) {
    await then(page);
    through.push(await page.evaluate(() => performance.now()));
  }
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// BENCH_BEFORE names another build (an earlier commit's dist/, say), timed in the same runs.
const before = process.env.BENCH_BEFORE;
const servers = [serve("dist", 8791), serve(surveyjsPage(), 8792), ...(before ? [serve(before, 8793)] : [])];
await new Promise((r) => setTimeout(r, 500));
try {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  const times = { form: [], surveyjs: [], before: [], formThrough: [], beforeThrough: [] };
  const formReady = () => [...document.querySelectorAll("button")].some((b) => b.textContent.includes("Start your response") && !b.disabled);
  // BENCH_THROUGH=1: a person who clicks the start button as soon as it works, to the next page.
  const through = process.env.BENCH_THROUGH === "1" ? async (page) => {
    await page.getByRole("button", { name: "Start your response" }).click({ timeout: 120_000 });
    await page.getByRole("heading", { level: 1, name: "About you" }).waitFor({ timeout: 120_000 });
  } : undefined;
  for (let i = 0; i < RUNS; i++) {
    times.form.push(await firstVisit(browser, "http://127.0.0.1:8791/", formReady, through, times.formThrough));
    if (before) times.before.push(await firstVisit(browser, "http://127.0.0.1:8793/", formReady, through, times.beforeThrough));
    times.surveyjs.push(await firstVisit(browser, "http://127.0.0.1:8792/",
      () => !!document.querySelector("#survey input, #survey textarea")));
  }
  await browser.close();
  const s = (xs) => xs.map((x) => (x / 1000).toFixed(2)).join(", ");
  const [form, surveyjs] = [median(times.form), median(times.surveyjs)];
  console.log(`line: 400 kbit/s, 400 ms latency, no cache, brotli; ${RUNS} runs each, alternating`);
  console.log(`form (dist/):        ${s(times.form)} s; median ${(form / 1000).toFixed(2)} s (target ≤ 4 s: ${form <= 4000 ? "met" : "NOT met"})`);
  if (before) console.log(`form (${before}): ${s(times.before)} s; median ${(median(times.before) / 1000).toFixed(2)} s`);
  if (through) {
    console.log(`form (dist/), start clicked at once, to its next page: ${s(times.formThrough)} s; median ${(median(times.formThrough) / 1000).toFixed(2)} s`);
    if (before) console.log(`form (${before}), the same: ${s(times.beforeThrough)} s; median ${(median(times.beforeThrough) / 1000).toFixed(2)} s`);
  }
  console.log(`SurveyJS 2.5.38:     ${s(times.surveyjs)} s; median ${(surveyjs / 1000).toFixed(2)} s`);
  console.log(`ratio form/SurveyJS: ${(form / surveyjs).toFixed(2)} (target ≤ 0.6: ${form / surveyjs <= 0.6 ? "met" : "NOT met"})`);
} finally {
  for (const s of servers) s.kill();
}
