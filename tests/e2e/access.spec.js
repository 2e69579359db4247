// Every screen passes axe-core's WCAG A/AA rules; the journey works with the keyboard alone;
// screenshots at desktop and phone widths for people to look at.
import { test, expect } from "@playwright/test";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { answerBox, checkFile, downloadOf, expectAccessible, fillProfile, loose, next, screenshot, startResponse, waitSaved } from "./helpers.js";

// "zoom200" is a 1280 × 900 window zoomed to 200%: the page gets 640 × 450 CSS pixels.
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 }, zoom200: { width: 640, height: 450 } };

for (const [device, viewport] of Object.entries(WIDTHS)) {
  test(`every screen is accessible and fits at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const check = async (name) => {
      await expectAccessible(page, `${name} (${device})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await screenshot(page, `${device}-${name}`);
    };
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Start your response" })).toBeVisible();
    await check("01-home");
    await page.getByRole("button", { name: "Start your response" }).click();
    await fillProfile(page);
    await waitSaved(page);
    await check("02-about-you");
    await next(page);
    await answerBox(page, 1).fill("Governments set policy; CERTs respond.\nSecond paragraph.");
    await answerBox(page, 3).fill("Shared training.");
    await waitSaved(page);
    await check("03-questions");
    await next(page);
    await check("04-publication");
    await next(page);
    await page.getByRole("button", { name: "Finish and save my response file" }).click();
    await expect(page.getByText("There is a problem")).toBeVisible();
    await check("05-review-with-errors");
    await page.getByRole("link", { name: "Select how your contribution may be published" }).click();
    await check("06-publication-with-error");
    await page.getByLabel("Publish it anonymously").check();
    await next(page);
    await check("07-review");
    await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
    await check("08-done");
    await page.goto("./");
    await expect(page.locator(".response-item")).toHaveCount(1);
    await check("09-home-with-responses");
    await page.getByRole("button", { name: /^Delete/ }).click();
    await check("10-delete-confirmation");
    await page.goto("./#/nowhere");
    await check("11-not-found");
  });
}

test("the storage warning is accessible", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException("quota", "QuotaExceededError"); };
  });
  await startResponse(page);
  await page.getByLabel("Full name").fill("x");
  await expect(page.getByText("Your answers are not being saved on this device")).toBeVisible();
  await expectAccessible(page, "storage warning");
  await screenshot(page, "desktop-12-storage-full");
});

test("the whole journey works with the keyboard alone", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Start your response" })).toBeVisible();
  const key = (k) => page.keyboard.press(k);
  // Tab until an element with this accessible text or id has focus.
  const tabTo = async (match, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      await key("Tab");
      const hit = await page.evaluate((m) => {
        const el = document.activeElement;
        return !!el && (el.id === m || (el.textContent || "").trim() === m);
      }, match);
      if (hit) return;
    }
    throw new Error(`could not reach ${match} with Tab`);
  };

  await tabTo("Start your response");
  await key("Enter");
  await expect(page.locator("#page-heading")).toBeFocused();
  await tabTo("field-name");
  await page.keyboard.type("Keyboard User");
  await key("Tab"); // organisation
  await page.keyboard.type("Access Now");
  await key("Tab"); // email
  await key("Tab"); // capacity: the first radio
  await expect(page.locator("#field-capacity")).toBeFocused();
  await key("ArrowDown"); // on behalf of an organisation
  await expect(page.getByLabel("On behalf of an organisation")).toBeChecked();
  await key("Tab"); // stakeholder group
  await key("ArrowDown");
  await key("ArrowDown"); // civil society
  await expect(page.getByLabel("Civil society")).toBeChecked();
  await key("Tab"); // country
  await expect(page.locator("#field-country")).toBeFocused();
  await page.keyboard.type("Kenya");
  await expect(page.locator("#field-country")).toHaveValue("KE");
  await tabTo("Continue");
  await key("Enter");
  await expect(page.locator("#page-heading")).toHaveText("Your answers");
  await tabTo("answer-q1");
  await page.keyboard.type("Civil society watches and explains.");
  await tabTo("Continue");
  await key("Enter");
  await tabTo("field-publication");
  await key("Space");
  await expect(page.getByLabel("Publish it with my name")).toBeChecked();
  await tabTo("Continue");
  await key("Enter");
  await expect(page.locator("#page-heading")).toHaveText("Check your response");
  await tabTo("Finish and save my response file", 80);
  const { text } = await downloadOf(page, () => key("Enter"));
  const doc = checkFile(text);
  expect(doc.respondent).toMatchObject({ name: "Keyboard User", organisation: "Access Now", capacity: "organisation", stakeholder_group: "civil-society", country: "KE" });
  expect(doc.answers.q1).toBe("Civil society watches and explains.");
  await expect(page.locator("#page-heading")).toBeFocused();
});

test("the secretariat reaches a question's themes with the keyboard alone", async ({ page }) => {
  await page.goto("./synthesis/");
  await expect(page.getByRole("heading", { level: 1, name: "Synthesis of responses" })).toBeVisible();
  const key = (k) => page.keyboard.press(k);
  const tabTo = async (test, limit = 200) => {
    for (let i = 0; i < limit; i++) {
      await key("Tab");
      if (await page.evaluate(test)) return;
    }
    throw new Error(`could not reach ${test} with Tab`);
  };
  // Listening early lets Playwright intercept the file dialog before the key opens it.
  const chooserOpened = page.waitForEvent("filechooser");
  await tabTo(() => document.activeElement?.textContent?.trim() === "Choose files");
  await key("Enter");
  const chooser = await chooserOpened;
  const dir = "tests/fixtures/corpus-45";
  await chooser.setFiles(readdirSync(dir).sort().map((f) => join(dir, f)));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });

  await tabTo(() => document.activeElement?.classList.contains("question-nav__button")
    && document.activeElement.textContent.replace(/[\u2068\u2069]/g, "").startsWith("Question 3"));
  await key("Enter");
  await expect(page.locator("#question-heading")).toContainText(loose("Question 3:"));
  await tabTo(() => document.activeElement?.closest(".theme-index") !== null);
  const target = await page.evaluate(() => document.activeElement.getAttribute("href").slice(1));
  await key("Enter");
  await expect(page.locator(`#${target}`)).toBeFocused();
  await expect(page.locator(`#${target}`)).toBeInViewport();
  // From the theme, Tab goes on to what is inside it, not back to the top of the page.
  await key("Tab");
  expect(await page.evaluate((id) => document.getElementById(id).compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING, target)).toBeTruthy();
});
