// Nothing typed is lost: a full or missing storage, a lost connection, a new deployment.
import { test, expect, chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config.js";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { answerBox, checkFile, downloadOf, fillProfile, loose, next, startResponse, waitSaved } from "./helpers.js";

test("when storage is full the person is warned, keeps the text, and can download a copy", async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith("bpf-survey/") && window.__full) throw new DOMException("quota", "QuotaExceededError");
      return original.call(this, key, value);
    };
  });
  await startResponse(page);
  await fillProfile(page, { organisation: "Quota Org" });
  await waitSaved(page);
  await page.evaluate(() => { window.__full = true; });
  await next(page);
  await answerBox(page, 7).fill("This text must not be lost.");
  const warning = page.getByRole("alert").filter({ hasText: "Your answers are not being saved on this device" });
  await expect(warning).toContainText("storage for this page is full");
  await expect(page.locator(".save-status")).toHaveText("Not saved on this device");
  await expect(answerBox(page, 7)).toHaveValue("This text must not be lost.");
  const copy = await downloadOf(page, () => warning.getByRole("button", { name: "Download a copy now" }).click());
  await expect(warning.getByRole("status")).toContainText(loose(`Downloaded ${copy.name}`));
  const doc = checkFile(copy.text);
  expect(doc.answers.q7).toBe("This text must not be lost.");
  expect(doc.respondent.organisation).toBe("Quota Org");

  // Space comes back: the next change saves everything and the warning goes.
  await page.evaluate(() => { window.__full = false; });
  await answerBox(page, 7).press("End");
  await page.keyboard.type(" Still here.");
  await waitSaved(page);
  await expect(warning).toHaveCount(0);
  await page.reload();
  await expect(answerBox(page, 7)).toHaveValue("This text must not be lost. Still here.");
});

test("with storage blocked the form still works and offers a copy", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await startResponse(page);
  await page.getByLabel("Full name").fill("No Storage");
  const warning = page.getByRole("alert").filter({ hasText: "not being saved" });
  await expect(warning).toContainText("does not let the page keep anything");
  await expect(page.getByLabel("Full name")).toHaveValue("No Storage");
  const copy = await downloadOf(page, () => warning.getByRole("button", { name: "Download a copy now" }).click());
  expect(checkFile(copy.text).respondent.name).toBe("No Storage");
});

test("answers typed just before the tab is hidden are saved at once", async ({ page }) => {
  await startResponse(page);
  await next(page);
  await answerBox(page, 2).fill("Saved by visibilitychange");
  // Hide the page before the 300 ms save: the visibilitychange handler must save synchronously.
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith("bpf-survey/"))?.[1] ?? "");
  expect(stored).toContain("Saved by visibilitychange");
});

async function serviceWorkerReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("after one visit the form loads and works with the network off", async ({ page, context }) => {
  await page.goto("./");
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("call for contributions");
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.getByLabel("Full name").fill("Offline Person");
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue("Offline Person");
  // Every language was cached with the app: switching works offline too, text kept.
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator("#field-name")).toHaveValue("Offline Person");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await context.setOffline(false);
});

test("a language that cannot be fetched leaves the page as it was and says so", async ({ browser }) => {
  // No service worker, which would have cached the file already.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/i18n/fr.msg", (route) => route.abort());
  await page.goto("./");
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.getByLabel("Full name").fill("Kept Text");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("alert")).toContainText(loose("Français could not be loaded"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Full name")).toHaveValue("Kept Text");
  // Another language still works, and the message goes.
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await context.close();
});

test("a new deployment replaces the cached app and keeps the drafts", async ({ browser }) => {
  // Serve a copy of the build from its own folder and port, so it can be redeployed.
  const dir = mkdtempSync(join(tmpdir(), "bpf-deploy-"));
  cpSync("dist", dir, { recursive: true });
  const server = spawn("node", ["scripts/static-server.mjs", dir, "8799"], { stdio: "ignore" });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await expect.poll(async () => (await fetch("http://127.0.0.1:8799/").catch(() => null))?.status).toBe(200);
    await page.goto("http://127.0.0.1:8799/");
    await serviceWorkerReady(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).toHaveLength(1);
    await page.getByRole("button", { name: "Start your response" }).click();
    await page.getByLabel("Full name").fill("Survives Deployments");
    await waitSaved(page);

    // Deploy a new version: one file changed (French), hence a new cache version. The files
    // that did not change are taken from the old cache, not downloaded again: to show it, the
    // app's wasm is no longer even served.
    const sw = readFileSync(join(dir, "sw.js"), "utf8");
    const oldVersion = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
    const french = readFileSync(join(dir, "i18n", "fr.msg"), "utf8");
    writeFileSync(join(dir, "i18n", "fr.msg"), `${french}\u001fMredeployed\u001fTRedeployed.`);
    const precache = JSON.parse(sw.match(/const PRECACHE = (.*);/)[1]);
    const changed = precache.map(([path, hash]) => [path, path === "./i18n/fr.msg" ? "0123456789abcdef" : hash]);
    const wasm = precache.map(([path]) => path).find((p) => /app-[0-9a-f]+_bg\.wasm$/.test(p));
    rmSync(join(dir, wasm));
    writeFileSync(join(dir, "sw.js"), sw.replace(oldVersion, "feedfacefeedface").replace(JSON.stringify(precache), JSON.stringify(changed)));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
    });
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual(["bpf-survey-/-feedfacefeedface"]);
    const cached = await page.evaluate(async (wasm) => {
      const cache = await caches.open("bpf-survey-/-feedfacefeedface");
      return { wasm: !!(await cache.match(wasm)), french: await (await cache.match("./i18n/fr.msg")).text() };
    }, wasm);
    expect(cached.wasm).toBe(true);
    expect(cached.french).toContain("Redeployed.");
    await page.reload();
    await expect(page.getByLabel("Full name")).toHaveValue("Survives Deployments");
    await context.close();
  } finally {
    server.kill();
  }
});

