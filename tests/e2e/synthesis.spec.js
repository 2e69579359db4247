// The secretariat's journey: load 50 files of which 5 are bad, read the import report and the
// summaries, filter, search, and download the report and the open data.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { checkFile, downloadOf, expectAccessible, loose, screenshot } from "./helpers.js";

const CORPUS = "tests/fixtures/corpus-45";

/** A response's id in the open data, computed independently: SHA-256 of
 * "bpf-survey/open-data/v1:" and the id, its first 16 bytes as a UUID v4. */
function pseudonym(id) {
  const b = createHash("sha256").update(`bpf-survey/open-data/v1:${id}`, "utf8").digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function reseal(doc) {
  const { integrity, ...rest } = doc;
  return { ...rest, integrity: { ...integrity, digest: createHash("sha256").update(canonicalize(rest), "utf8").digest("hex") } };
}

/** 45 good response files and 5 bad ones, in a fresh folder. */
function corpus() {
  const dir = mkdtempSync(join(tmpdir(), "bpf-corpus-"));
  const good = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
  const sample = readFileSync(good[0], "utf8");
  const doc = JSON.parse(sample);
  writeFileSync(join(dir, "notes.txt"), "Meeting notes, not a response.");
  writeFileSync(join(dir, "cut-short.json"), sample.slice(0, sample.length / 2));
  writeFileSync(join(dir, "edited.json"), sample.replace(doc.respondent.name, "Someone Else"));
  const other = reseal({ ...doc, response_id: "0f8fad5b-d9cb-469f-a165-70867728950e", questionnaire: { id: "igf-bpf-cybersecurity-2017", version: 1 } });
  writeFileSync(join(dir, "2017-survey.json"), JSON.stringify(other, null, 2));
  writeFileSync(join(dir, "from-the-future.json"), JSON.stringify({ ...doc, format_version: 3 }, null, 2));
  const bad = readdirSync(dir).map((f) => join(dir, f));
  return { files: [...good, ...bad], good };
}

async function load(page) {
  await page.goto("./synthesis/");
  await expect(page.getByRole("heading", { level: 1, name: "Synthesis of responses" })).toBeVisible();
  const { files } = corpus();
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
}

test("fifty files, five bad: the report names each problem and the summaries appear", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await load(page);
  await expect(page.locator(".report__summary")).toHaveText(loose("50 files: 45 loaded, 0 duplicates, 5 rejected. 45 responses in the set."));
  const row = (name) => page.locator(".report__row", { hasText: name });
  await page.getByText("Show every file").click();
  await expect(row("notes.txt")).toContainText("not a JSON file");
  await expect(row("cut-short.json")).toContainText("cut short");
  await expect(row("edited.json")).toContainText("edited or damaged after it was saved");
  await expect(row("2017-survey.json")).toContainText(loose("different questionnaire (igf-bpf-cybersecurity-2017"));
  await expect(row("from-the-future.json")).toContainText(loose("format version 3"));
  await expect(page.locator(".report__row--rejected")).toHaveCount(5);

  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.locator("#overview-group-title")).toHaveText("By stakeholder group");
  await expect(page.locator(".lead", { hasText: "contributions" }).first()).toContainText(loose("45 contributions"));
  await expect(page.locator("#question-heading")).toContainText(loose("Question 1:"));
  await expect(page.locator(".theme").first()).toBeVisible();
  await expect(page.locator(".theme .quote").first()).toBeVisible();
  await expect(page.locator(".terms__list li").first()).toBeVisible();
  await expectAccessible(page, "synthesis (desktop)");
  await screenshot(page, "desktop-20-synthesis");

  // Another question, a search, a filter: each recomputes.
  await page.getByRole("button", { name: /^Question [\u2068]?6/ }).click();
  await expect(page.locator("#question-heading")).toContainText(loose("Question 6:"));
  await page.getByLabel("Search the answers").fill("cybercrime");
  await expect(page.locator(".answer-row").first()).toContainText(/cybercrime/i);
  const matching = await page.locator(".answer-row").count();
  expect(matching).toBeGreaterThan(0);
  for (const text of await page.locator(".answer-row__text").allInnerTexts()) expect(text.toLowerCase()).toContain("cybercrime");
  const before = await page.locator(".lead", { hasText: "contributions" }).first().innerText();
  await page.getByRole("checkbox", { name: /^Government/ }).check();
  await expect(page.locator(".lead", { hasText: "contributions" }).first()).not.toHaveText(before);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready");
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page.locator(".lead", { hasText: "contributions" }).first()).toHaveText(before);
});

