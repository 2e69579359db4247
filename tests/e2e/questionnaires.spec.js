// Questionnaires as files: the 2017 example named in the page address, walked through in
// Arabic with every kind of question; drafts of two questionnaires side by side, each with its
// own questions; questionnaires from unlisted sites or with markup refused with a reason while
// the built-in one keeps working.
import { test, expect } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { join } from "node:path";
import { checkFile, downloadOf, expectAccessible, loose, screenshot } from "./helpers.js";

function reseal(doc) {
  const { integrity, ...rest } = doc;
  return { ...rest, integrity: { ...integrity, digest: createHash("sha256").update(canonicalize(rest), "utf8").digest("hex") } };
}

const EXAMPLE = "questionnaires/igf-bpf-cybersecurity-2017-example.json";
const q2017 = JSON.parse(readFileSync(`src/core/questionnaires/igf-bpf-cybersecurity-2017-example.json`, "utf8"));
const ar = (id) => {
  const line = readFileSync("src/i18n/ar.ftl", "utf8").split("\n").find((l) => l.startsWith(`${id} = `));
  return line.slice(id.length + 3);
};

test("the 2017 example questionnaire, walked through in Arabic, saves a response that names it", async ({ page }) => {
  await page.goto(`./?questionnaire=${EXAMPLE}&lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(q2017.title.ar);
  await expect(page.locator("#questionnaire-example")).toHaveText(ar("questionnaire-example"));
  await page.locator(".button--start").click();

  // About you: every detail is asked by this questionnaire.
  await page.locator("#field-name").fill("ليلى أحمد");
  await page.locator("#field-capacity-organisation").check();
  await page.locator("#field-organisation").fill("مبادرة");
  await page.locator("#field-group").check();
  await page.locator("#field-country").selectOption("EG");
  await page.getByRole("link", { name: ar("continue") }).click();

  // The questions: long text, checkboxes (up to three), radios, a short line.
  const [concerns, sdgs, practices, processes, bpf, meeting, one] = q2017.questions;
  await expect(page.locator("legend").filter({ hasText: sdgs.text.ar })).toBeVisible();
  await page.locator(`#answer-${concerns.id}`).fill("الجرائم الإلكترونية ضد المصارف المحلية.");
  for (const id of ["sdg-4", "sdg-9", "sdg-16", "sdg-5"]) {
    await page.locator(`#answer-sdgs-${id}`).check();
  }
  await page.locator(`#answer-${processes.id}`).check();
  await page.locator(`#answer-${meeting.id}-maybe`).check();
  await page.locator(`#answer-${one.id}`).fill("فرق الاستجابة للطوارئ الحاسوبية");
  await expectAccessible(page, "2017 questions in Arabic");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "questionnaire-2017-arabic-phone");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: ar("continue") }).click();
  await page.getByLabel(ar("publication-anonymous")).check();
  await page.getByRole("link", { name: ar("continue") }).click();

  // Four goals of three allowed: the review says so, and leads back to the question.
  await page.getByRole("button", { name: ar("review-finish") }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText(loose(ar("error-too-many-choices").replace("{ $max }", "3")));
  await summary.getByRole("link").first().click();
  await page.locator("#answer-sdgs-sdg-5").uncheck();
  await page.getByRole("link", { name: ar("continue") }).click();
  await page.getByRole("link", { name: ar("continue") }).click();
  // The review shows the choices by their labels.
  await expect(page.locator("main")).toContainText(sdgs.choices.find((c) => c.id === "sdg-16").label.ar);
  const { text } = await downloadOf(page, () => page.getByRole("button", { name: ar("review-finish") }).click());
  const doc = checkFile(text);
  // Format version 2: the response names exactly the questions answered.
  expect(doc.format_version).toBe(2);
  expect(doc.questionnaire).toEqual({ id: q2017.id, version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(doc.language).toBe("ar");
  expect(doc.answers).toEqual({
    [concerns.id]: "الجرائم الإلكترونية ضد المصارف المحلية.",
    [sdgs.id]: "sdg-4 sdg-9 sdg-16",
    [processes.id]: "un-gge",
    [meeting.id]: "maybe",
    [one.id]: "فرق الاستجابة للطوارئ الحاسوبية",
  });
  expect(practices.id && bpf.id).toBeTruthy();

  // The secretariat synthesises the 2017 call in a workspace of its own: this file, four more
  // like it, a 2016 response and one to an edited copy of the questionnaire.
  const dir = mkdtempSync(join(tmpdir(), "bpf-2017-"));
  const variants = [
    ["sdg-4", "yes", "government"],
    ["sdg-4 sdg-16", "yes", "civil-society"],
    ["sdg-9", "no", "government"],
    ["sdg-4 sdg-9", "yes", "academia"],
  ];
  const files = [join(dir, "arabic.json")];
  writeFileSync(files[0], text);
  variants.forEach(([goals, meets, group], i) => {
    const copy = reseal({
      ...doc,
      response_id: `0f8fad5b-d9cb-469f-a165-7086772895${10 + i}`,
      respondent: { ...doc.respondent, stakeholder_group: group },
      answers: { ...doc.answers, [sdgs.id]: goals, [meeting.id]: meets },
    });
    files.push(join(dir, `r${i}.json`));
    writeFileSync(files.at(-1), JSON.stringify(copy, null, 2));
  });
  const edited = reseal({ ...doc, response_id: "0f8fad5b-d9cb-469f-a165-708677289599", questionnaire: { ...doc.questionnaire, hash: "0".repeat(64) } });
  writeFileSync(join(dir, "edited-copy.json"), JSON.stringify(edited, null, 2));
  const older = readFileSync("tests/fixtures/format/response-v1.json");
  writeFileSync(join(dir, "from-2016.json"), older);
  files.push(join(dir, "edited-copy.json"), join(dir, "from-2016.json"));

  await page.goto("./synthesis/?lang=en");
  await expect(page.locator("#questionnaire-current")).toContainText("igf-bpf-cybersecurity-2016");
  await page.locator("#questionnaire-select").selectOption("example-2017");
  await expect(page.locator("#questionnaire-current")).toContainText(q2017.title.en);
  await page.locator("#file-input").setInputFiles(files);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  const row = (name) => page.locator(".report__row", { hasText: name });
  await page.getByText("Show every file").click();
  await expect(row("from-2016.json")).toContainText(loose("It answers a different questionnaire (igf-bpf-cybersecurity-2016, version 1)"));
  await expect(row("edited-copy.json")).toContainText(loose("another edition of questionnaire igf-bpf-cybersecurity-2017-example"));
  // Once files are loaded, the questionnaire stays: another one needs a workspace of its own.
  await expect(page.locator("#questionnaire-select")).toHaveCount(0);

  // Question 2 counts the goals chosen, by stakeholder group.
  await page.locator(".question-nav__button").nth(1).click();
  const label = (id) => sdgs.choices.find((c) => c.id === id).label.en;
  const table = page.locator(".choices-table");
  await expect(table.locator("tr", { hasText: label("sdg-4") })).toContainText("4");
  await expect(table.locator("tr", { hasText: label("sdg-16") }).locator("td").first()).toHaveText("2");
  await expect(table.locator("tr", { hasText: label("sdg-9") }).locator("td").first()).toHaveText("3");
  await expect(page.locator("figure.chart", { hasText: loose("Answers to question 2 by choice") })).toContainText(label("sdg-4"));
  await expectAccessible(page, "choice question on the synthesis page");
  await screenshot(page, "synthesis-2017-choices");

  // The workspace keeps its questionnaire: reopened, the same files load again.
  await page.reload();
  await expect(page.locator("#questionnaire-current")).toContainText(q2017.title.en);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".report__summary")).toContainText(loose("5 responses in the set"));

  // Part II counts the choices by their labels.
  const part2 = await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click());
  expect(part2.text).toContain(q2017.title.en.replace(/[()]/g, "\\$&"));
  expect(part2.text).toContain(label("sdg-16").replace(/[()]/g, "\\$&"));
  expect(part2.text).not.toContain("sdg-16");
});

