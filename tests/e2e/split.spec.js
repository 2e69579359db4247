// The form's WebAssembly in two parts (scripts/split.mjs): the second part comes in the
// background, or at once when the person needs it first; when it cannot be had, the page says
// so and what was typed stays on the device.
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { answerBox, fillProfile, next, startResponse, waitSaved } from "./helpers.js";

const second = readdirSync("dist").find((f) => /^app-[0-9a-f]+_second\.wasm$/.test(f));

test("the form is built in two parts, both named by their contents and both precached", async () => {
  expect(second).toBeTruthy();
  const name = second.replace("_second.wasm", "");
  expect(readdirSync("dist")).toEqual(expect.arrayContaining([`${name}.js`, `${name}_bg.wasm`]));
  expect(readFileSync(join("dist", "index.html"), "utf8")).toContain(`./${name}_bg.wasm`);
  expect(readFileSync(join("dist", "sw.js"), "utf8")).toContain(`"./${second}"`);
});

test("a person who goes on before the second part arrives waits for it, and nothing is lost", async ({ browser }) => {
  // No service worker: the second part comes from the network, held back five seconds.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const requests = [];
  await page.route(`**/${second}`, async (route, request) => {
    requests.push(request.resourceType());
    await new Promise((r) => setTimeout(r, 5000));
    await route.continue();
  });
  await startResponse(page);
  await fillProfile(page);
  await next(page);
  await answerBox(page, 1).fill("Our CERT trains police officers.");
  await waitSaved(page);
  // The questions are the second part's: it was loaded at once, while the background fetch waited.
  expect(requests).toContain("xhr");
  await page.reload();
  await expect(answerBox(page, 1)).toHaveValue("Our CERT trains police officers.");
  expect(errors).toEqual([]);
  await context.close();
});

test("when the second part cannot be had, the page says so and the profile typed stays", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(`**/${second}`, (route) => route.abort());
  await startResponse(page);
  await page.getByLabel("Full name").fill("Name Kept");
  await waitSaved(page);
  // The questions are the second part's.
  await next(page).catch(() => {});
  await expect(page.getByRole("alert").filter({ hasText: "Part of this form could not be loaded" })).toBeVisible();
  // Where the person is, at the foot of the page, not only at its top.
  await expect(page.locator(".split-unavailable")).toBeInViewport();
  await expect(page.locator(".split-unavailable")).toBeFocused();
  // Another try says it once.
  await next(page).catch(() => {});
  await expect(page.locator(".split-unavailable")).toHaveCount(1);
  const stored = await page.evaluate(() => Object.values(localStorage).join("\n"));
  expect(stored).toContain("Name Kept");
  await context.close();
});

test("the message for a second part that cannot be had is in each of the form's languages", async () => {
  const js = readFileSync(join("dist", second.replace("_second.wasm", ".js")), "utf8");
  for (const text of ["Part of this form could not be loaded", "Une partie de ce formulaire", "No se pudo cargar una parte", "Не удалось загрузить часть", "本表单的一部分无法加载", "تعذّر تحميل جزء من هذا النموذج"]) {
    expect(js).toContain(text);
  }
});

test("after one visit, the questions come back offline: the service worker gives the second part, even when asked synchronously", async ({ page, context }) => {
  await page.goto("./");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await startResponse(page);
  await fillProfile(page);
  await next(page);
  await answerBox(page, 1).fill("Typed offline.");
  await waitSaved(page);
  // A reload opens the questions at once, before any background fetch could end.
  await page.reload();
  await expect(answerBox(page, 1)).toHaveValue("Typed offline.");
  await context.setOffline(false);
});