test("the downloaded report and open data follow publication choices", async ({ page }) => {
  await load(page);
  const { good } = corpus();
  const responses = good.map((f) => JSON.parse(readFileSync(f, "utf8")));
  const hidden = responses.filter((r) => r.publication === "do-not-publish");
  const anonymous = responses.filter((r) => r.publication === "anonymous" && r.respondent.organisation);
  expect(hidden.length).toBeGreaterThan(0);

  const report = await downloadOf(page, () => page.getByRole("button", { name: /web page/ }).click());
  expect(report.name).toMatch(/^bpf-synthesis-\d{4}-\d{2}-\d{2}\.html$/);
  expect(report.text).toContain("Part II: Synthesis of contributions received");
  expect(report.text).toContain("Contributions received");
  expect(report.text).not.toContain("<script");
  for (const r of hidden) expect(report.text).not.toContain(r.response_id);
  const named = responses.find((r) => r.publication === "named" && r.respondent.capacity === "organisation");
  expect(report.text).toContain(`Contribution from ${named.respondent.name}, ${named.respondent.organisation}`);

  // The Word document: a package whose document part holds Part II and no hidden respondent.
  const word = await downloadOf(page, () => page.getByRole("button", { name: "Download as a Word document (DOCX)" }).click());
  expect(word.name).toMatch(/^bpf-synthesis-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(word.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  for (const part of ["word/document.xml", "word/styles.xml", "[Content_Types].xml"]) expect(word.bytes.includes(Buffer.from(part)), part).toBe(true);

  // For QDA software: a REFI-QDA project (its schema is checked by the native tests) and codebook.
  const qdpx = await downloadOf(page, () => page.getByRole("button", { name: "Download the project (REFI-QDA, .qdpx)" }).click());
  expect(qdpx.name).toMatch(/^bpf-qda-project-\d{4}-\d{2}-\d{2}\.qdpx$/);
  expect(qdpx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(qdpx.bytes.includes(Buffer.from("project.qde"))).toBe(true);
  const qdc = await downloadOf(page, () => page.getByRole("button", { name: "Download the codebook (REFI-QDA, .qdc)" }).click());
  expect(qdc.text).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  for (const r of hidden) expect(qdc.text).not.toContain(r.respondent.name);

  const md = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(md.text).toMatch(/^# Part II: Synthesis of contributions received/);


  const csv = await downloadOf(page, () => page.getByRole("button", { name: "Download CSV", exact: true }).click());
  expect(csv.text.startsWith("\ufeffresponse_id,")).toBe(true);
  const lines = csv.text.trim().split("\r\n").filter((l) => /^[0-9a-f]{8}-/.test(l));
  expect(lines.length).toBe(responses.length - hidden.length);
  // Published under pseudonyms: no real id, which a forged copy would need.
  for (const r of responses) expect(csv.text).not.toContain(r.response_id);
  for (const r of anonymous) {
    const row = lines.find((l) => l.startsWith(pseudonym(r.response_id))).split(",");
    expect(row.slice(6, 8), "no name or organisation for an anonymous response").toEqual(["", ""]);
  }

  // One row per answer, in the columns Polis- and kouchou-ai-style tools read.
  const long = await downloadOf(page, () => page.getByRole("button", { name: "Download CSV, one row per answer" }).click());
  expect(long.name).toMatch(/^bpf-open-data-answers-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(long.text.startsWith("\ufeffcomment-id,author-id,question,comment-body,")).toBe(true);
  for (const r of responses) expect(long.text).not.toContain(r.response_id);
  const published = responses.filter((r) => !hidden.includes(r));
  const answered = published.reduce((n, r) => n + Object.values(r.answers).filter((a) => a.trim()).length, 0);
  expect(long.text.trim().split("\r\n").filter((l) => /^\d+,[0-9a-f]{8}-/.test(l)).length).toBe(answered);

  // A workbook (read back cell by cell by the native tests, with calamine): a zip whose parts
  // are the four sheets.
  const xlsx = await downloadOf(page, () => page.getByRole("button", { name: "Download as a spreadsheet (XLSX)" }).click());
  expect(xlsx.name).toMatch(/^bpf-open-data-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  for (const part of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml", "xl/sharedStrings.xml"]) {
    expect(xlsx.bytes.includes(Buffer.from(part)), part).toBe(true);
  }

  const json = await downloadOf(page, () => page.getByRole("button", { name: "Download JSON bundle" }).click());
  const bundle = checkFile(json.text);
  expect(bundle.response_count).toBe(responses.length - hidden.length);
  expect(bundle.responses.every((r) => r.respondent.email === "")).toBe(true);
  for (const r of responses) expect(json.text).not.toContain(r.response_id);

  // The same files again, in another order, give the same report, byte for byte.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Synthesis of responses" })).toBeVisible();
  await page.locator("#file-input").setInputFiles(corpus().files.reverse());
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const again = await downloadOf(page, () => page.getByRole("button", { name: /web page/ }).click());
  expect(again.text).toBe(report.text);
});

/** 5,000 generated responses in bundles of 500 (as many as the worker starts sharing the
 * analysis at), and their Markdown report made by the native command (`bpf-survey synth`); made once per test worker. */
let fiveThousandSet;
function fiveThousand() {
  if (!fiveThousandSet) {
    const dir = mkdtempSync(join(tmpdir(), "bpf-5000-"));
    const run = (bin, ...args) =>
      execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", bin, "--", ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
    run("bench", "write", "5000", dir, "500");
    // The native command on the same core: the browser's Part II must be this, byte for byte.
    const expected = run("bpf-survey", "synth", dir, "--format", "md", "--out", "-");
    expect(expected).toMatch(/5,?000 contributions were received/);
    // Senders not for publication are counted without a name, never by the key that counts them.
    expect(expected).not.toContain("not-published");
    fiveThousandSet = { files: readdirSync(dir).sort().map((f) => join(dir, f)), expected };
  }
  return fiveThousandSet;
}

test("Part II downloads in the language chosen for it, whatever the page's", async ({ page }) => {
  await load(page);
  const { good } = corpus();
  const responses = good.map((f) => JSON.parse(readFileSync(f, "utf8")));
  const hidden = responses.filter((r) => r.publication === "do-not-publish");
  const named = responses.find((r) => r.publication === "named" && r.respondent.capacity === "organisation");
  // Part II in another language, chosen at download: its headings and sentences from the
  // catalogues, languages named as the browser names them in French, people's words as written.
  const documentLanguage = page.getByLabel("Language of the document");
  await expect(documentLanguage).toHaveValue("en");
  await documentLanguage.selectOption("fr");
  const fr = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(fr.text).toMatch(/^# Partie II\s?: Synthèse des contributions reçues/);
  expect(fr.text).toContain("## Vue d’ensemble");
  expect(fr.text).toMatch(/Par langue du formulaire.*anglais \d+/);
  expect(fr.text).not.toContain("contributions were received");
  const frPage = await downloadOf(page, () => page.getByRole("button", { name: /web page/ }).click());
  expect(frPage.text).toContain('<html lang="fr" dir="ltr">');
  expect(frPage.text).toContain(`Contribution de ${named.respondent.name}, ${named.respondent.organisation}`);
  for (const r of hidden) expect(frPage.text).not.toContain(r.respondent.name);
  await documentLanguage.selectOption("ar");
  const ar = await downloadOf(page, () => page.getByRole("button", { name: /web page/ }).click());
  expect(ar.text).toContain('<html lang="ar" dir="rtl">');
  expect(ar.text).toContain("<h1>الجزء الثاني: توليف المساهمات الواردة");
  const arWord = await downloadOf(page, () => page.getByRole("button", { name: "Download as a Word document (DOCX)" }).click());
  expect(arWord.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
});

test("five thousand responses: two workers share the reading and the analysis, the report is the one one worker makes, and the page answers typing while they work", async ({ page }) => {
  test.setTimeout(300_000);
  const { files, expected } = fiveThousand();
  await page.goto("./synthesis/");
  await expect(page.getByRole("heading", { level: 1, name: "Synthesis of responses" })).toBeVisible();
  // As a person would, a moment after the page opened: by then its second worker has loaded
  // (on a busy machine that can take seconds; files chosen sooner wait for it only as long
  // as sharing would save).
  await expect(page.locator("main[data-helper=ready]")).toBeAttached({ timeout: 30_000 });
  await page.locator("#file-input").setInputFiles([...files].reverse());
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 120_000 });
  await expect(page.locator(".report__summary")).toHaveText(loose("10 files: 10 loaded, 0 duplicates, 0 rejected. 5,000 responses in the set."));
  // The helper did its part (with one worker the page would say 1).
  await expect(page.locator(".status-line")).toHaveAttribute("data-workers", "2");
  const md = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(md.text).toBe(expected);
  // The generator repeats its stock sentences by the dozen, as answers written from a template
  // do: the page says, as Part II does, why those copies count as voices and are no campaign.
  const ordinary = expected.match(/This question's answers often repeat the same texts: five of them are each sent \d+ times or more\./);
  expect(ordinary, "the generated set repeats its texts as a matter of course").not.toBeNull();
  await expect(page.getByText(loose(ordinary[0])).first()).toBeVisible();

  // While all 5,000 are analysed again, the page answers: typing in the search box shows at
  // once, and the page handles the first key while the analysis is still under way. What the
  // page was doing when each key arrived is noted as it arrives. The analysis takes under a
  // second here; on a loaded machine it can end before the first key reaches the page, which
  // shows nothing either way, so the filter is changed again, at most three times. A page
  // whose analysis held up its keys would fail every time.
  const search = page.getByLabel("Search the answers");
  await search.evaluate((input) => input.addEventListener("input", () => window.analysingWhenTyped?.push(document.querySelector("progress.progress") !== null)));
  let analysing = [];
  for (let attempt = 0; attempt < 3 && analysing[0] !== true; attempt += 1) {
    await search.fill("");
    await page.getByRole("checkbox", { name: /^Government/ }).check();
    await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 120_000 });
    await page.evaluate(() => { window.analysingWhenTyped = []; });
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect(page.locator("progress.progress")).toBeVisible();
    await search.pressSequentially("cert");
    await expect(search).toHaveValue("cert", { timeout: 100 });
    analysing = await page.evaluate(() => window.analysingWhenTyped);
    expect(analysing).toHaveLength(4);
    await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 120_000 });
  }
  expect(analysing[0], "the first key was handled while the analysis ran").toBe(true);
  await expect(page.locator(".answer-row").first()).toContainText(/cert/i);
});

test("a second worker that loads after files came is given the set so far, and shares the rest alike", async ({ page }) => {
  test.setTimeout(300_000);
  const { files, expected } = fiveThousand();
  // The second copy of the worker is held back (its module is the second fetch of the
  // worker's wasm) until the first half of the files is in.
  let fetches = 0;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/worker_bg.wasm", async (route) => {
    fetches += 1;
    if (fetches === 2) await held;
    await route.continue();
  });
  await page.goto("./synthesis/");
  await expect(page.getByRole("heading", { level: 1, name: "Synthesis of responses" })).toBeVisible();
  await page.locator("#file-input").setInputFiles(files.slice(0, 5));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 120_000 });
  await expect(page.locator(".status-line")).toHaveAttribute("data-workers", "1");
  await expect.poll(() => fetches).toBe(2);
  await expect(page.locator("main[data-helper=ready]")).toHaveCount(0);
  release();
  await expect(page.locator("main[data-helper=ready]")).toBeAttached({ timeout: 30_000 });
  // The rest, and one of the first files again (its responses are duplicates, kept once).
  await page.locator("#file-input").setInputFiles([...files.slice(5), files[0]]);
  await expect(page.locator(".report__summary")).toHaveText(loose("11 files: 10 loaded, 1 duplicate, 0 rejected. 5,000 responses in the set."), { timeout: 120_000 });
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 120_000 });
  await expect(page.locator(".status-line")).toHaveAttribute("data-workers", "2");
  const md = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(md.text).toBe(expected);
});

