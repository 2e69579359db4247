// The questionnaire editor as an NRI would use it: write a questionnaire from nothing, in two
// languages, with a choice question; reorder; read the live check; see the phone-width preview;
// download it; find the draft again after a reload; take it to XLSForm and back unchanged; and
// have a hostile file refused with its reason.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { downloadOf, expectAccessible, loose, screenshot } from "./helpers.js";

test("an NRI writes a questionnaire in two languages, previews it at phone width, downloads it and takes it to XLSForm and back unchanged", async ({ page }) => {
  // An NRI finds the editor from the form's page for embedding it; the secretariat, from the
  // synthesis page.
  await page.goto("./#/embed");
  await page.locator("#embed-editor-link").click();
  await expect(page).toHaveURL(/synthesis\/\?editor$/);
  await page.goto("./synthesis/");
  await page.locator("#editor-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questionnaire editor");
  await page.getByRole("button", { name: "Start a new questionnaire" }).click();
  // Nothing written yet: the check says why, and nothing can be downloaded.
  await expect(page.locator("#editor-status")).toContainText("cannot be used yet");
  await expect(page.locator("#editor-download")).toBeDisabled();

  await page.locator("#questionnaire-id").fill("nri-2027");
  await page.locator("#title-en").fill("Kenya IGF 2027 consultation");
  await page.locator("#question-0-en").fill("What worries you most online?");
  await page.locator("#editor-add-question").selectOption("several-choices");
  await page.locator("#question-1-en").fill("Which of these have you met?");
  await page.locator("#choice-1-0-en").fill("Phishing");
  await page.locator("#choice-1-1-en").fill("Ransomware");
  await page.getByRole("button", { name: "Add a choice" }).click();
  await page.locator("#choice-1-2-en").fill("Online fraud");
  await page.locator("#question-limit-1").fill("2");
  await expect(page.locator("#editor-status")).toContainText(loose("Ready: “nri-2027”, version 1, 2 questions"));

  // French: the English text stands beside each field, and the counts follow.
  await page.locator(".editor__tab", { hasText: "Français" }).click();
  await expect(page.locator(".editor__tab", { hasText: "Français" })).toContainText(loose("0 of 6"));
  await expect(page.locator(".editor__reference").first()).toContainText("Kenya IGF 2027 consultation");
  await page.locator("#title-fr").fill("Consultation de l’IGF Kenya 2027");
  await page.locator("#question-1-fr").fill("Lesquels avez-vous rencontrés ?");
  await expect(page.locator(".editor__tab", { hasText: "Français" })).toContainText(loose("2 of 6"));

  // Reordered: the choice question first, in the fields and the preview.
  await page.getByRole("button", { name: loose("Move question 2 up") }).click();
  await expect(page.locator("#question-id-0")).toHaveValue("q2");
  await page.locator("#preview-language").selectOption("fr");
  const phone = page.locator(".editor__phone");
  await expect(phone.locator(".editor__preview-title")).toHaveText("Consultation de l’IGF Kenya 2027");
  await expect(phone.locator("legend").first()).toContainText("1. Lesquels avez-vous rencontrés ?");
  // Untranslated texts fall back to English, as the form shows them, and the preview says so.
  await expect(phone).toContainText("What worries you most online?");
  await expect(page.locator(".editor__preview")).toContainText(loose("4 of this questionnaire’s 6 texts"));
  const box = await phone.boundingBox();
  expect(box.width).toBeLessThanOrEqual(390);
  await phone.getByLabel("Phishing").check();
  await expectAccessible(page, "questionnaire editor");
  await screenshot(page, "editor");

  const file = await downloadOf(page, () => page.locator("#editor-download").click());
  expect(file.name).toBe("nri-2027-v1.json");
  const q = JSON.parse(file.text);
  expect(q.questions.map((x) => [x.id, x.type])).toEqual([["q2", "several-choices"], ["q1", "long-text"]]);
  expect(q.questions[0].max_choices).toBe(2);
  expect(q.questions[0].choices.map((c) => c.label.en)).toEqual(["Phishing", "Ransomware", "Online fraud"]);
  expect(q.title).toEqual({ en: "Kenya IGF 2027 consultation", fr: "Consultation de l’IGF Kenya 2027" });
  const ready = await page.locator("#editor-status").textContent();

  // The draft outlives a reload.
  await page.reload();
  await expect(page.locator("#title-en")).toHaveValue("Kenya IGF 2027 consultation");

  // To XLSForm and back: the same questionnaire (the same content hash).
  const workbook = await downloadOf(page, () => page.locator("#editor-download-xlsform").click());
  expect(workbook.name).toBe("nri-2027-v1.xlsx");
  expect(workbook.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const dir = mkdtempSync(join(tmpdir(), "bpf-editor-"));
  writeFileSync(join(dir, "form.xlsx"), workbook.bytes);
  await page.getByRole("button", { name: "Start a new questionnaire" }).click();
  await page.locator("#editor-file").setInputFiles(join(dir, "form.xlsx"));
  await expect(page.locator("#editor-note")).toContainText("read whole");
  await expect(page.locator("#editor-status")).toHaveText(ready);

  // A questionnaire with a script in a label is refused by name; the draft stays.
  const hostile = { ...q, questions: [{ ...q.questions[1], text: { en: "<img src=x onerror=alert(1)>" } }] };
  writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile));
  await page.locator("#editor-file").setInputFiles(join(dir, "hostile.json"));
  await expect(page.locator("#editor-note")).toContainText("markup");
  await expect(page.locator("#title-en")).toHaveValue("Kenya IGF 2027 consultation");
});

