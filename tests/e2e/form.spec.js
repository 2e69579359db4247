// The respondent's journey: fill, reload, finish, download; the file validates and verifies.
import { test, expect } from "@playwright/test";
import { loose, answerBox, checkFile, downloadOf, fillProfile, next, screenshot, startResponse, waitSaved } from "./helpers.js";

const ANSWERS = {
  1: "Governments set the legal framework;\nCERTs respond to incidents.\n\n  Civil society raises awareness.",
  3: "Regional CERT exercises, shared training and mentoring between national teams.",
  5: "FIRST and APWG working groups; التعاون الإقليمي; 区域合作。",
};

test("typed answers survive a reload, to the caret", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page);
  await expect(page.locator("#field-region")).toContainText("Sub-Saharan Africa");
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your answers" })).toBeVisible();
  for (const [n, text] of Object.entries(ANSWERS)) await answerBox(page, n).fill(text);
  // Type the last words key by key, as a person does, and leave the caret mid-sentence.
  await answerBox(page, 5).focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" More.");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await waitSaved(page);
  await expect(page.locator("#answer-q5-count")).toContainText(loose("12 words, 60 characters"));

  await page.reload();
  for (const [n, text] of Object.entries(ANSWERS)) {
    await expect(answerBox(page, n)).toHaveValue(n === "5" ? `${text} More.` : text);
  }
  await expect(answerBox(page, 5)).toBeFocused();
  const caret = await answerBox(page, 5).evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length]);
  expect(caret[0]).toBe(caret[2] - 2);
  expect(caret[1]).toBe(caret[0]);

  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByLabel("Full name")).toHaveValue("Ada Obi");
  await expect(page.getByLabel("On behalf of an organisation")).toBeChecked();
  await expect(page.getByLabel("Country")).toHaveValue("NG");
});