test("adding the same files again counts each response once and says so", async ({ page }) => {
  await load(page);
  const some = readdirSync(CORPUS).sort().slice(0, 3).map((f) => join(CORPUS, f));
  await page.locator("#file-input").setInputFiles(some);
  await expect(page.locator(".report__summary")).toContainText(loose("53 files"), { timeout: 30_000 });
  await expect(page.locator(".report__summary")).toContainText(loose("45 responses in the set"));
  await expect(page.locator(".report__summary")).toContainText(loose("3 duplicates"));
});

test("the synthesis page works on a phone and with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await load(page);
  // NRIs with long names, one of them a single word: they wrap in the filters and tables.
  const dir = mkdtempSync(join(tmpdir(), "bpf-long-nri-"));
  const doc = JSON.parse(readFileSync(readdirSync(CORPUS).sort().map((f) => join(CORPUS, f))[0], "utf8"));
  const names = ["Internet Governance Forum of the Democratic Republic of São Tomé and Príncipe and the Neighbouring Island States", "InternetGovernanceForumOfTheRepublicOfNowhereAndElsewhere2016"];
  const ids = ["5b0c3f6e-8a1d-4c2e-9f3a-1d2e3f4a5b6c", "6c1d4a7f-9b2e-4d3f-8a4b-2e3f4a5b6c7d"];
  const long = names.map((nri, i) => {
    const path = join(dir, `long-nri-${i}.json`);
    writeFileSync(path, JSON.stringify(reseal({ ...doc, response_id: ids[i], source: { ...doc.source, nri }, respondent: { ...doc.respondent, nri } }), null, 2));
    return path;
  });
  await page.locator("#file-input").setInputFiles(long);
  await expect(page.locator(".report__summary")).toContainText(loose("47 responses in the set"), { timeout: 60_000 });
  await expect(page.locator(".checkbox__label", { hasText: names[1] })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "synthesis (phone)");
  await screenshot(page, "phone-20-synthesis");
  // Keyboard: reach question 3's first theme.
  await page.getByRole("button", { name: /^Question [\u2068]?3/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#question-heading")).toContainText(loose("Question 3:"));
  const firstTheme = page.locator(".theme-index a").first();
  await firstTheme.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".theme").first()).toBeFocused();
});

test("a failing worker is reported on its own page only, not swallowed and not broadcast", async ({ context }) => {
  // Keep hold of each page's workers, so the test can break one for real.
  await context.addInitScript(() => {
    const Original = window.Worker;
    window.__workers = [];
    window.Worker = class extends Original {
      constructor(...args) {
        super(...args);
        window.__workers.push(this);
      }
    };
  });
  const failing = await context.newPage();
  const other = await context.newPage();
  await load(failing);
  await load(other);
  // A message the worker cannot read makes it stop (a panic in the worker), as any internal
  // error would; its panic hook says why on the channel its own page gave it.
  await failing.evaluate(() => window.__workers[0].postMessage(new Uint8Array([200, 200, 200, 200])));
  await expect(failing.locator(".status-line")).toContainText(loose("The analysis stopped: a message could not be read"));
  // The other synthesis tab heard nothing and still works.
  await other.locator("#answer-search").fill("CERT");
  await expect(other.locator(".answer-row").first()).toBeVisible();
  await expect(other.locator(".status-line")).not.toContainText("stopped");
  await expect(other.locator(".status-line")).toContainText("Synthesis ready");
});