test("a KoboToolbox workbook opens in the editor, with what it cannot hold named in the page's language", async ({ page }) => {
  await page.goto("./synthesis/?editor&lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Éditeur de questionnaire");
  await page.locator("#editor-file").setInputFiles("tests/fixtures/xlsform/kobo-form.xlsx");
  const note = page.locator("#editor-note");
  await expect(note).toContainText("Le classeur a été lu.");
  await expect(note).toContainText(loose("survey, ligne 8 (where) : le type « geopoint » n’existe pas dans le formulaire ; omis"));
  await expect(note).toContainText(loose("colonne « label::Deutsch (de) » : pas l’une des six langues de l’ONU ; omise"));
  await expect(page.locator("#editor-status")).toContainText("Prêt");
  await expectAccessible(page, "editor after an XLSForm, in French");
});

test("a workbook the editor cannot read as a questionnaire is refused in the page's language, whatever is wrong with it", async ({ page }) => {
  await page.goto("./synthesis/?editor&lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Éditeur de questionnaire");
  const note = page.locator("#editor-note");
  const spaced = (text) => new RegExp(loose(text).source.replaceAll(" ", "[ \\u00a0\\u202f]"));
  // A workbook of answers: no "survey" sheet.
  await page.locator("#editor-file").setInputFiles("tests/fixtures/hostile-tables/not-a-form.xlsx");
  await expect(note).toContainText(spaced("Ce classeur ne peut pas être lu comme un questionnaire : il n’a pas de feuille « survey »"));
  // A few kilobytes that span a whole sheet (the worker aborted on it before).
  await page.locator("#editor-file").setInputFiles("tests/fixtures/hostile-tables/far-cell.xlsx");
  await expect(note).toContainText(spaced("far-cell.xlsx n’a pas pu être lu comme un tableau : il compte 1 048 575 lignes et 16 384 colonnes"));
  // A workbook under a password, and one from before 2007 (they were called "not a questionnaire
  // file" before, as though they were JSON).
  const dir = mkdtempSync(join(tmpdir(), "bpf-editor-"));
  const cfb = (extra) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(extra, "utf16le")]);
  writeFileSync(join(dir, "formulaire.xlsx"), cfb("EncryptedPackage"));
  writeFileSync(join(dir, "ancien.xls"), cfb("Workbook"));
  await page.locator("#editor-file").setInputFiles(join(dir, "formulaire.xlsx"));
  await expect(note).toContainText(spaced("formulaire.xlsx n’a pas pu être lu comme un tableau : il est protégé par un mot de passe"));
  await page.locator("#editor-file").setInputFiles(join(dir, "ancien.xls"));
  await expect(note).toContainText(spaced("ancien.xls n’a pas pu être lu comme un tableau : il est au format Excel d’avant 2007 (.xls)"));
  await expect(page.locator("body")).not.toContainText(/sheet|workbook|could not/i);
  // The worker still reads a good one.
  await page.locator("#editor-file").setInputFiles("tests/fixtures/xlsform/kobo-form.xlsx");
  await expect(note).toContainText("Le classeur a été lu.");
  // The live check says which rule a draft breaks in French too, identifiers as written (it
  // said "question q1 has no text" in an otherwise French sentence).
  await page.getByRole("button", { name: "Commencer un nouveau questionnaire" }).click();
  const status = page.locator("#editor-status");
  await expect(status).toContainText(spaced("la question « q1 » : aucun texte, dans aucune langue"));
  await expect(status).not.toContainText(/has no text|question q1/);
  await page.locator("#question-0-en").fill("Qu’est-ce qui vous inquiète en ligne ?");
  await expect(status).toContainText(spaced("le titre : aucun texte, dans aucune langue"));
  await page.locator("#title-en").fill("Consultation");
  await expect(status).toContainText("Prêt");
});

test("a workbook chosen, then another file before the worker has answered: the last choice is the one that stays", async ({ page }) => {
  // A person opens a large workbook, then thinks better of it and opens a questionnaire file
  // before the worker has finished reading the workbook. The workbook's answer came later and
  // replaced the questionnaire (or, for a refusal, named the file chosen after it).
  const dir = mkdtempSync(join(tmpdir(), "bpf-editor-"));
  const slow = join(dir, "slow.xlsx");
  execFileSync("python3", ["tests/fixtures/xlsform/slow_workbook.py", slow, "150000"]);
  await page.goto("./synthesis/?editor");
  await page.locator("#editor-file").setInputFiles("tests/fixtures/xlsform/kobo-form.xlsx");
  await expect(page.locator("#editor-note")).toContainText("read");
  const title = await page.locator("#title-en").inputValue();
  expect(title).not.toBe("");
  const kept = await downloadOf(page, () => page.locator("#editor-download").click());
  writeFileSync(join(dir, "kept.json"), kept.bytes);
  await page.getByRole("button", { name: "Start a new questionnaire" }).click();
  await expect(page.locator("#title-en")).not.toHaveValue(title);

  await page.locator("#editor-file").setInputFiles(slow);
  await page.locator("#editor-file").setInputFiles(join(dir, "kept.json"));
  await expect(page.locator("#title-en")).toHaveValue(title);
  // The worker answers in order: once it has written this workbook, it has read the slow one.
  const written = await downloadOf(page, () => page.locator("#editor-download-xlsform").click());
  expect(written.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  await expect(page.locator("#title-en")).toHaveValue(title);
  await expect(page.locator("body")).not.toContainText("slow workbook");
  // No note: neither "the workbook was read" nor a refusal of it.
  await expect(page.locator("#editor-note")).toHaveCount(0);
});