test("finishing saves a response file that validates against the schema and verifies", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page);
  await next(page);
  for (const [n, text] of Object.entries(ANSWERS)) await answerBox(page, n).fill(text);
  await next(page);
  await page.getByLabel("Publish it with my name").check();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your response" })).toBeVisible();
  await expect(page.locator(".summary-list").nth(1)).toContainText("CERTs respond to incidents.");
  const { name, text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(name).toMatch(/^bpf-response-ngcert-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your response file is saved" })).toBeVisible();
  await expect(page.locator(".filename")).toHaveText(name);

  const doc = checkFile(text);
  expect(doc.status).toBe("finished");
  expect(doc.format_version).toBe(2);
  expect(doc.questionnaire).toEqual({ id: "igf-bpf-cybersecurity-2016", version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(doc.response_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(doc.respondent).toMatchObject({ name: "Ada Obi", organisation: "ngCERT", capacity: "organisation", stakeholder_group: "government", country: "NG", nri: "Nigeria IGF" });
  expect(doc.respondent.m49.subregion_name).toBe("Sub-Saharan Africa");
  expect(doc.publication).toBe("named");
  expect(doc.answers).toEqual({ q1: ANSWERS[1], q3: ANSWERS[3], q5: ANSWERS[5] });
  expect(doc.source.origin).toBe("http://127.0.0.1:8765");
  expect(Date.parse(doc.exported)).toBeGreaterThanOrEqual(Date.parse(doc.updated) - 1);

  // Downloading again gives the same response, still verifiable.
  const again = await downloadOf(page, () => page.getByRole("button", { name: "Download the file again" }).click());
  expect(checkFile(again.text).response_id).toBe(doc.response_id);
});

test("finishing with something missing shows the error summary, and each error leads to its field", async ({ page }) => {
  await startResponse(page);
  await page.getByLabel("Full name").fill("Ada Obi");
  await page.goto(page.url().replace("/about", "/review"));
  await page.getByRole("button", { name: "Finish and save my response file" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error:/);
  for (const message of ["Select the capacity in which you respond", "Select your stakeholder group", "Select your country", "Answer at least one question", "Select how your contribution may be published"]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await summary.getByRole("link", { name: "Select your country" }).click();
  await expect(page.getByLabel("Country")).toBeFocused();
  await expect(page.locator("#field-country-error")).toContainText("Select your country");
  await page.getByLabel("Country").selectOption("FI");
  await expect(page.locator("#field-country-error")).toHaveCount(0);
});

test("a bad email address is caught at review and the address is kept as typed", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page, { email: "ada at example" });
  await next(page);
  await answerBox(page, 2).fill("Mailing lists and ISACs.");
  await next(page);
  await page.getByLabel("Do not publish it").check();
  await next(page);
  await page.getByRole("button", { name: "Finish and save my response file" }).click();
  await page.getByRole("link", { name: /Enter an email address in the correct format/ }).click();
  await expect(page.getByLabel("Email address (optional)")).toBeFocused();
  await expect(page.getByLabel("Email address (optional)")).toHaveValue("ada at example");
});

test("the NRI field suggests the known initiatives as one types, and any other name may still be written", async ({ page }) => {
  await startResponse(page);
  const nri = page.getByLabel("National or Regional IGF initiative (NRI)", { exact: true });
  const list = page.locator(`#${await nri.getAttribute("list")}`);
  await expect(list.locator("option")).toHaveCount(67);
  await expect(list.locator('option[value="Asia Pacific Regional IGF"]')).toHaveAttribute("label", "APrIGF");
  await expect(list.locator('option[value="Nigeria IGF"]')).toHaveAttribute("label", "NIGF");
  await expect(page.locator("#field-nri-hint")).toContainText("choose it from the list as you type");
  // A name not in the list is kept as typed.
  await fillProfile(page, { nri: "Igf Burkina Faso" });
  await waitSaved(page);
  await page.reload();
  await expect(nri).toHaveValue("Igf Burkina Faso");
});

test("a long address in an answer wraps on a phone, and a double click on finish saves one file", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await startResponse(page);
  await fillProfile(page);
  await next(page);
  await answerBox(page, 1).fill(`See https://example.org/${"report-".repeat(60)}final.pdf for our findings.`);
  await next(page);
  await page.getByLabel("Publish it anonymously").check();
  await next(page);
  await expect(page.getByText("final.pdf for our findings")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: "Finish and save my response file" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "Your response file is saved" })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(downloads).toBe(1);
});

test("an answer over its limit is told at once, at the question, and the summary names the question", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page);
  await next(page);
  // A report pasted whole: 30,012 characters where 30,000 are allowed.
  const pasted = "Incident sharing between national CERTs and banks. ".repeat(588) + "x".repeat(24);
  expect(pasted.length).toBe(30_012);
  await answerBox(page, 3).fill(pasted);
  const over = page.locator("#answer-q3-over");
  await expect(over).toHaveText(loose("You have 12 characters too many. The limit is 30,000: shorten your answer, or give the rest as a document below."));
  await expect(answerBox(page, 3)).toHaveAttribute("aria-describedby", /answer-q3-over/);
  await over.scrollIntoViewIfNeeded();
  await screenshot(page, "desktop-06-answer-over-limit");
  // Typing is never blocked: the person goes on, then trims.
  await answerBox(page, 3).press("End");
  await page.keyboard.type("!");
  await expect(over).toContainText(loose("13 characters too many"));
  await next(page);
  await page.getByLabel("Publish it with my name").check();
  await next(page);
  await page.getByRole("button", { name: "Finish and save my response file" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.getByRole("link", { name: loose("Question 3: This must be 30,000 characters or fewer") }).click();
  await expect(answerBox(page, 3)).toBeFocused();
  await answerBox(page, 3).fill(pasted.slice(0, 30_000));
  await expect(over).toHaveCount(0);
  await expect(page.locator("#answer-q3-count")).toContainText(loose("30,000 characters"));
});