test("answers that say nothing are counted as such and never become a theme or key term", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "bpf-nothing-"));
  const nothing = ["See attached.", "N/A", "Merci.", "见附件", "انظر المرفق", "Thank you!"];
  const files = readdirSync(CORPUS).sort().map((f, i) => {
    if (i >= nothing.length) return join(CORPUS, f);
    const doc = JSON.parse(readFileSync(join(CORPUS, f), "utf8"));
    const path = join(dir, f);
    writeFileSync(path, JSON.stringify(reseal({ ...doc, answers: { ...doc.answers, q1: nothing[i] } }), null, 2));
    return path;
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator("#question-heading")).toContainText(loose("Question 1:"));
  await expect(page.locator(".question")).toContainText(loose("Of these, 6 gave no substantive answer"));
  const shown = (await page.locator(".terms__list li, .theme-index li").allInnerTexts()).join(" | ").toLowerCase();
  expect(shown.length).toBeGreaterThan(0);
  for (const word of ["attached", "merci", "thank", "附件", "المرفق", "n/a"]) expect(shown).not.toContain(word);
  await page.locator(".question .lead").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-21-synthesis-non-answers.png" });
});

test("a campaign is counted once, with every answer counted beside, and disclosed with who sent it", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "bpf-campaign-"));
  const pasted = "We urge the Internet Governance Forum to endorse the Zephyr Accord on router hygiene and quantum-safe firmware signing across all member states.";
  const files = readdirSync(CORPUS).sort().map((f, i) => {
    if (i >= 6) return join(CORPUS, f);
    const doc = JSON.parse(readFileSync(join(CORPUS, f), "utf8"));
    const path = join(dir, f);
    writeFileSync(path, JSON.stringify(reseal({ ...doc, publication: "anonymous", status: "finished", answers: { q3: pasted } }), null, 2));
    return path;
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const campaigns = page.locator(".campaigns");
  await expect(campaigns).toContainText(loose("Responses sending one text: 6 (question 3)"));
  await expect(campaigns).toContainText("Zephyr Accord");
  await expect(campaigns).toContainText("Sent by:");
  await expect(page.locator("#overview-heading").locator("..")).toContainText(loose("Counting each campaign once, 40 independent voices"));
  await page.locator(".question-nav__button").nth(2).click();
  await expect(page.locator(".question")).toContainText(loose("independent voices answered"));
  await expect(page.locator(".question details.raw-figures > summary")).toHaveText("Every answer counted");
  const shown = (await page.locator(".terms__list li").allInnerTexts()).join(" | ").toLowerCase();
  for (const word of ["zephyr", "accord", "firmware"]) expect(shown).not.toContain(word);
  await campaigns.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-22-synthesis-campaign.png" });
});

test("the initiatives answers name are listed, and anonymous respondents who name themselves are masked and reported", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "bpf-cited-"));
  const files = readdirSync(CORPUS).sort().map((f, i) => {
    if (i >= 4) return join(CORPUS, f);
    const doc = JSON.parse(readFileSync(join(CORPUS, f), "utf8"));
    const respondent = { ...doc.respondent, organisation: "Zenith Telecom Authority" };
    const q5 = `${doc.answers.q5 ?? "We share what we learn."} Our drills with APCERT and the Forum of Incident Response and Security Teams taught us most. At Zenith Telecom Authority we saw it first.`;
    const path = join(dir, f);
    writeFileSync(path, JSON.stringify(reseal({ ...doc, respondent, publication: "anonymous", status: "finished", answers: { ...doc.answers, q5 } }), null, 2));
    return path;
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".notice--privacy")).toContainText(loose("give their own name, organisation or an e-mail address: 4 (questions 5)"));
  await page.locator(".question-nav__button").nth(4).click();
  const cited = page.locator(".initiatives li");
  await expect(cited.filter({ hasText: "APCERT" })).toContainText(/APCERT\s+4/);
  await expect(cited.filter({ hasText: "FIRST" })).toContainText(/FIRST\s+4/);
  // Everything the synthesis made; the answer list below it shows the secretariat each file as
  // it came (who sent it included), by design, and loads on its own time.
  const made = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true);
    copy.querySelectorAll(".answers").forEach((a) => a.remove());
    return copy.innerText;
  });
  expect(made).toContain("APCERT");
  expect(made).not.toContain("Zenith Telecom Authority");
  await page.locator(".initiatives").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-23-synthesis-initiatives.png" });
});

test("themes of every language are one list, named by shared concepts in the page's language", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./synthesis/?lang=fr");
  await page.locator("#file-input").setInputFiles(readdirSync(CORPUS).sort().map((f) => join(CORPUS, f)));
  await expect(page.locator(".status-line")).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(".question-nav__button").first()).toBeVisible({ timeout: 60_000 });
  const topics = page.locator(".topics");
  await expect(topics.locator("h3")).toHaveText("Thèmes toutes langues confondues");
  const first = topics.locator(".topics__item").first();
  // Named by concepts of the lexicon in French, with links to the themes they gather.
  await expect(first.locator("strong")).toHaveText(/(renforcement des capacités|équipes de réponse|partage d'informations|sensibilisation|lois sur la cybercriminalité|coopération|approche multipartite|droits humains)/);
  const link = first.locator("a").first();
  const target = await link.getAttribute("href");
  await link.click();
  await expect(page.locator(target)).toBeFocused().catch(() => {});
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(".narrative")).toContainText("%");
  await topics.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-24-synthesis-topics-fr.png" });
});

test("other answers are counted apart, and drafts are quoted and listed only when the secretariat chooses", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "bpf-drafts-"));
  const offTopic = [
    "My grandmother makes the best bread in the whole valley. The football season was a disappointment.",
    "Tickets for the summer concert are on sale from Monday at the town hall, next to the bakery.",
  ];
  let drafts = 0;
  const files = readdirSync(CORPUS).sort().map((f, i) => {
    const doc = JSON.parse(readFileSync(join(CORPUS, f), "utf8"));
    let changed = null;
    if (i < 2) changed = { ...doc, language: "en", answers: { ...doc.answers, q1: offTopic[i] } };
    else if (doc.publication === "named" && drafts < 3) {
      drafts += 1;
      changed = { ...doc, status: "draft", respondent: { ...doc.respondent, name: `Zanele Draftwright ${drafts}` } };
    }
    if (!changed) return join(CORPUS, f);
    const path = join(dir, f);
    writeFileSync(path, JSON.stringify(reseal(changed), null, 2));
    return path;
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator("#overview-heading + p")).toHaveText(loose("45 contributions, 3 of them unfinished drafts."));
  await expect(page.locator(".question")).toContainText(loose("Of these, 2 speak of nothing the questions are about"));
  const before = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(before.text).not.toContain("Draftwright");
  expect(before.text).not.toContain("grandmother");

  const box = page.getByLabel("Quote and list them as if they had been sent, each under its publication choice");
  await box.check();
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator("#overview-heading ~ p").filter({ hasText: "as if they had been sent" })).toBeVisible();
  const after = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  for (let n = 1; n <= 3; n++) expect(after.text).toContain(`Contribution from Zanele Draftwright ${n}`);
  expect(after.text).toContain("quoted and listed as if sent, as the secretariat chose");
  expect(after.text).not.toContain("grandmother");
  await expectAccessible(page);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-25-synthesis-drafts-and-other-answers.png" });
});

