// Responses from other survey tools: the secretariat drops a Google Forms export on the
// synthesis page, checks and changes the suggested mapping, imports it, and the rows join the
// synthesis, kept with the workspace across a reload. A file that is no table is refused.
import { test, expect } from "@playwright/test";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectAccessible, loose, screenshot } from "./helpers.js";

const QUESTIONNAIRE = JSON.parse(readFileSync("src/core/questionnaires/igf-bpf-cybersecurity-2016.json", "utf8"));
const questions = QUESTIONNAIRE.questions.map((q) => q.text.en);
const cell = (c) => `"${String(c).replaceAll('"', '""')}"`;

/** A Google Forms export: a timestamp, the profile, then the questions by their text. */
function googleForms() {
  return googleFormsRows().map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Its rows, the header first. */
function googleFormsRows() {
  const header = ["Timestamp", "Full name", "Email address", "Organisation", "Country", "Stakeholder group", ...questions];
  const rows = [
    ["2017/02/14 10:31:07", "Kwame Mensah", "kwame@example.org", "Ghana CERT", "Ghana", "Government",
      "National CERTs coordinate incident response with banks and telecom operators.", "", "Regional training for CERT staff."],
    ["2017/02/15 11:00:00", "Li Wei", "li@example.org", "", "China", "Academia",
      "Universities train the next generation of security experts.", "Monthly meetings between CERTs and police.", ""],
    ["2017/02/16 09:00:00", "Olga Ivanova", "", "", "Russian Federation", "Civil society",
      "Civil society raises awareness of phishing among older people.", "", ""],
    ["2017/02/17 09:00:00", "Nobody", "", "", "", "Other", "", "", ""],
  ];
  return [header, ...rows];
}

test("a Google Forms export is mapped, imported and kept with the workspace", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const dir = mkdtempSync(join(tmpdir(), "bpf-table-"));
  writeFileSync(join(dir, "nri-survey.csv"), googleForms());
  writeFileSync(join(dir, "empty.csv"), "only a header\n");
  await page.goto("./synthesis/");
  await expect(page.getByRole("heading", { level: 1, name: "Synthesis of responses" })).toBeVisible();
  await page.locator("#file-input").setInputFiles([join(dir, "nri-survey.csv"), join(dir, "empty.csv")]);

  await expect(page.getByRole("alert").filter({ hasText: loose("empty.csv could not be read as a table") })).toContainText(loose("no rows under its header"));
  const mapping = page.getByRole("region", { name: loose("Map the columns of nri-survey.csv") });
  await expect(mapping).toContainText(loose("4 rows and 13 columns"));
  // Suggested from the headers.
  await expect(mapping.getByLabel("Timestamp", { exact: true })).toHaveValue("f:8");
  await expect(mapping.getByLabel("Full name", { exact: true })).toHaveValue("f:0");
  await expect(mapping.getByLabel("Country", { exact: true })).toHaveValue("f:3");
  await expect(mapping.getByLabel("Stakeholder group", { exact: true })).toHaveValue("f:4");
  for (let i = 0; i < 7; i++) await expect(mapping.getByLabel(questions[i], { exact: true })).toHaveValue(`q:q${i + 1}`);
  await expect(mapping.locator("tr", { has: page.getByRole("rowheader", { name: "Full name", exact: true }) })).toContainText("Kwame Mensah");
  await expectAccessible(page, "table mapping");
  await screenshot(page, "synthesis-table-mapping");

  // The secretariat leaves the e-mail out, and knows these respondents agreed to be quoted anonymously.
  await mapping.getByLabel("Email address", { exact: true }).selectOption("ignore");
  await mapping.getByLabel("Publication choice of rows that state none").selectOption("anonymous");
  await mapping.getByLabel("The NRI that ran this survey (optional)").fill("Ghana IGF");
  await mapping.getByRole("button", { name: loose("Import 4 rows") }).click();

  await expect(mapping).toHaveCount(0);
  const note = page.getByRole("status").filter({ hasText: loose("nri-survey (imported).json") });
  await expect(note).toContainText(loose("responses loaded and kept with the workspace's files: 3"));
  await expect(note).toContainText(loose("Row 5: no answer to any question; not imported."));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".report__summary")).toHaveText(loose("1 file: 1 loaded, 0 duplicates, 0 rejected. 3 responses in the set."));
  // Anonymous: no name reaches the page's quotes. (The list of every answer, the secretariat's
  // own view, says who wrote each; checking the whole page raced with that list loading.)
  await expect(page.locator(".quote", { hasText: "National CERTs" }).first()).toContainText("Anonymous");
  await expect(page.locator(".quote", { hasText: "Kwame Mensah" })).toHaveCount(0);
  await expect(page.locator(".quote", { hasText: "Ghana CERT" })).toHaveCount(0);

  // Kept with the workspace: a reload brings the three responses back, no mapping asked again.
  await page.reload();
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".report__summary")).toHaveText(loose("1 file: 1 loaded, 0 duplicates, 0 rejected. 3 responses in the set."));
  await expect(page.getByRole("region", { name: /Map the columns/ })).toHaveCount(0);

  // The same export dropped again is the same responses: counted once.
  // The mapping chosen for this shape of table is remembered: the e-mail stays left out.
  await page.locator("#file-input").setInputFiles(join(dir, "nri-survey.csv"));
  const again = page.getByRole("region", { name: loose("Map the columns of nri-survey.csv") });
  await expect(again).toContainText("as you mapped them last time");
  await expect(again.getByLabel("Email address", { exact: true })).toHaveValue("ignore");
  await expect(again.getByLabel("Full name", { exact: true })).toHaveValue("f:0");
  await again.getByRole("button", { name: loose("Import 4 rows") }).click();
  await expect(page.locator(".report__summary")).toContainText(loose("3 responses in the set."), { timeout: 60_000 });
});

