// Hostile input in the browser: the corpus of tests/fixtures/hostile/ plus a thousand tiny files
// loaded into the synthesis page, and hostile text typed into the form. Nothing runs, every bad
// file gets its reason, and every export keeps the text inert.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { downloadOf, fillProfile, loose, next, startResponse } from "./helpers.js";

const HOSTILE = "tests/fixtures/hostile";
const SCRIPT = `<script>window.__pwned = "typed"</script><img src=x onerror="window.__pwned='typed-img'">`;

test.beforeEach(async ({ page }) => {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});

/** A thousand small, valid response files in a fresh folder. */
function tinyFiles(count) {
  const dir = mkdtempSync(join(tmpdir(), "bpf-tiny-"));
  const base = JSON.parse(readFileSync("tests/fixtures/corpus-45/response-000000.json", "utf8"));
  delete base.integrity;
  for (let i = 0; i < count; i++) {
    const doc = { ...base, response_id: `10000000-0000-4000-8000-${String(i).padStart(12, "0")}`, answers: { q1: `Tiny answer ${i}.` } };
    const digest = createHash("sha256").update(canonicalize(doc), "utf8").digest("hex");
    writeFileSync(join(dir, `tiny-${i}.json`), JSON.stringify({ ...doc, integrity: { algorithm: "sha-256", canonicalization: "rfc8785", digest } }));
  }
  return readdirSync(dir).map((f) => join(dir, f));
}

test("the hostile corpus and a thousand tiny files: reasons for the bad, text for the rest", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("./synthesis/");
  const expected = JSON.parse(readFileSync(join(HOSTILE, "expected.json"), "utf8"));
  const hostile = Object.keys(expected).map((f) => join(HOSTILE, f));
  await page.locator("#file-input").setInputFiles([...hostile, ...tinyFiles(1000)]);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 90_000 });
  await expect(page.locator(".report__summary")).toHaveText(loose("1,010 files: 1,005 loaded, 0 duplicates, 5 rejected. 1,005 responses in the set."));

  await page.getByText("Show every file").click();
  const row = (name) => page.locator(".report__row", { hasText: name });
  await expect(row("deeply-nested.json")).toContainText("not a BPF survey response or bundle");
  await expect(row("duplicate-keys.json")).toContainText(loose("has the key “q1” twice in one place"));
  await expect(row("invalid-utf8.json")).toContainText("not a text file");
  await expect(row("numbers-for-text.json")).toContainText("damaged");
  await expect(row("bundle-claims-more.json")).toContainText(loose("says it holds 5 responses but holds 2"));

  // The answers are shown as the text they are.
  await page.locator("#answer-search").fill("pwned");
  await expect(page.locator(".answer-row__text").first()).toContainText('<script>window.__pwned = "script"</script>');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator(".answers script, .answers img, .answers iframe")).toHaveCount(0);
  await expect(page.locator("a[href^='javascript']")).toHaveCount(0);

  const report = await downloadOf(page, () => page.getByRole("button", { name: "Download as a web page (to print or save as PDF)" }).click());
  expect(report.text).toContain("&lt;script&gt;window.__pwned");
  expect(report.text).not.toContain("<script>window.__pwned");
  expect(report.text).not.toContain('href="javascript');
  const csv = await downloadOf(page, () => page.getByRole("button", { name: "Download CSV", exact: true }).click());
  for (const formula of ["'=HYPERLINK", "'+1+1", "'-2+3", "'@SUM(A1)", "'＝1+1"]) expect(csv.text).toContain(formula);
  expect(csv.text).not.toMatch(/(^|,)"?(=HYPERLINK|\+1\+1|-2\+3|@SUM|＝1\+1)/m);
  // The report itself, opened in the browser, runs nothing either.
  const opened = await page.context().newPage();
  await opened.setContent(report.text);
  expect(await opened.evaluate(() => window.__pwned)).toBeUndefined();
  await opened.close();
});

test("hostile text typed into the form stays text, on screen and in the file", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page, { name: SCRIPT, organisation: "=HYPERLINK(\"https://evil.example\")" });
  await next(page);
  await page.locator("#answer-q1").fill(`Before ${SCRIPT} after \u202Ereversed\u202C.`);
  await next(page);
  await page.getByLabel("Publish it with my name").check();
  await next(page);
  await expect(page.locator(".user-text", { hasText: "<script>window.__pwned" }).first()).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator("main script, main img")).toHaveCount(0);
  const { text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  const doc = JSON.parse(text);
  expect(doc.respondent.name).toBe(SCRIPT);
  expect(doc.answers.q1).toContain("\u202Ereversed\u202C");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