test("the workspace survives a reload: the same report, filter and synthesis; workspaces are made, renamed, switched and deleted after a confirmation", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await load(page);
  const panel = page.locator(".workspace");
  await expect(panel.locator("h2")).toHaveText(loose("Workspace: Unnamed workspace"));
  await expect(panel.locator(".workspace__kept")).toHaveText(loose("Files kept in this browser with the filter: 50. Reopening this page brings them back."));
  await page.getByLabel(/^English \(\d+\)$/).check();
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const report = await page.locator(".report__summary").innerText();
  const overview = await page.locator("#overview-heading + p").innerText();
  // The question's synthesis (the answer list below it loads on its own time).
  const made = () => page.locator(".question").evaluate((q) => {
    const copy = q.cloneNode(true);
    copy.querySelectorAll(".answers").forEach((a) => a.remove());
    return copy.textContent;
  });
  const first = await made();

  await page.reload();
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".report__summary")).toHaveText(report);
  await expect(page.getByLabel(/^English \(\d+\)$/)).toBeChecked();
  await expect(page.locator("#overview-heading + p")).toHaveText(overview);
  expect(await made()).toBe(first);
  // Sizes in the units that suit them: the files in kilobytes or megabytes, the browser's
  // allowance in gigabytes.
  await expect(panel).toContainText(/This site uses \u2068?[\d.,]+ (kB|MB)\u2069? of the \u2068?[\d.,]+ (MB|GB)/);

  // Named, with the keyboard.
  await panel.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name of this workspace").fill("Call 2016");
  await page.getByLabel("New name of this workspace").press("Enter");
  await expect(panel.locator("h2")).toHaveText(loose("Workspace: Call 2016"));
  await expectAccessible(page);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-26-synthesis-workspace.png" });

  // A second workspace starts empty, keeps its own files, and each opens with its own.
  await panel.getByRole("button", { name: "New workspace" }).click();
  await page.getByLabel(/^Name of the new workspace/).fill("Cycle 2017");
  await panel.getByRole("button", { name: "Make it and open it" }).click();
  await expect(page.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
  await expect(page.locator(".report__summary")).toHaveCount(0);
  const few = readdirSync(CORPUS).sort().slice(0, 3).map((f) => join(CORPUS, f));
  await page.locator("#file-input").setInputFiles(few);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(panel.locator(".workspace__kept")).toContainText(loose("with the filter: 3."));
  await page.getByLabel("Open another workspace").selectOption({ label: "Call 2016" });
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".report__summary")).toHaveText(report);
  await expect(page.getByLabel(/^English \(\d+\)$/)).toBeChecked();

  // Deleted only after a confirmation; the other workspace opens.
  await panel.getByRole("button", { name: "Delete this workspace" }).click();
  await expect(panel).toContainText(loose("Delete the workspace “Call 2016” and the files it keeps in this browser (50)? The files on your computer stay."));
  await panel.getByRole("button", { name: "Keep it" }).click();
  await expect(panel.locator(".workspace__kept")).toBeVisible();
  await panel.getByRole("button", { name: "Delete this workspace" }).click();
  await panel.getByRole("button", { name: "Delete it" }).click();
  await expect(page.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.getByLabel("Open another workspace")).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
  await expect(panel.locator(".workspace__kept")).toContainText(loose("with the filter: 3."));
});