test("drafts of two questionnaires each keep their own questions, offline too", async ({ page, context }) => {
  await page.goto(`./?questionnaire=${EXAMPLE}`);
  await expect(page.locator("#questionnaire-example")).toBeVisible();
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.getByLabel("Organisation", { exact: true }).fill("Kenya IGF secretariat");
  await page.getByRole("link", { name: "Continue" }).click();
  await page.locator("#answer-nri-concerns").fill("Mobile money fraud.");
  await expect(page.locator(".save-status")).toContainText("Saved on this device at");

  // The built-in questionnaire, in the same browser: a second draft.
  await page.goto("./");
  await expect(page.locator("#questionnaire-example")).toHaveCount(0);
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.getByLabel("Organisation", { exact: true }).fill("ngCERT");
  await page.getByRole("link", { name: "Continue" }).click();
  await page.locator("#answer-q1").fill("Training.");
  await expect(page.locator(".save-status")).toContainText("Saved on this device at");

  // With the network gone: the form for the built-in questionnaire lists its own draft and
  // sends the person to the form for any questionnaire (form.html, kept by the service worker
  // since the first visit) for the other. There both are listed; the 2017 one says which
  // questionnaire it answers, and opens with its own questions.
  await context.setOffline(true);
  await page.goto("./");
  await expect(page.locator(".response-item")).toHaveCount(1);
  await expect(page.locator(".response-item")).toContainText("ngCERT");
  await screenshot(page, "desktop-home-other-questionnaire-drafts");
  await page.getByRole("link", { name: loose("One response to another questionnaire is on this device: open it with the other questionnaires.") }).click();
  await expect(page).toHaveURL(/\/form\.html/);
  const items = page.locator(".response-item");
  await expect(items).toHaveCount(2);
  const kenya = items.filter({ hasText: "Kenya IGF secretariat" });
  await expect(kenya).toContainText(loose(`Questionnaire: ${q2017.title.en}`));
  await expect(items.filter({ hasText: "ngCERT" })).not.toContainText("Questionnaire:");
  await kenya.getByRole("link", { name: /Open/ }).click();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.locator("#answer-nri-concerns")).toHaveValue("Mobile money fraud.");
  await expect(page.locator("#answer-q1")).toHaveCount(0);
  // The same draft's address on the form for the built-in questionnaire leads there too.
  const address = new URL(page.url());
  await page.goto(`./${address.hash}`);
  await expect(page).toHaveURL(/\/form\.html#\/response\//);
  await expect(page.locator("#answer-nri-concerns")).toHaveValue("Mobile money fraud.");
  await context.setOffline(false);
});