test("a chosen folder's hidden files are left out, Excel's Unicode Text is a table, and old or protected workbooks and sizes are told in the page's language", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const root = mkdtempSync(join(tmpdir(), "bpf-folder-"));
  const dir = join(root, ".responses");
  for (const sub of ["", ".git", "__MACOSX"]) mkdirSync(join(dir, sub), { recursive: true });
  const corpus = readdirSync("tests/fixtures/corpus-45").sort().slice(0, 3);
  for (const f of corpus) copyFileSync(join("tests/fixtures/corpus-45", f), join(dir, f));
  // What a Mac, git and a synced folder leave in it, never seen in a file manager.
  writeFileSync(join(dir, ".DS_Store"), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  writeFileSync(join(dir, ".git", "config"), "[core]\n\tbare = false\n");
  copyFileSync(join("tests/fixtures/corpus-45", corpus[0]), join(dir, "__MACOSX", "._" + corpus[0]));
  // Excel's "Unicode Text (*.txt)": UTF-16 little-endian with its mark, tabs between columns.
  const unicode = googleFormsRows().map((r) => r.join("\t")).join("\r\n") + "\r\n";
  writeFileSync(join(dir, "Responses.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(unicode, "utf16le")]));
  await page.goto("./synthesis/");
  await page.locator("#folder-input").setInputFiles(dir);
  // The folder's own name may start with a dot: what it holds is what the person chose.
  const mapping = page.getByRole("region", { name: loose("Map the columns of .responses/Responses.txt") });
  await expect(mapping).toContainText(loose("4 rows and 13 columns"));
  await expect(mapping.locator("tr", { has: page.getByRole("rowheader", { name: "Full name", exact: true }) })).toContainText("Kwame Mensah");
  await expect(page.locator(".report__summary")).toHaveText(loose("3 files: 3 loaded, 0 duplicates, 0 rejected. 3 responses in the set."), { timeout: 60_000 });
  await expect(page.getByText(".DS_Store")).toHaveCount(0);
  await expect(page.getByText(/\.git|__MACOSX/)).toHaveCount(0);

  // In French: a workbook from before 2007, one under a password, and a file over the limit.
  await page.goto("./synthesis/?lang=fr");
  const cfb = (extra) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(extra, "utf16le")]);
  writeFileSync(join(root, "ancien.xls"), cfb("Workbook"));
  writeFileSync(join(root, "protégé.xlsx"), cfb("EncryptedPackage"));
  writeFileSync(join(root, "énorme.csv"), Buffer.alloc(21_000_000, 0x61));
  writeFileSync(join(root, "énorme.json"), Buffer.alloc(21_000_000, 0x20));
  // And spreadsheets of a few kilobytes that span billions of cells once laid out
  // (tests/fixtures/hostile-tables/make.py): the worker aborted or ran out of memory on them.
  const bombs = ["far-cell.xlsx", "repeated-cells.ods", "endless-spaces.ods"].map((f) => join("tests/fixtures/hostile-tables", f));
  await page.locator("#file-input").setInputFiles([...["ancien.xls", "protégé.xlsx", "énorme.csv", "énorme.json"].map((f) => join(root, f)), ...bombs]);
  const refused = (name) => page.getByRole("alert").filter({ hasText: loose(`${name} n’a pas pu être lu comme un tableau`) });
  await expect(refused("ancien.xls")).toContainText(loose("format Excel d’avant 2007 (.xls)"));
  await expect(refused("protégé.xlsx")).toContainText(loose("protégé par un mot de passe"));
  // 21,000,000 bytes against a limit of 20 MiB: told apart, in French.
  // (French writes a no-break space before the unit and the semicolon.)
  const spaced = (text) => new RegExp(loose(text).source.replaceAll(" ", "[ \\u00a0\\u202f]"));
  await expect(refused("far-cell.xlsx")).toContainText(spaced("il compte 1 048 575 lignes et 16 384 colonnes, plus que la page n’en lit"));
  await expect(refused("repeated-cells.ods")).toContainText(spaced("il compte 6 000 lignes et 16 384 colonnes"));
  await expect(refused("endless-spaces.ods")).toContainText(loose("une fois décompressé, il occuperait"));
  await expect(refused("énorme.csv")).toContainText(spaced("il fait 20,03 Mo, au-delà des 20,00 Mo"));
  await expect(page.locator(".report__row--rejected", { hasText: "énorme.json" })).toContainText(spaced("(20,03 Mo ; la limite est de 20,00 Mo)"), { timeout: 30_000 });
  await screenshot(page, "desktop-synthesis-tables-refused-fr");
  await expect(page.locator("body")).not.toContainText("MB");
  await expect(page.locator("body")).not.toContainText("Zip");
});