test("a second tab on the same workspace is told, and what both tabs add is kept, none of it spoiled", async ({ context }) => {
  const files = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
  const first = await context.newPage();
  await first.goto("./synthesis/");
  await first.locator("#file-input").setInputFiles(files.slice(0, 3));
  await expect(first.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const second = await context.newPage();
  await second.goto("./synthesis/");
  await expect(second.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const told = "This workspace is also open in another tab of this browser.";
  await expect(second.locator(".workspace")).toContainText(told);
  await expect(first.locator(".workspace")).toContainText(told);
  // Both add files at once.
  await Promise.all([
    first.locator("#file-input").setInputFiles(files.slice(3, 6)),
    second.locator("#file-input").setInputFiles(files.slice(6, 8)),
  ]);
  // Each tab counts what it kept: its own files and those it reopened.
  await expect(first.locator(".workspace__kept")).toContainText(loose("with the filter: 6."));
  await expect(second.locator(".workspace__kept")).toContainText(loose("with the filter: 5."));
  await second.close();
  await first.reload();
  await expect(first.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(first.locator(".workspace__kept")).toContainText(loose("with the filter: 8."));
  await expect(first.locator(".report__summary")).toHaveText(loose("8 files: 8 loaded, 0 duplicates, 0 rejected. 8 responses in the set."));
});

test("each tab keeps to the workspace it shows: another tab's switch never takes its files, and its deletion is told", async ({ context }) => {
  const files = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
  const first = await context.newPage();
  await first.goto("./synthesis/");
  await first.locator("#file-input").setInputFiles(files.slice(0, 3));
  await expect(first.locator(".workspace__kept")).toContainText(loose("with the filter: 3."), { timeout: 60_000 });
  // Another tab makes and opens a second workspace.
  const second = await context.newPage();
  await second.goto("./synthesis/");
  await expect(second.locator(".workspace__kept")).toContainText(loose("with the filter: 3."), { timeout: 60_000 });
  await second.locator(".workspace").getByRole("button", { name: "New workspace" }).click();
  await second.getByLabel(/^Name of the new workspace/).fill("Cycle 2017");
  await second.locator(".workspace").getByRole("button", { name: "Make it and open it" }).click();
  await expect(second.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
  // The first tab still adds to its own, and a reload of it shows its own.
  await first.locator("#file-input").setInputFiles(files.slice(3, 5));
  await expect(first.locator(".workspace__kept")).toContainText(loose("with the filter: 5."), { timeout: 60_000 });
  await first.reload();
  await expect(first.locator(".workspace h2")).toHaveText(loose("Workspace: Unnamed workspace"));
  await expect(first.locator(".workspace__kept")).toContainText(loose("with the filter: 5."), { timeout: 60_000 });
  await second.reload();
  await expect(second.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
  await expect(second.locator(".workspace__kept")).toHaveCount(0);
  // The second tab opens the first's workspace and deletes it: the first is told at once.
  await second.getByLabel("Open another workspace").selectOption({ label: "Unnamed workspace" });
  await expect(second.locator(".workspace__kept")).toContainText(loose("with the filter: 5."), { timeout: 60_000 });
  await second.locator(".workspace").getByRole("button", { name: "Delete this workspace" }).click();
  await second.locator(".workspace").getByRole("button", { name: "Delete it" }).click();
  await expect(second.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
  await expect(first.locator(".workspace [role=alert]")).toHaveText(loose("Another tab deleted this workspace. What this page shows is no longer kept in this browser: files you add now start it again, unnamed. Reload the page to open a kept workspace."));
  // Reloaded, it opens the workspace that is kept.
  await first.reload();
  await expect(first.locator(".workspace h2")).toHaveText(loose("Workspace: Cycle 2017"));
});

test("a full storage while keeping files loses nothing of the session and says what was not kept", async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException("simulated", "QuotaExceededError"); };
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await load(page);
  await expect(page.locator(".workspace [role=alert]")).toHaveText(loose("Files that could not be kept in this browser, its storage being full: 50. They are loaded now, but after a reload you will need to choose them again."));
  await expect(page.locator(".report__summary")).toHaveText(loose("50 files: 45 loaded, 0 duplicates, 5 rejected. 45 responses in the set."));
  await expect(page.locator("#overview-heading")).toBeVisible();
  await expectAccessible(page);
  await page.locator(".workspace").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-27-synthesis-workspace-full.png" });
});

test("the secretariat's edits: themes named and merged, a response left out, quotes chosen, a text written, a question reviewed; they survive a reload and new files, undo and redo, and Part II follows them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const all = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(all.slice(0, 40));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await page.getByLabel("Your name, recorded with each edit you make").fill("Ana Ruiz");
  await page.getByLabel("Your name, recorded with each edit you make").press("Tab");

  // Name the first theme and merge the second into it, with the keyboard.
  const themes = page.locator(".question .theme");
  const before = await themes.count();
  expect(before).toBeGreaterThanOrEqual(3);
  const second = await themes.nth(1).locator("h4").innerText();
  const firstTheme = themes.first();
  await firstTheme.locator("summary", { hasText: "Edit this theme" }).press("Enter");
  await firstTheme.getByLabel("Name of this theme").fill("Trust comes first");
  await firstTheme.getByLabel("Name of this theme").press("Enter");
  await expect(firstTheme.locator("h4")).toHaveText("1. Trust comes first");
  const voices = async (i) => Number((await themes.nth(i).locator(".theme__meta:not(.theme__named)").first().innerText()).match(/\d+/)[0]);
  const [va, vb] = [await voices(0), await voices(1)];
  const secondTheme = themes.nth(1);
  await secondTheme.locator("summary", { hasText: "Edit this theme" }).click();
  await secondTheme.getByLabel("Merge this theme into").selectOption({ label: "1. Trust comes first" });
  await secondTheme.getByRole("button", { name: "Merge" }).click();
  await expect(themes).toHaveCount(before - 1);
  await expect(page.locator(".question")).not.toContainText(second);
  expect(await voices(0)).toBe(va + vb);

  // Choose a published answer as a quote; an unpublished one is refused, and says why.
  const rows = page.locator(".answer-row");
  await expect(rows.first()).toBeVisible();
  const published = rows.filter({ hasText: "Publish it with my name" }).first();
  const quoted = (await published.locator(".answer-row__text").innerText()).trim();
  await published.getByRole("button", { name: "Choose as a quote" }).click();
  await expect(page.locator(".question-editor .pinned")).toContainText(quoted.slice(0, 60));
  await expect(published.getByRole("button", { name: "Take out of the quotes" })).toHaveAttribute("aria-pressed", "true");
  const secret = rows.filter({ hasText: "Do not publish it" }).first();
  const secretText = (await secret.locator(".answer-row__text").innerText()).trim();
  // The generated answers share sentences: one the secret answer shares with another answer to
  // this question may be quoted under that author's name. Its other sentences are its own.
  const shownTexts = await rows.filter({ hasNotText: "Do not publish it" }).locator(".answer-row__text").allInnerTexts();
  const ownSentences = secretText.split(/(?<=[.!?。])\s+/).filter((t) => t.length > 20 && !shownTexts.some((o) => o.includes(t)));
  expect(ownSentences.length).toBeGreaterThan(0);
  await secret.getByRole("button", { name: "Choose as a quote" }).click();
  await expect(secret.getByRole("alert")).toHaveText("This answer cannot be quoted: its author chose not to be published, or has not sent the response.");
  await expect(page.locator(".question-editor .pinned")).toHaveCount(1);

  // Accept a suggested code: it is on the answer, and counted under the question.
  const suggestedRow = rows.filter({ hasText: "Suggested:" }).first();
  const accept = suggestedRow.getByRole("button", { name: /^Accept the code / }).first();
  const codeName = (await accept.getAttribute("aria-label")).replace(/^Accept the code /, "").replace(/ for this answer$/, "").replace(/[\u2068\u2069]/g, "");
  await accept.click();
  await expect(page.locator(".question .codes")).toContainText(codeName);
  // A code of the secretariat's own, from the codebook.
  await page.locator(".editing__codebook summary").click();
  await page.getByLabel("Name of a new code").fill("Phishing");
  await page.getByLabel("Words that suggest it").fill("phish, hameçon");
  await page.getByRole("button", { name: "Add the code" }).click();
  await expect(page.locator(".editing__codebook")).toContainText(loose("Codebook (18 codes)"));

  // Move an answer of a theme to the other answers, with the keyboard: counted there.
  // (Rows stay in response-id order; answers often share a sentence, so the row is found by place.)
  const index = await rows.evaluateAll((all) => all.findIndex((r) => /In theme \u2068?2\./.test(r.querySelector(".answer-row__place")?.textContent ?? "")));
  expect(index).toBeGreaterThanOrEqual(0);
  const inTheme = rows.nth(index);
  const others = async () => Number((((await page.locator(".question").innerText()).replace(/[\u2068\u2069]/g, "")).match(/Of these, (\d+) speak of nothing/) ?? [0, 0])[1]);
  const otherBefore = await others();
  await inTheme.getByRole("button", { name: "Edit this answer" }).press("Enter");
  await inTheme.getByRole("group", { name: "Move it to:" }).getByRole("button", { name: "Other answers" }).press("Enter");
  await expect(rows.nth(index).locator(".answer-row__place")).toHaveText("Among the other answers");
  await expect.poll(others).toBe(otherBefore + 1);

  // Leave a response out as spam: one response fewer everywhere.
  const total = Number((await page.locator(".report__summary").innerText()).match(/(\d[\d,]*)\u2069* responses\u2069* in the set/)[1].replace(/\D/g, ""));
  // A named contributor, listed in Part II until the response is left out.
  const spam = rows.filter({ hasText: "Publish it with my name" }).nth(1);
  const spamWho = (await spam.locator(".answer-row__who bdi").allInnerTexts()).slice(0, 2).join(", ");
  const listed = (await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click())).text;
  expect(listed).toContain(spamWho);
  await spam.getByRole("button", { name: "Edit this answer" }).click();
  await spam.getByRole("group", { name: "Leave this response out" }).getByRole("button", { name: "Spam" }).click();
  await expect(page.locator(".editing")).toContainText(loose("Responses left out by the secretariat: 1."));
  await expect(page.locator("#overview-heading + p")).toContainText(`${total - 1}`);
  await expect(spam).toContainText(loose("Left out: Spam"));

  // The question's text and its review.
  await page.getByLabel("Text for Part II").fill("Contributors agree that trust between teams comes first.\n\nThey differ on who should lead.");
  await expect(page.locator(".question-editor")).toContainText("Not saved yet.");
  await page.getByRole("button", { name: "Save the text" }).click();
  await expect(page.locator(".question-editor")).not.toContainText("Not saved yet.");
  await page.getByLabel("Reviewed: this question's synthesis is ready").check();
  await expect(page.locator(".question-nav__button").first()).toContainText("Reviewed");
  await page.locator(".editing__history summary").click();
  await expect(page.locator(".editing__list li")).toHaveCount(9);
  await expect(page.locator(".editing__list li").first()).toContainText(loose("Ana Ruiz: question 1: marked reviewed"));
  await expectAccessible(page);
  await page.locator(".question-editor").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "target/screenshots/desktop-27-synthesis-edits.png" });

  // What the page shows of the question, without the answer list (loaded on its own time).
  const shown = () => page.locator(".question").evaluate((q) => {
    const copy = q.cloneNode(true);
    copy.querySelectorAll(".answers").forEach((a) => a.remove());
    return copy.textContent;
  });
  const edited = await shown();
  await page.reload();
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(themes.first().locator("h4")).toHaveText("1. Trust comes first");
  expect(await shown()).toBe(edited);
  await expect(page.getByLabel("Your name, recorded with each edit you make")).toHaveValue("Ana Ruiz");
  await expect(page.getByLabel("Text for Part II")).toHaveValue(/trust between teams comes first/);

  // Part II follows the edits, and publication choices still rule.
  const md = (await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click())).text;
  expect(md).toContain("Trust comes first");
  expect(md).toContain("### Selected quotes");
  expect(md).toContain("### Codes");
  expect(md.replace(/[\u2068\u2069]/g, "")).toContain(codeName);
  expect(md).toContain("Contributors agree that trust between teams comes first.\n\nThey differ on who should lead.");
  expect(md).toMatch(/The secretariat left out 1 more \\\(Spam 1\\\)/);
  // Nothing of the secret answer's own in its question's part (the page shows question 1).
  const q1 = md.slice(md.indexOf("## Question 1:"), md.indexOf("## Question 2:"));
  expect(q1.length).toBeGreaterThan(1000);
  for (const sentence of ownSentences) expect(q1).not.toContain(sentence);
  expect(md).not.toContain(secretText);
  expect(md).not.toContain(spamWho);

  // New files: the edits still find their theme.
  await page.locator("#file-input").setInputFiles(all.slice(40));
  await expect(page.locator(".report__summary")).toContainText(loose("45 files"));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(themes.first().locator("h4")).toHaveText("1. Trust comes first");
  await expect(page.locator(".editing")).not.toContainText("no longer find their theme");

  // Undo the review, then redo it.
  await page.getByRole("button", { name: "Undo the last edit" }).click();
  await expect(page.getByLabel("Reviewed: this question's synthesis is ready")).not.toBeChecked();
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(page.getByLabel("Reviewed: this question's synthesis is ready")).toBeChecked();
  await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();
});