test("when the browser may not keep the answers, the form says why and reminds to save a copy", async ({ page }) => {
  // Headless Chromium refuses persist(), as Chrome does for most sites.
  await startResponse(page);
  await page.getByLabel("Full name").fill("Careful Person");
  const risk = page.locator(".risk");
  await expect(risk).toContainText("has not promised to keep your answers");
  await expect(risk.locator(".risk__reminder")).toHaveText("You have not saved a copy yet.");
  const { text } = await downloadOf(page, () => risk.getByRole("button", { name: "Save a copy to your device" }).click());
  expect(JSON.parse(text).respondent.name).toBe("Careful Person");
  await expect(risk.locator(".risk__reminder")).toHaveText("");
  await page.getByLabel("Organisation", { exact: true }).fill("Changed after the copy");
  await expect(risk.locator(".risk__reminder")).toHaveText("Your answers have changed since your last copy.");
});

test("inside another site's page, the form says its storage may be kept apart", async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), "bpf-host-"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>NRI site</title><iframe src="http://127.0.0.1:8765/" title="BPF form" width="800" height="900"></iframe>`);
  const server = spawn("node", ["scripts/static-server.mjs", dir, "8797"], { stdio: "ignore" });
  try {
    const page = await (await browser.newContext()).newPage();
    await expect.poll(async () => (await fetch("http://127.0.0.1:8797/").catch(() => null))?.status).toBe(200);
    await page.goto("http://127.0.0.1:8797/");
    const form = page.frameLocator("iframe");
    await form.getByRole("button", { name: "Start your response" }).click();
    await form.getByLabel("Full name").fill("Framed Person");
    await expect(form.locator(".risk")).toContainText("inside another site's page");
  } finally {
    server.kill();
  }
});

test("a second tab with an older copy never writes over newer answers, and shows them", async ({ context }) => {
  const a = await context.newPage();
  await startResponse(a);
  await fillProfile(a);
  await next(a);
  await answerBox(a, 1).fill("First words.");
  const stored = (page) => page.evaluate(() => Object.values(localStorage).join("\n"));
  await expect.poll(() => stored(a)).toContain("First words.");
  // The same response opened in a second tab: it reads "First words."
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(answerBox(b, 1)).toHaveValue("First words.");
  // The first tab writes on; the second hears of it and shows the newer text.
  await answerBox(a, 1).fill("Newer words typed in the first tab.");
  await expect.poll(() => stored(a)).toContain("Newer words typed in the first tab.");
  await expect(answerBox(b, 1)).toHaveValue("Newer words typed in the first tab.");
  // A click and some typing in the second tab keep the first tab's words.
  await answerBox(b, 1).click();
  await answerBox(b, 2).fill("Added in the second tab.");
  await expect.poll(() => stored(b)).toContain("Added in the second tab.");
  await a.reload();
  await expect(answerBox(a, 1)).toHaveValue("Newer words typed in the first tab.");
  await expect(answerBox(a, 2)).toHaveValue("Added in the second tab.");
});

test("the form's service worker precaches only what the form uses", async () => {
  const sw = readFileSync("dist/sw.js", "utf8");
  const precache = JSON.parse(sw.match(/const PRECACHE = (.*);/)[1]).map(([path]) => path);
  expect(precache).toContain("./index.html");
  expect(precache.some((f) => f.endsWith("fr.msg"))).toBe(true);
  // Not the synthesis page's messages, the encryption module, the offline kit, the embed loader
  // or the form for any questionnaire.
  expect(precache.filter((f) => /-synthesis\.msg$|encrypt|offline|embed\.js|demo\.html|\/form[-.]/.test(f))).toEqual([]);
  // Those two are kept once fetched.
  const onDemand = JSON.parse(sw.match(/const ON_DEMAND = (.*);/)[1]).map(([path]) => path);
  expect(onDemand).toEqual(expect.arrayContaining(["./encrypt.js", "./encrypt_bg.wasm", "./form.html"]));
  expect(onDemand.filter((f) => /^\.\/form-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f))).toHaveLength(2);
});

test("the form for the built-in questionnaire never downloads the form for any questionnaire", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("./");
  await page.getByRole("button", { name: "Start your response" }).click();
  await page.getByRole("link", { name: "Continue" }).click();
  await page.locator("#answer-q1").fill("Training.");
  await expect(page.locator(".save-status")).toContainText("Saved on this device at");
  expect(fetched.some((p) => p.endsWith("/index.html") || p === "/")).toBe(true);
  expect(fetched.filter((p) => /\/form(\.html|-[0-9a-f]+)/.test(p))).toEqual([]);
  // A link naming a questionnaire, or to the embed page, goes to it, before this page's program
  // has started (the browser may have begun fetching it: the redirect ends that).
  await page.goto("./?questionnaire=questionnaires/igf-bpf-cybersecurity-2017-example.json&lang=fr#/");
  await expect(page).toHaveURL(/\/form\.html\?questionnaire=questionnaires\/igf-bpf-cybersecurity-2017-example\.json&lang=fr#\/$/);
  await expect(page.locator("#questionnaire-example")).toBeVisible();
  await page.goto("./#/embed");
  await expect(page).toHaveURL(/\/form\.html#\/embed$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the form's WebAssembly carries none of the synthesis page's messages", async () => {
  // The synthesis page's English catalogue is reached only through Messages::with_synthesis;
  // anything that reads it from the form's code puts about 10 KB of brotli back (docs/size.md).
  const wasm = readdirSync("dist").find((f) => /^app-[0-9a-f]+_bg\.wasm$/.test(f));
  const bytes = readFileSync(join("dist", wasm)).toString("latin1");
  expect(bytes).toContain("home-start-another");
  expect(bytes).not.toContain("codebook-title");
  expect(bytes).not.toContain("synthesis-title");
});

test("the form for the built-in questionnaire carries none of form.html's own messages; form.html does", async () => {
  // build.rs leaves them out of the English compiled into the app built without the
  // any-questionnaire feature (about 1.5 KB of brotli, docs/size.md).
  const read = (pattern) => readFileSync(join("dist", readdirSync("dist").find((f) => pattern.test(f)))).toString("latin1");
  const app = read(/^app-[0-9a-f]+_bg\.wasm$/);
  const form = read(/^form-[0-9a-f]+_bg\.wasm$/);
  for (const id of ["embed-title", "questionnaire-refused", "questionnaire-reason-unlisted", "home-open-questionnaire-hint", "answer-max-choices"]) {
    expect(app).not.toContain(id);
    expect(form).toContain(id);
  }
  // What index.html itself shows stays.
  for (const id of ["questionnaire-loading", "home-open-questionnaire", "home-other-drafts", "home-start-another"]) {
    expect(app).toContain(id);
  }
});

test("a tab restored from the back-forward cache hears what other tabs did meanwhile: a newer copy shown, a removed response not put back", async () => {
  // Playwright turns the back-forward cache off; this browser has it, as people's do.
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:8765/" });
  const a = await context.newPage();
  await a.addInitScript(() => {
    window.addEventListener("pageshow", (e) => { if (e.persisted) window.restoredFromCache = true; });
  });
  await startResponse(a);
  await fillProfile(a);
  await next(a);
  await answerBox(a, 1).fill("Words of the first person.");
  const stored = (page) => page.evaluate(() => Object.values(localStorage).join("\n"));
  await expect.poll(() => stored(a)).toContain("Words of the first person.");
  const form = a.url();
  // The tab goes to another page and sleeps in the cache; another tab changes the response.
  await a.goto("/demo.html");
  const b = await context.newPage();
  await b.goto(form);
  await answerBox(b, 1).fill("Words changed in the other tab.");
  await expect.poll(() => stored(b)).toContain("Words changed in the other tab.");
  await a.goBack({ waitUntil: "commit" });
  await expect.poll(() => a.evaluate(() => window.restoredFromCache === true)).toBe(true);
  await expect(answerBox(a, 1)).toHaveValue("Words changed in the other tab.");
  // Again, and now the other tab removes it from the device: nothing of it comes back.
  await a.goto("/demo.html");
  await b.goto("./");
  await b.getByRole("button", { name: /Delete/ }).first().click();
  await b.getByRole("button", { name: "Yes, delete it" }).click();
  await expect.poll(() => stored(b)).not.toContain("Words changed");
  await a.evaluate(() => { window.restoredFromCache = false; }).catch(() => {});
  await a.goBack({ waitUntil: "commit" });
  await expect.poll(() => a.evaluate(() => window.restoredFromCache === true)).toBe(true);
  await expect(a.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(answerBox(a, 1)).toHaveCount(0);
  await a.keyboard.type("typed after waking");
  await a.waitForTimeout(1000);
  expect(await stored(a)).not.toContain("Words changed");
  expect(Object.keys(await a.evaluate(() => ({ ...localStorage }))).filter((k) => k.includes("draft/"))).toEqual([]);
  await browser.close();
});
