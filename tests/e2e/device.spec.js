// Several responses on one device: the list, resuming, deleting with confirmation, and the
// organiser's bundle of everything finished.
import { test, expect, chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config.js";
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { loose, answerBox, checkFile, downloadOf, fillProfile, next, startResponse, waitSaved } from "./helpers.js";

async function finishOne(page, organisation, answer) {
  await startResponse(page);
  await fillProfile(page, { organisation });
  await next(page);
  await answerBox(page, 4).fill(answer);
  await next(page);
  await page.getByLabel("Publish it anonymously").check();
  await next(page);
  await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  await expect(page.getByRole("heading", { level: 1, name: "Your response file is saved" })).toBeVisible();
}

// On a device marked as shared, the next person starts, answers and saves their file.
async function finishOnSharedDevice(page) {
  await page.getByRole("button", { name: "Start your response" }).click();
  await fillProfile(page, { organisation: "Finisher Org" });
  await next(page);
  await answerBox(page, 2).fill("Regional exercises.");
  await next(page);
  await page.getByLabel("Publish it anonymously").check();
  await next(page);
  const file = await downloadOf(page, () => page.getByRole("button", { name: "Finish and save my response file" }).click());
  await expect(page.getByText("your response has been removed from it")).toBeVisible();
  return file;
}

test("a workshop laptop keeps several responses; the organiser downloads them as one bundle", async ({ page }) => {
  await finishOne(page, "Kenya ICT Action Network", "Trust between CERTs and police takes years.");
  await finishOne(page, "Paradigm Initiative", "Funding for small CERTs is scarce.");
  await startResponse(page);
  await page.getByLabel("Full name").fill("Draft Person");
  await waitSaved(page);

  await page.goto("./");
  const items = page.locator(".response-item");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("Draft Person");
  await expect(items.nth(0)).toContainText("Draft");
  await expect(page.locator(".response-item", { hasText: "Paradigm Initiative" })).toContainText("Finished");
  await expect(page.locator(".response-item", { hasText: "Paradigm Initiative" })).toContainText(loose("1 of 7 questions answered"));

  const { name, text } = await downloadOf(page, () => page.getByRole("button", { name: loose("Download all 2 finished responses as one file") }).click());
  expect(name).toMatch(/^bpf-responses-2-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = checkFile(text);
  expect(bundle.format).toBe("bpf-survey-bundle");
  expect(bundle.response_count).toBe(2);
  expect(bundle.responses.map((r) => r.respondent.organisation).sort()).toEqual(["Kenya ICT Action Network", "Paradigm Initiative"]);
  expect(bundle.responses.every((r) => r.publication === "anonymous" && r.status === "finished")).toBe(true);
});

test("deleting asks first, can be cancelled, and then removes the response for good", async ({ page }) => {
  await startResponse(page);
  await page.getByLabel("Organisation", { exact: true }).fill("To Be Deleted Ltd");
  await waitSaved(page);
  await page.goto("./");
  const item = page.locator(".response-item", { hasText: "To Be Deleted Ltd" });
  await item.getByRole("button", { name: /^Delete/ }).click();
  await expect(page.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(item).toHaveCount(1);
  await item.getByRole("button", { name: /^Delete/ }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toContainText("To Be Deleted Ltd");
  await expect(page.locator(".response-item")).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".response-item")).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("bpf-survey/")).length)).toBe(0);
});

test("resuming a draft from the list opens it where it was left, and downloading a draft copy works", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page, { organisation: "Resumed Org" });
  await next(page);
  await answerBox(page, 6).fill("Joint exercises with law enforcement.");
  await waitSaved(page);
  await page.goto("./");
  const copy = await downloadOf(page, () => page.locator(".response-item").getByRole("button", { name: /^Download/ }).click());
  // An unfinished response is downloaded as a private copy, named so nobody sends it.
  expect(copy.name).toMatch(/^bpf-private-copy-resumed-org-\d{4}-\d{2}-\d{2}\.json$/);
  expect(checkFile(copy.text).status).toBe("draft");
  await page.getByRole("link", { name: "Continue your response" }).click();
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue("Resumed Org");
});

test("a damaged stored response is reported and left untouched", async ({ page }) => {
  await page.goto("./");
  await page.evaluate(() => localStorage.setItem("bpf-survey/v1/draft/0f8fad5b-d9cb-469f-a165-70867728950e", "{\"storage_version\":1,\"caret\":"));
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("One saved response on this device could not be read");
  expect(await page.evaluate(() => localStorage.getItem("bpf-survey/v1/draft/0f8fad5b-d9cb-469f-a165-70867728950e"))).not.toBeNull();
});

test("on a shared device, a person removes their response once the file is saved", async ({ page }) => {
  await finishOne(page, "Workshop Guest", "Shared laptops need care.");
  await page.getByRole("button", { name: "Remove my response from this device" }).click();
  // Asked first; cancelling keeps it.
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Remove my response from this device" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("button", { name: "Start your response" })).toBeVisible();
  await expect(page.locator(".response-item")).toHaveCount(0);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("bpf-survey/v1/") && k.includes("draft/")));
  expect(stored).toEqual([]);
});