test("a workspace file opened in a fresh browser gives the same downloads byte for byte; a damaged one is refused; a colleague's is merged, disagreements side by side", async ({ browser }) => {
  test.setTimeout(120_000);
  const all = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
  const ready = (page) => expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const downloads = async (page) => ({
    md: (await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click())).text,
    csv: (await downloadOf(page, () => page.getByRole("button", { name: /^Download CSV/ }).first().click())).text,
  });
  const open = async (page) => {
    const files = page.locator(".workspace-files");
    if (!(await files.getAttribute("open"))) await files.locator("summary").click();
    return files;
  };

  // Ana's workspace: files, a filter, edits.
  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  await ana.goto("./synthesis/");
  await ana.locator("#file-input").setInputFiles(all.slice(0, 40));
  await ready(ana);
  await ana.getByLabel("Your name, recorded with each edit you make").fill("Ana");
  await ana.getByLabel("Your name, recorded with each edit you make").press("Tab");
  const theme = ana.locator(".question .theme").first();
  await theme.locator("summary", { hasText: "Edit this theme" }).click();
  await theme.getByLabel("Name of this theme").fill("Trust comes first");
  await theme.getByRole("button", { name: "Save the name" }).click();
  await expect(theme.locator("h4")).toHaveText("1. Trust comes first");
  await ana.getByLabel("Text for Part II").fill("Ana's reading of question 1.");
  await ana.getByRole("button", { name: "Save the text" }).click();
  await expect(ana.locator(".editing__history summary")).toContainText(loose("History of edits (2)"));
  await ana.getByLabel(/^English \(\d+\)$/).check();
  await ready(ana);
  const expected = await downloads(ana);
  const file = await downloadOf(ana, async () => (await open(ana)).getByRole("button", { name: "Download this workspace as one file" }).click());
  expect(file.name).toMatch(/^bpf-workspace-unnamed-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = mkdtempSync(join(tmpdir(), "bpf-workspace-"));
  const anaFile = join(dir, file.name);
  writeFileSync(anaFile, file.text);

  // A colleague's fresh browser: a damaged copy is refused and changes nothing; the real one
  // gives the same downloads, byte for byte.
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await ben.goto("./synthesis/");
  const damaged = join(dir, "damaged.json");
  writeFileSync(damaged, file.text.replace("Trust comes first", "Trust comes last"));
  await (await open(ben)).getByLabel("Open a workspace file").setInputFiles(damaged);
  await expect(ben.locator(".workspace-files [role=alert]")).toHaveText("This workspace file was changed or damaged after it was written. Nothing was changed: ask for a new copy.");
  const notJson = join(dir, "notes.json");
  writeFileSync(notJson, "<script>alert(1)</script>");
  await ben.getByLabel("Open a workspace file").setInputFiles(notJson);
  await expect(ben.locator(".workspace-files [role=alert]")).toHaveText("This is not a workspace file of this app. Nothing was changed.");
  await expect(ben.locator(".report__summary")).toHaveCount(0);
  await ben.getByLabel("Open a workspace file").setInputFiles(anaFile);
  await ready(ben);
  await expect(ben.getByLabel(/^English \(\d+\)$/)).toBeChecked();
  await expect(ben.locator(".question .theme h4").first()).toHaveText("1. Trust comes first");
  const got = await downloads(ben);
  expect(got.md).toBe(expected.md);
  expect(got.csv).toBe(expected.csv);

  // Ben edits the same text differently and names himself; his workspace goes back to Ana.
  await ben.getByLabel("Your name, recorded with each edit you make").fill("Ben");
  await ben.getByLabel("Your name, recorded with each edit you make").press("Tab");
  await ben.getByLabel("Text for Part II").fill("Ben's reading of question 1.");
  await ben.getByRole("button", { name: "Save the text" }).click();
  await ben.getByLabel("Reviewed: this question's synthesis is ready").check();
  await expect(ben.locator(".question-nav__button").first()).toContainText("Reviewed");
  const benFile = join(dir, "ben.json");
  writeFileSync(benFile, (await downloadOf(ben, async () => (await open(ben)).getByRole("button", { name: "Download this workspace as one file" }).click())).text);

  await (await open(ana)).getByLabel("Add a colleague's workspace file to this workspace").setInputFiles(benFile);
  await expect(ana.locator(".workspace-files [role=status]")).toHaveText(loose("Added from your colleague's workspace: new files: 0; new edits: 1."));
  const conflicts = ana.locator(".conflicts");
  await expect(conflicts.locator("h2")).toHaveText(loose("Decided differently by you and your colleague: 1"));
  await expect(conflicts.locator(".conflict__side").first()).toContainText("Ana's reading of question 1.");
  await expect(conflicts.locator(".conflict__side").nth(1)).toContainText("Ben's reading of question 1.");
  await expect(conflicts.locator(".conflict__side").nth(1)).toContainText(loose("Your colleague's (Ben)"));
  // Nothing was overwritten: Ana's text stands until she chooses; Ben's review, agreed by nobody else, is in.
  await expect(ana.getByLabel("Text for Part II")).toHaveValue("Ana's reading of question 1.");
  await expect(ana.getByLabel("Reviewed: this question's synthesis is ready")).toBeChecked();
  await expectAccessible(ana);
  await conflicts.scrollIntoViewIfNeeded();
  await ana.screenshot({ path: "target/screenshots/desktop-28-synthesis-conflicts.png" });
  await conflicts.getByRole("button", { name: "Take your colleague's" }).click();
  await expect(conflicts).toHaveCount(0);
  await expect(ana.getByLabel("Text for Part II")).toHaveValue("Ben's reading of question 1.");
  await anaContext.close();
  await benContext.close();
});