test("a questionnaire from an unlisted site, or with markup, is refused with a reason and the form keeps working", async ({ page }) => {
  await page.goto("./?questionnaire=https://evil.example/q.json");
  const banner = page.getByRole("alert").filter({ hasText: "cannot be used" });
  await expect(banner).toContainText("it is on a site this form does not list");
  await expect(banner).toContainText("You are answering the built-in questionnaire.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("IGF Best Practice Forum on Cybersecurity: call for contributions");

  const dir = mkdtempSync(join(tmpdir(), "bpf-questionnaire-"));
  const hostile = { ...q2017, questions: [{ ...q2017.questions[0], text: { en: "<img src=x onerror=alert(1)>" } }] };
  writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile));
  let alerted = false;
  page.on("dialog", (d) => { alerted = true; d.dismiss(); });
  await page.locator("#other-questionnaire summary").click();
  await page.getByLabel("Questionnaire file").setInputFiles(join(dir, "hostile.json"));
  await expect(page.getByRole("alert").filter({ hasText: "hostile.json" })).toContainText("it breaks a rule of questionnaires");
  expect(alerted).toBe(false);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  // The built-in questionnaire still works.
  await page.getByRole("button", { name: "Start your response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();

  // A good file opened the same way becomes the questionnaire new responses answer: from the
  // form for the built-in questionnaire, by way of the form for any.
  await page.goto("./");
  writeFileSync(join(dir, "ok.json"), JSON.stringify(q2017));
  await page.getByRole("link", { name: "Answer another questionnaire" }).click();
  await expect(page).toHaveURL(/\/form\.html/);
  await page.locator("#other-questionnaire summary").click();
  await page.getByLabel("Questionnaire file").setInputFiles(join(dir, "ok.json"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(q2017.title.en);
  await expectAccessible(page, "start page with another questionnaire");
});
