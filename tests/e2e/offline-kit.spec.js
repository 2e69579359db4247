// The offline kit: one HTML file, downloaded from the form, opened from disk with no network,
// works as the form (languages included) and saves a response file the schema accepts.
import { test, expect } from "@playwright/test";
import { copyFileSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile, downloadOf, fillProfile, loose, next, screenshot } from "./helpers.js";

test("the offline kit opens from disk with no network and saves a valid response", async ({ page, browser }) => {
  await page.goto("./");
  const link = page.getByRole("link", { name: /Get the offline version/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("bpf-survey-offline.html");
  const dir = mkdtempSync(join(tmpdir(), "bpf-kit-"));
  const kit = join(dir, "bpf-survey-offline.html");
  copyFileSync(await download.path(), kit);
  expect(statSync(kit).size).toBeGreaterThan(300_000);

  const context = await browser.newContext({ acceptDownloads: true });
  await context.setOffline(true);
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const violations = [];
  const offline = await context.newPage();
  await offline.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`csp ${e.violatedDirective} ${e.blockedURI}`));
  });
  offline.on("console", (m) => { if (m.text().startsWith("csp ")) violations.push(m.text()); });
  await offline.goto(`file://${kit}`);
  await offline.getByRole("button", { name: "Start your response" }).click();
  await fillProfile(offline);
  await next(offline);
  await offline.locator("#answer-q1").fill("Written in the offline kit, far from any network.");
  // Languages travel inside the kit.
  await offline.getByRole("button", { name: "Français" }).click();
  await expect(offline.locator("html")).toHaveAttribute("lang", "fr");
  await expect(offline.locator("#answer-q1")).toHaveValue("Written in the offline kit, far from any network.");
  await offline.getByRole("button", { name: "English" }).click();
  await next(offline);
  await offline.getByLabel("Publish it anonymously").check();
  await next(offline);
  await screenshot(offline, "desktop-offline-kit-review");
  const { name, text } = await downloadOf(offline, () => offline.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(name).toMatch(/^bpf-response-ngcert-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = checkFile(text);
  expect(doc.answers.q1).toBe("Written in the offline kit, far from any network.");
  // A page opened from disk has no web origin: Chromium says "file://", others "null".
  expect(["null", "file://"]).toContain(doc.source.origin);
  await expect(offline.getByRole("heading", { level: 1 })).toContainText("Your response file is saved");
  // Nothing but the file itself was loaded, and its own policy was never broken.
  expect(requests.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
  expect(violations).toEqual([]);
  // The kit does not offer itself again, nor the synthesis page it does not carry.
  await offline.goto(`file://${kit}`);
  await expect(offline.getByRole("link", { name: /Get the offline version/ })).toHaveCount(0);
  // It carries the site's questionnaires: the 2017 example opens from disk, offline.
  await offline.goto(`file://${kit}?questionnaire=questionnaires/igf-bpf-cybersecurity-2017-example.json`);
  await expect(offline.locator("#questionnaire-example")).toBeVisible();
  await offline.getByRole("button", { name: "Start your response" }).click();
  await offline.getByRole("link", { name: "Continue" }).click();
  await expect(offline.locator("#answer-nri-concerns")).toBeVisible();
  expect(requests.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
  // Given the Secretariat's key, the kit says from the start that it cannot encrypt, never
  // promises it, and saves the file as it is.
  const listed = JSON.parse(readFileSync("tests/fixtures/deployment.json", "utf8")).keys[0];
  await offline.goto(`file://${kit}?key=${listed}`);
  await expect(offline.locator(".warning-banner")).toContainText("opened from a file on this device, and such a copy cannot encrypt");
  await offline.getByRole("button", { name: "Start your response" }).click();
  await fillProfile(offline);
  await next(offline);
  await offline.locator("#answer-q1").fill("Keyed link, opened from disk.");
  await next(offline);
  await offline.getByLabel("Publish it anonymously").check();
  await next(offline);
  await expect(offline.locator(".error-message", { hasText: "such a copy cannot encrypt" })).toBeVisible();
  await expect(offline.getByText("will be encrypted for the IGF Secretariat")).toHaveCount(0);
  const keyed = await downloadOf(offline, () => offline.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(keyed.name).toMatch(/\.json$/);
  expect(checkFile(keyed.text).answers.q1).toBe("Keyed link, opened from disk.");
  await expect(offline.getByText("It is encrypted for the IGF Secretariat")).toHaveCount(0);
  await context.close();
});
