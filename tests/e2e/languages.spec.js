// Six languages: the page starts in the embed option's language, else the person's remembered
// choice, else the browser's; switching keeps everything typed; the response records its
// language; Arabic lays out right to left; every screen passes axe in every language, at phone
// width without sideways scrolling. Screenshots in Arabic and Chinese for people to look at.
import { test, expect } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkFile, downloadOf, expectAccessible, screenshot } from "./helpers.js";

const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"];
const QUESTIONNAIRE = JSON.parse(readFileSync("src/core/questionnaires/igf-bpf-cybersecurity-2016.json", "utf8"));

/** A one-line message of `src/i18n/<lang>.ftl`, as the page shows it. */
function ftl(lang, id) {
  const line = readFileSync(`src/i18n/${lang}.ftl`, "utf8").split("\n").find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${id} is not a one-line message in ${lang}.ftl`);
  return line.slice(id.length + 3);
}

const continueLink = (page) => page.locator(".button-group a.button");

test("the browser's language first, then the person's choice, which is remembered; nothing typed is lost", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("button", { name: ftl("fr", "home-start") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ftl("fr", "about-title"));
  // Countries are named, and sorted, in French.
  await expect(page.locator("#field-country option[value=DE]")).toHaveText("Allemagne");
  await page.locator("#field-name").fill("Amina Diallo");
  await page.locator("#field-capacity").check();
  await page.locator("#field-group-civil-society").check();
  await page.locator("#field-country").selectOption("SN");
  await expect(page.locator("#field-region")).toContainText("Afrique");
  await continueLink(page).click();
  await expect(page.locator("label[for=answer-q1]")).toContainText(QUESTIONNAIRE.questions[0].text.fr);
  const answer = "Les CERT partagent les alertes. سلام. 安全。";
  await page.locator("#answer-q1").fill(answer);

  // Switch to Arabic in the middle of an answer.
  await page.getByRole("navigation", { name: ftl("fr", "language-menu") }).getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ftl("ar", "questions-title"));
  await expect(page.locator("label[for=answer-q1]")).toContainText(QUESTIONNAIRE.questions[0].text.ar);
  await expect(page.locator("#answer-q1")).toHaveValue(answer);
  await expect(page.getByRole("button", { name: "العربية" })).toHaveAttribute("aria-current", "true");
  // The page is mirrored: the answer box's start edge is on the right.
  const box = await page.locator("#answer-q1").boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(heading.x + heading.width).toBeCloseTo(box.x + box.width, 0);

  // A reload keeps both the text and the choice of language.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("#answer-q1")).toHaveValue(answer);

  // Finishing in Chinese records Chinese as the response's language.
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await continueLink(page).click();
  await page.locator("#field-publication").check(); // the first choice: publish with my name
  await continueLink(page).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ftl("zh", "review-title"));
  const { text } = await downloadOf(page, () => page.getByRole("button", { name: ftl("zh", "review-finish") }).click());
  const doc = checkFile(text);
  expect(doc.language).toBe("zh");
  expect(doc.answers.q1).toBe(answer);
  expect(doc.respondent.country).toBe("SN");
  await context.close();
});

test("the page's lang option wins over the remembered choice", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("./?lang=es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: ftl("es", "home-start") })).toBeVisible();
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
});

test("a light accent colour is darkened until white text on it passes AA", async ({ page }) => {
  await page.goto("./?accent=%23ffdd00");
  await expect(page.getByRole("button", { name: "Start your response" })).toBeVisible();
  const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim());
  expect(brand).not.toBe("#ffdd00");
  expect(brand).toMatch(/^#[0-9a-f]{6}$/);
  await expectAccessible(page, "home with a yellow accent");
});

/** Walks every screen of the form in `lang`, calling `check(name)` on each. */
async function everyFormScreen(page, lang, check) {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await check("01-home");
  await page.locator(".button--start").click();
  await page.locator("#field-name").fill(lang === "ar" ? "ليلى أحمد" : lang === "zh" ? "李华" : "Ana Pérez");
  await page.locator("#field-organisation").fill(lang === "ar" ? "الفريق الوطني CERT." : "CNCERT");
  await page.locator("#field-capacity-organisation").check();
  await page.locator("#field-group-technical-community").check();
  await page.locator("#field-country").selectOption(lang === "ar" ? "EG" : lang === "zh" ? "CN" : "MX");
  await expect(page.locator(".save-status")).not.toBeEmpty();
  await check("02-about-you");
  await continueLink(page).click();
  await page.locator("#answer-q1").fill(lang === "ar"
    ? "تتحمل الحكومات مسؤولية السياسات، وتستجيب فرق CERT للحوادث."
    : lang === "zh" ? "政府制定政策，CERT 负责应对网络安全事件。" : "Governments set policy; CERTs respond.");
  await check("03-questions");
  await continueLink(page).click();
  await check("04-publication");
  await continueLink(page).click();
  await page.locator(".button-group button.button").click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await check("05-review-with-errors");
  await page.locator(".error-summary a").first().click();
  await page.locator("#field-publication-anonymous").check();
  await continueLink(page).click();
  await check("06-review");
  await downloadOf(page, () => page.locator(".button-group button.button").click());
  await check("07-done");
  await page.goto(`./?lang=${lang}#/`);
  await expect(page.locator(".response-item")).toHaveCount(1);
  await page.locator(".response-item__actions .button--danger-text").click();
  await check("08-delete-confirmation");
  await page.goto(`./?lang=${lang}#/accessibility`);
  await check("09-accessibility-statement");
  await page.goto(`./?lang=${lang}#/nowhere`);
  await check("10-not-found");
  await page.goto(`./?lang=${lang}#/embed`);
  await expect(page.locator(".embed-preview")).toBeVisible();
  await check("12-embed");
}

