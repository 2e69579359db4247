// Encrypted response files on the synthesis page: the Secretariat makes a key pair (the
// identity file is downloaded, the public key shown); encrypted files wait until the identity
// file is chosen, then load; a file for another key and a damaged one say so.
import { test, expect } from "@playwright/test";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { downloadOf, expectAccessible, fillProfile, loose, next, screenshot } from "./helpers.js";

const DIR = "tests/fixtures/encrypted";

/** From the start page to the review of a response with `answer` to question 1. */
async function toReview(page, answer) {
  await page.getByRole("button", { name: "Start your response" }).click();
  await fillProfile(page);
  await next(page);
  await page.locator("#answer-q1").fill(answer);
  await next(page);
  await page.getByLabel("Publish it anonymously").check();
  await next(page);
}

test("making a key pair downloads the identity file and shows the public key", async ({ page }) => {
  await page.goto("./synthesis/");
  await page.getByText("Encryption keys").click();
  const { name, text } = await downloadOf(page, () => page.getByRole("button", { name: "Make a new key pair" }).click());
  expect(name).toMatch(/^bpf-survey-identity-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(text).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/m);
  const publicKey = await page.getByLabel("Public key: publish it, and give it to NRIs for their forms").inputValue();
  expect(publicKey).toMatch(/^age1[0-9a-z]+$/);
  expect(text).toContain(`# public key: ${publicKey}`);
  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  // Never stored in the browser.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain("AGE-SECRET-KEY");
  await expectAccessible(page, "key pair made");
});

test("encrypted files wait for the identity file, then load; the wrong key and damage are reported", async ({ page }) => {
  await page.goto("./synthesis/");
  const files = ["response-1.json.age", "response-2.json.age", "other-key.json.age", "truncated.json.age"].map((f) => join(DIR, f));
  const plain = readdirSync("tests/fixtures/corpus-45").sort().slice(0, 3).map((f) => join("tests/fixtures/corpus-45", f));
  await page.locator("#file-input").setInputFiles([...files, ...plain]);
  const prompt = page.locator(".key-prompt");
  await expect(prompt).toContainText(loose("Files encrypted for the Secretariat: 4."));
  await expect(page.locator(".report__summary")).toContainText(loose("3 loaded"));
  await expectAccessible(page, "encrypted files waiting");
  await screenshot(page, "desktop-encrypted-waiting");

  // Not an identity file: said plainly, nothing lost.
  await page.locator("#identity-input").setInputFiles(join("tests/fixtures/corpus-45", readdirSync("tests/fixtures/corpus-45").sort()[0]));
  await expect(page.getByRole("alert")).toContainText("holds no age secret key");

  await page.locator("#identity-input").setInputFiles(join(DIR, "identity.txt"));
  await expect(page.locator(".report__summary")).toContainText(loose("5 loaded"));
  await page.getByText("Show every file").click();
  const row = (name) => page.locator(".report__row", { hasText: name });
  await expect(row("response-1.json.age")).toContainText("Loaded");
  await expect(row("other-key.json.age")).toContainText("different key than the identity file you chose");
  await expect(row("truncated.json.age")).toContainText("damaged or incomplete");
  // The file for another key still waits, in case its identity file comes.
  await expect(prompt).toContainText(loose("Files encrypted for the Secretariat: 1."));
  await expect(page.locator(".status-line")).toContainText(loose("Synthesis ready: 5 responses"), { timeout: 60_000 });
  await page.locator("#answer-search").fill("confidential");
  await expect(page.locator(".answer-row__text").first()).toContainText("A confidential answer about incident reporting");

  // After a reload the workspace brings the files back, still encrypted at rest, and the
  // identity file, never kept, is asked for again; even one chosen among the response files.
  await page.locator("#file-input").setInputFiles(join(DIR, "identity.txt"));
  await expect(page.locator(".workspace__kept")).toContainText(loose("with the filter: 7."));
  const kept = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open("bpf-survey-workspace");
    open.onsuccess = () => {
      const all = open.result.transaction("files").objectStore("files").getAll();
      all.onsuccess = () => resolve(all.result.map(([name, bytes]) => [name, new TextDecoder().decode(bytes.slice(0, 200))]));
    };
  }));
  expect(kept.map(([name]) => name)).not.toContain("identity.txt");
  for (const [, text] of kept) expect(text).not.toMatch(/AGE-SECRET-KEY/i);
  for (const [name, text] of kept.filter(([n]) => n.endsWith(".age"))) expect(text, name).toMatch(/^age-encryption\.org\/v1/);
  await page.reload();
  await expect(prompt).toContainText(loose("Files encrypted for the Secretariat: 4."));
  await expect(page.locator(".report__summary")).toContainText(loose("3 loaded"));
  await page.locator("#identity-input").setInputFiles(join(DIR, "identity.txt"));
  await expect(page.locator(".status-line")).toContainText(loose("Synthesis ready: 5 responses"), { timeout: 60_000 });
});

