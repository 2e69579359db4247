// Both pages ship a strict Content-Security-Policy and work under it: a respondent's whole
// journey and the secretariat's load-and-export raise no violation report, while a script
// injected into the page is refused.
import { test, expect } from "@playwright/test";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { downloadOf, fillProfile, next, startResponse, waitSaved } from "./helpers.js";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});

const violations = (page) => page.evaluate(() => window.__violations);

async function expectPolicy(page) {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("script-src 'self' 'sha256-");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toMatch(/'unsafe-eval'/);
  // An injected inline script does not run, and is reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.head.append(s);
    return window.__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src/));
  await page.evaluate(() => (window.__violations = []));
}

test("the respondent's journey raises no policy violation", async ({ page }) => {
  await startResponse(page);
  await expectPolicy(page);
  await fillProfile(page);
  await waitSaved(page);
  await next(page);
  await page.locator("#answer-q1").fill("Answer written under a strict policy.");
  // Another language is fetched from the site: allowed.
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: "English" }).click();
  await next(page);
  await page.getByLabel("Publish it anonymously").check();
  await next(page);
  const { text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(JSON.parse(text).answers.q1).toBe("Answer written under a strict policy.");
  await page.goto("./#/accessibility");
  await expect(page.locator("#page-heading")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("the secretariat's synthesis raises no policy violation", async ({ page }) => {
  await page.goto("./synthesis/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectPolicy(page);
  const dir = "tests/fixtures/corpus-45";
  await page.locator("#file-input").setInputFiles(readdirSync(dir).sort().map((f) => join(dir, f)));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("button", { name: "English" }).click();
  const { name } = await downloadOf(page, () => page.getByRole("button", { name: "Download as a web page (to print or save as PDF)" }).click());
  expect(name).toMatch(/\.html$/);
  expect(await violations(page)).toEqual([]);
});