test("a draft of another questionnaire on the same site is neither listed nor touched", async ({ page }) => {
  await startResponse(page);
  await fillProfile(page, { organisation: "Our Org" });
  await waitSaved(page);
  // A second deployment on this site, asking other questions, kept a draft here too.
  const [key, entry] = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith("bpf-survey/v1/") && k.includes("draft/"));
    return [k, localStorage.getItem(k)];
  });
  const envelope = JSON.parse(entry);
  const { integrity, ...response } = envelope.response;
  response.response_id = "0f8fad5b-d9cb-469f-a165-70867728950e";
  // Drafts name their questionnaire's hash (format version 2), as this one's does.
  expect(response.format_version).toBe(2);
  response.questionnaire = { id: "igf-bpf-cybersecurity-2017", version: 1, hash: "a".repeat(64) };
  response.respondent.organisation = "Their Org";
  const digest = createHash("sha256").update(canonicalize(response), "utf8").digest("hex");
  envelope.response = { ...response, integrity: { ...integrity, digest } };
  const theirs = "bpf-survey/v1/draft/0f8fad5b-d9cb-469f-a165-70867728950e";
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [theirs, JSON.stringify(envelope)]);
  await page.goto("./");
  await expect(page.locator(".response-item")).toHaveCount(1);
  await expect(page.locator(".response-item")).toContainText("Our Org");
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), theirs)).toBe(JSON.stringify(envelope));
  expect(key).not.toBe(theirs);
});

test("on a device marked as shared, nobody sees anyone else's response, and a saved one is removed", async ({ page }) => {
  // Someone began and walked away.
  await page.goto("./?shared=1");
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.getByLabel("Full name").fill("Left Behind");
  await page.getByLabel("Organisation", { exact: true }).fill("Walked Away Org");
  await waitSaved(page);
  // The next person sees only a fresh start: no list, no "continue", no names.
  await page.goto("./?shared=1");
  await expect(page.getByText("This is a shared device")).toBeVisible();
  await expect(page.getByText(loose("Unfinished responses left on this device earlier: 1"))).toBeVisible();
  await expect(page.locator(".response-item")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Continue your response" })).toHaveCount(0);
  expect(await page.content()).not.toContain("Walked Away Org");
  // They answer and finish: their response is removed once the file is saved.
  const { text } = await finishOnSharedDevice(page);
  expect(JSON.parse(text).respondent.organisation).toBe("Finisher Org");
  const stored = await page.evaluate(() => Object.values(localStorage).join("\n"));
  expect(stored).not.toContain("Finisher Org");
  // Once they move on, nothing of it is left in the page for the next person, Back included.
  await page.getByRole("link", { name: "Back to the start page" }).click();
  await expect(page.getByRole("button", { name: "Start your response" })).toBeVisible();
  // The way to the other questionnaires keeps the page's options.
  expect(await page.locator("#other-questionnaire").getAttribute("href")).toBe("form.html?shared=1");
  for (let i = 0; i < 4; i++) {
    await page.goBack();
    await expect(page.locator("main")).not.toBeEmpty();
    expect(await page.content()).not.toContain("Finisher Org");
  }
  expect(stored).toContain("Walked Away Org");
  await page.goto("./?shared=1");
  await expect(page.getByText(loose("Unfinished responses left on this device earlier: 1"))).toBeVisible();
});

test("on a shared device, an unfinished response is not shown once its person leaves it: Back, history and another tab show nothing of it", async ({ page, context }) => {
  await page.goto("./?shared=1");
  await page.getByRole("button", { name: "Start your response" }).click();
  await fillProfile(page, { name: "Alice Secret", organisation: "Alice Org" });
  await next(page);
  await answerBox(page, 1).fill("Alice's confidential answer about an incident");
  await waitSaved(page);
  // A reload is no leaving: she still sees her answer.
  await page.reload();
  await expect(answerBox(page, 1)).toHaveValue("Alice's confidential answer about an incident");
  const aliceUrl = page.url();
  // She goes back to the start page and walks away; the next person presses Back.
  await page.getByRole("link", { name: "BPF Cybersecurity: call for contributions" }).click();
  await expect(page.getByRole("button", { name: "Start your response" })).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await expect(page.locator("main")).not.toBeEmpty();
    const main = await page.locator("main").innerText();
    expect(main).not.toContain("Alice");
    expect(main).not.toContain("confidential");
  }
  // Or opens her address from the history, in another tab.
  const other = await context.newPage();
  await other.goto(aliceUrl.replace("/questions", "/review"));
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(await other.locator("main").innerText()).not.toContain("Alice");
  // It is still on the device, counted on the start page.
  await other.goto("./?shared=1");
  await expect(other.getByText(loose("Unfinished responses left on this device earlier: 1"))).toBeVisible();
});

test("on a shared device, a person who leaves the site from the done page leaves nothing behind the Back button", async () => {
  // Playwright turns the back-forward cache off; this browser has it, as people's do.
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:8765/", acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addEventListener("pageshow", (e) => {
      if (e.persisted) {
        window.restoredFromCache = true;
        // What the page shows the moment it comes back, before any of its code runs again.
        window.shownAtRestore = document.body.innerHTML;
      }
    });
  });
  await page.goto("./?shared=1");
  await finishOnSharedDevice(page);
  // Removed from the device, so the page does not say it stays there.
  await expect(page.getByText("The response also stays on this device")).toHaveCount(0);
  // They go to another site; the next person presses Back.
  await page.goto("/demo.html");
  await page.goBack({ waitUntil: "commit" });
  await expect.poll(() => page.evaluate(() => window.restoredFromCache === true)).toBe(true);
  const shownAtRestore = await page.evaluate(() => window.shownAtRestore);
  expect(shownAtRestore).not.toContain("finisher-org");
  expect(shownAtRestore).not.toContain("Download the file again");
  await expect(page.locator("main")).not.toBeEmpty();
  await expect(page.getByRole("button", { name: "Download the file again" })).toHaveCount(0);
  expect(await page.content()).not.toContain("finisher-org");
  for (let i = 0; i < 4; i++) {
    await page.goBack({ waitUntil: "commit" });
    await expect(page.locator("main")).not.toBeEmpty();
    expect(await page.content()).not.toContain("Finisher Org");
    expect(await page.content()).not.toContain("Regional exercises");
  }
  await browser.close();
});