test("a form configured with the Secretariat's key saves an encrypted file the synthesis reads", async ({ page }) => {
  const identity = readFileSync(join(DIR, "identity.txt"), "utf8");
  const publicKey = identity.match(/# public key: (age1[0-9a-z]+)/)[1];
  // The encryption worker runs under the page's Content-Security-Policy.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
  });
  await page.goto(`./?key=${publicKey}`);
  await toReview(page, "Only the Secretariat should read this: our incident with the police.");
  await expect(page.getByText("Your response file will be encrypted for the IGF Secretariat")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Finish and save my response file" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json\.age$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 22).toString("latin1")).toBe("age-encryption.org/v1\n");
  expect(bytes.toString("latin1")).not.toContain("incident with the police");
  await expect(page.getByText("It is encrypted for the IGF Secretariat")).toBeVisible();
  // An encrypted file is not offered for reading.
  await expect(page.getByText("which will pass it on: only the Secretariat can open it")).toBeVisible();
  await expect(page.getByText("you can open it to see exactly what you are sending")).toHaveCount(0);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  await expectAccessible(page, "done, encrypted");
  // The person's own copy stays readable on the device.
  const stored = await page.evaluate(() => Object.values(localStorage).join("\n"));
  expect(stored).toContain("incident with the police");
  // No organisation in the sealed file's name.
  expect(download.suggestedFilename()).toMatch(/^bpf-response-\d{4}-\d{2}-\d{2}\.json\.age$/);
  // Downloading it again from the list, or all finished responses as one bundle, is sealed too.
  await page.goto(`./?key=${publicKey}`);
  for (const button of [page.locator(".response-item").getByRole("button", { name: /^Download/ }), page.getByRole("button", { name: /as one file/ })]) {
    const [again] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(again.suggestedFilename()).toMatch(/\.json\.age$/);
    const sealedAgain = readFileSync(await again.path());
    expect(sealedAgain.subarray(0, 22).toString("latin1")).toBe("age-encryption.org/v1\n");
    expect(sealedAgain.toString("latin1")).not.toContain("incident with the police");
  }
  // The way to the form for other questionnaires keeps the key: its list's downloads are sealed too.
  await page.locator("#other-questionnaire").click();
  await expect(page).toHaveURL(/form\.html\?key=age1/);
  const [fromForm] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".response-item").getByRole("button", { name: /^Download/ }).first().click(),
  ]);
  expect(fromForm.suggestedFilename()).toMatch(/\.json\.age$/);
  expect(readFileSync(await fromForm.path()).toString("latin1")).not.toContain("incident with the police");

  // The Secretariat reads it with its identity file.
  const dir = mkdtempSync(join(tmpdir(), "bpf-sealed-"));
  const sealed = join(dir, download.suggestedFilename());
  writeFileSync(sealed, bytes);
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles([sealed]);
  await expect(page.locator(".key-prompt")).toBeVisible();
  await page.locator("#identity-input").setInputFiles(join(DIR, "identity.txt"));
  await expect(page.locator(".report__summary")).toContainText(loose("1 loaded"));
  await page.locator("#answer-search").fill("police");
  await expect(page.locator(".answer-row__text").first()).toContainText("incident with the police");
});

