// Contributions with their documents: a respondent adds two (one with a link that is not a web
// address, which the review refuses with its reason), finishes, and the file carries them; the
// secretariat sees every document cited and Part II cites the named contributor's as the seed's
// outline does ("Contribution from …: *Title* – link").
import { test, expect } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerBox, checkFile, downloadOf, expectAccessible, fillProfile, loose, next, startResponse } from "./helpers.js";

test("a respondent sends documents with a response, and Part II cites them", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page);
  await next(page);
  await answerBox(page, 1).fill("Capacity building for CERTs comes first.");
  await page.locator("#documents-add").click();
  await page.locator("#document-0-title").fill("Cybersecurity Competence Building Trends");
  await page.locator("#document-0-link").fill("https://www.diplomacy.edu/cbt");
  await page.locator("#document-0-description").fill("DiploFoundation's survey of capacity building.");
  await page.locator("#documents-add").click();
  await page.locator("#document-1-title").fill("Positioning brief");
  await page.locator("#document-1-link").fill("javascript:alert(1)");
  await expectAccessible(page, "documents on the questions step");
  await next(page);
  await page.getByLabel("Publish it with my name").check();
  await next(page);
  // The review lists them, and refuses the link that is not a web address.
  await expect(page.locator("main")).toContainText("Cybersecurity Competence Building Trends");
  await page.getByRole("button", { name: "Finish and save my response file" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("Enter a link that begins with https:// or http://");
  await summary.getByRole("link").first().click();
  await expect(page.locator("#document-1-link")).toBeFocused();
  await page.locator("#document-1-link").fill("https://nigf.example/brief.pdf");
  await next(page);
  await next(page);
  const { text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  const doc = checkFile(text);
  expect(doc.format_version).toBe(2);
  expect(doc.documents).toEqual([
    { title: "Cybersecurity Competence Building Trends", link: "https://www.diplomacy.edu/cbt", description: "DiploFoundation's survey of capacity building." },
    { title: "Positioning brief", link: "https://nigf.example/brief.pdf", description: "" },
  ]);

  // The secretariat: every document cited, with who sent it; Part II cites them.
  const dir = mkdtempSync(join(tmpdir(), "bpf-documents-"));
  writeFileSync(join(dir, "response.json"), text);
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(join(dir, "response.json"));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const cited = page.locator(".documents-cited__list li");
  await expect(cited).toHaveCount(2);
  await expect(cited.first().getByRole("link")).toHaveAttribute("href", "https://www.diplomacy.edu/cbt");
  await expect(cited.first()).toContainText("Ada Obi, ngCERT");
  const md = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(md.text).toMatch(loose("Contribution from Ada Obi, ngCERT: *Cybersecurity Competence Building Trends* – <https://www.diplomacy.edu/cbt>"));
  expect(md.text).toMatch(loose("Contribution from Ada Obi, ngCERT"));
});