test("an edit the full storage cannot keep stays on screen and says so; two tabs' edits are both kept, neither written over", async ({ context }) => {
  const files = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f)).slice(0, 20);
  const first = await context.newPage();
  await first.goto("./synthesis/");
  await first.locator("#file-input").setInputFiles(files);
  await expect(first.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const second = await context.newPage();
  await second.goto("./synthesis/");
  await expect(second.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });

  // The first tab names a theme; the second, opened before, is told and shows it.
  const rename = async (page, name) => {
    const theme = page.locator(".question .theme").first();
    if (!(await theme.locator(".theme__tools[open]").count())) await theme.locator(".theme__tools summary").click();
    await theme.getByLabel("Name of this theme").fill(name);
    await theme.getByRole("button", { name: "Save the name" }).click();
  };
  await rename(first, "Named in the first tab");
  await expect(first.locator(".question .theme h4").first()).toHaveText("1. Named in the first tab");
  await expect(second.locator(".question .theme h4").first()).toHaveText("1. Named in the first tab");
  // The second writes the question's text, on top of the first tab's edit, not over it.
  await second.getByLabel("Text for Part II").fill("Written in the second tab.");
  await second.getByRole("button", { name: "Save the text" }).click();
  await expect(first.getByLabel("Text for Part II")).toHaveValue("Written in the second tab.");
  await first.reload();
  await expect(first.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(first.locator(".question .theme h4").first()).toHaveText("1. Named in the first tab");
  await expect(first.getByLabel("Text for Part II")).toHaveValue("Written in the second tab.");
  await expect(first.locator(".editing__history summary")).toContainText(loose("History of edits (2)"));

  // The storage fills up: the edit is shown, and the page says it is not kept.
  await second.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException("simulated", "QuotaExceededError"); };
  });
  await rename(second, "Named on a full disk");
  await expect(second.locator(".question .theme h4").first()).toHaveText("1. Named on a full disk");
  await expect(second.locator(".editing [role=alert]")).toHaveText("The last edit is shown, but this browser could not keep it, its storage being full: free some space (delete a workspace you no longer need), then make the edit again.");
  await expectAccessible(second);
  // What was kept is intact.
  await first.reload();
  await expect(first.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(first.locator(".question .theme h4").first()).toHaveText("1. Named in the first tab");
  await expect(first.getByLabel("Text for Part II")).toHaveValue("Written in the second tab.");
});

test("text for Part II typed but not saved asks before the page is left, and is kept when the secretariat moves to another question", async ({ page }) => {
  const files = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f)).slice(0, 20);
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await page.getByLabel("Text for Part II").fill("Typed, then left for question 2.");
  await expect(page.locator(".question-editor")).toContainText("Not saved yet.");
  let asked = "";
  page.once("dialog", async (dialog) => {
    asked = dialog.type();
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);
  await page.locator(".question-nav__button").nth(1).click();
  await page.locator(".question-nav__button").first().click();
  await expect(page.getByLabel("Text for Part II")).toHaveValue("Typed, then left for question 2.");
  await expect(page.locator(".question-editor")).not.toContainText("Not saved yet.");
});