test("a link with a key and a contact the site does not list cannot redirect responses", async ({ page }) => {
  // A well-formed key that is not the Secretariat's (the deployment lists only the fixture's).
  const someoneElse = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
  await page.goto(`./?key=${someoneElse}&contact=${encodeURIComponent("collect@evil.example")}`);
  // Said from the start page on, whose downloads are not encrypted with it either.
  await expect(page.locator(".warning-banner")).toContainText("does not list as the IGF Secretariat's");
  await toReview(page, "Our incident with the police.");
  await expect(page.locator(".error-message", { hasText: "does not list as the IGF Secretariat's" })).toBeVisible();
  await expect(page.getByText("will be encrypted for the IGF Secretariat")).toHaveCount(0);
  const { name, text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(name).toMatch(/\.json$/);
  expect(JSON.parse(text).answers.q1).toBe("Our incident with the police.");
  // The address from the link is shown as what it is, never as where to send the file.
  await expect(page.getByText(loose("send your file to collect@evil.example, which this site does not list"))).toBeVisible();
  await expect(page.getByText(loose("Send it to: collect@evil.example"))).toHaveCount(0);
  await expect(page.getByText("It is encrypted for the IGF Secretariat")).toHaveCount(0);
  await expect(page.getByText("you can open it to see exactly what you are sending")).toBeVisible();
  await expectAccessible(page, "done, unlisted key and contact");
});

test("a mistyped key is reported on the form and nothing is encrypted", async ({ page }) => {
  await page.goto("./?key=age1notakey");
  await toReview(page, "Plain answer.");
  await expect(page.getByText("This form was given an encryption key that is not valid")).toBeVisible();
  const { name, text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(name).toMatch(/\.json$/);
  expect(JSON.parse(text).answers.q1).toBe("Plain answer.");
  // A form without a (valid) key never fetches the encryption module.
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  expect(fetched.filter((url) => url.includes("encrypt"))).toEqual([]);
});

test("a link that gives two keys, a broken escape or an impossible host is followed in none of them", async ({ page }) => {
  const listed = JSON.parse(readFileSync("tests/fixtures/deployment.json", "utf8")).keys[0];
  const someoneElse = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
  await page.goto(`./?key=${listed}&key=${someoneElse}&nri=Nigeria%2IGF&host=https://nigf.example:99999`);
  const banner = page.locator(".warning-banner");
  await expect(banner).toContainText(loose("The setting “key” is given more than once, with different values, so none of them is used."));
  await expect(banner).toContainText(loose("The setting “nri” cannot be “Nigeria%2IGF”."));
  await expect(banner).toContainText(loose("The setting “host” cannot be “https://nigf.example:99999”."));
  await toReview(page, "Which key? Neither.");
  await expect(page.getByText("This form was given an encryption key that is not valid")).toBeVisible();
  await expect(page.getByText("will be encrypted for the IGF Secretariat")).toHaveCount(0);
  const { name, text } = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  expect(name).toMatch(/\.json$/);
  const doc = JSON.parse(text);
  expect(doc.answers.q1).toBe("Which key? Neither.");
  expect(doc.source.nri).toBe("");
});

test("a keyed form fetches the encryption module ahead, so it can finish offline", async ({ page, context }) => {
  const publicKey = readFileSync(join(DIR, "identity.txt"), "utf8").match(/# public key: (age1[0-9a-z]+)/)[1];
  await page.goto(`./?key=${publicKey}`);
  await expect.poll(() => page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      if (await cache.match("./encrypt_bg.wasm")) return true;
    }
    return false;
  }), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await toReview(page, "Written and encrypted offline.");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Finish and save my response file" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json\.age$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 22).toString("latin1")).toBe("age-encryption.org/v1\n");
  await context.setOffline(false);
});

test("a keyed form whose encryption module cannot be downloaded says so in the person's words, not the browser's", async ({ browser }) => {
  const identity = readFileSync(join(DIR, "identity.txt"), "utf8");
  const publicKey = identity.match(/# public key: (age1[0-9a-z]+)/)[1];
  // No service worker to keep a copy: the line is cut before the module came.
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:8765/", serviceWorkers: "block", acceptDownloads: true });
  const page = await context.newPage();
  await page.route("**/encrypt*", (route) => route.abort());
  await page.goto(`./?key=${publicKey}`);
  await toReview(page, "Our incident.");
  await page.getByRole("button", { name: "Finish and save my response file" }).click();
  await expect(page.getByText(loose("a part of the form could not be downloaded: check your connection and reload this page"))).toBeVisible();
  expect(await page.locator("main").innerText()).not.toContain("TypeError");
  await context.close();
});