const WIDTHS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

for (const lang of LANGUAGES) {
  test(`every screen in ${lang} is accessible and fits a phone`, async ({ page }) => {
    test.setTimeout(120_000);
    const widths = lang === "ar" || lang === "zh" ? ["phone", "desktop"] : ["phone"];
    for (const device of widths) {
      await page.setViewportSize(WIDTHS[device]);
      await page.goto("./");
      await page.evaluate(() => localStorage.clear());
      await everyFormScreen(page, lang, async (name) => {
        await expectAccessible(page, `${lang} ${name} (${device})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${lang} ${name} scrolls sideways at ${device} width`).toBeLessThanOrEqual(0);
        if (lang === "ar" || lang === "zh") await screenshot(page, `${lang}-${device}-${name}`);
      });
      // The synthesis page, loaded with the fixture corpus.
      await page.goto(`./synthesis/?lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      const corpus = readdirSync("tests/fixtures/corpus-45").sort().map((f) => join("tests/fixtures/corpus-45", f));
      await page.locator("#file-input").setInputFiles(corpus);
      await expect(page.locator(".theme").first()).toBeVisible({ timeout: 60_000 });
      await expect(page.locator("#question-heading")).toContainText(QUESTIONNAIRE.questions[0].text[lang].slice(0, 20));
      // Anonymous quotes are attributed in the page's language, not in English.
      const anonymous = page.locator(".quote__who", { hasText: ftl(lang, "quote-anonymous").split(/[,，、،]/)[0] });
      expect(await anonymous.count(), `anonymous attributions in ${lang}`).toBeGreaterThan(0);
      if (lang !== "en") await expect(page.locator(".quote__who", { hasText: "respondent" })).toHaveCount(0);
      await expectAccessible(page, `${lang} synthesis (${device})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang} synthesis scrolls sideways at ${device} width`).toBeLessThanOrEqual(0);
      if (lang === "ar" || lang === "zh") await screenshot(page, `${lang}-${device}-11-synthesis`);
      // Switching language keeps what was loaded and analysed.
      const other = lang === "en" ? "Français" : "English";
      await page.getByRole("button", { name: other }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", lang === "en" ? "fr" : "en");
      await expect(page.locator(".theme").first()).toBeVisible();
      await expect(page.locator("#question-heading")).toContainText(QUESTIONNAIRE.questions[0].text[lang === "en" ? "fr" : "en"].slice(0, 20));
    }
  });
}
