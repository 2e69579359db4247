// Embedding by iframe: the NRI's options (its name, where to send the file, a closing day, the
// host origin) and the messages to the host page — only to the configured origin; a page of
// another origin gets nothing and its messages are ignored. Bad options are named to the NRI.
import { test, expect } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { checkFile, downloadOf, expectAccessible, loose, next, screenshot } from "./helpers.js";

const FORM = "http://127.0.0.1:8765/";

/** Serves a host page framing the form (with `query`) on `port`; it records messages. */
async function host(port, query) {
  const dir = mkdtempSync(join(tmpdir(), "bpf-host-"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html><head><title>NRI site</title>
<style>body { font-family: serif; color: purple; } button, p, h1, label { all: revert; font: 30px fantasy; color: red; background: yellow; }</style></head>
<body><h1>Nigeria IGF</h1><iframe id="form" title="BPF form" src="${FORM}?${query}" style="width: 100%; border: 0; height: 300px"></iframe>
<script>
window.__messages = [];
addEventListener("message", (e) => {
  window.__messages.push({ origin: e.origin, data: e.data });
  if (e.data && e.data.type === "bpf-survey:height") document.getElementById("form").style.height = e.data.height + "px";
});
</script></body></html>`);
  const server = spawn("node", ["scripts/static-server.mjs", dir, String(port)], { stdio: "ignore" });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status).toBe(200);
  return server;
}

test("an iframe embed records the NRI, tells its host page, fits its height and ignores strangers", async ({ browser }) => {
  const allowed = await host(8796, "nri=Demo%20IGF&contact=bpf%40example.org&host=http://127.0.0.1:8796");
  const stranger = await host(8795, "host=http://127.0.0.1:8796");
  try {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto("http://127.0.0.1:8796/");
    const messages = () => page.evaluate(() => window.__messages);
    await expect.poll(async () => (await messages()).map((m) => m.data.type)).toContain("bpf-survey:ready");
    expect((await messages()).every((m) => m.origin === "http://127.0.0.1:8765")).toBe(true);
    // The frame grows to the form's height: no inner scrollbar.
    await expect.poll(async () => parseInt(await page.locator("#form").evaluate((f) => f.style.height), 10)).toBeGreaterThan(600);
    const form = page.frameLocator("#form");
    // The host's styles do not reach the form.
    await expect(form.getByRole("button", { name: "Start your response" })).toHaveCSS("color", "rgb(255, 255, 255)");
    await form.getByRole("button", { name: "Start your response" }).click();
    await expect(form.getByLabel("National or Regional IGF initiative (NRI)", { exact: true })).toHaveValue("Demo IGF");
    await form.getByLabel("Full name").fill("Embedded Person");
    await expect.poll(async () => (await messages()).map((m) => m.data.type)).toContain("bpf-survey:saved");
    await form.getByLabel("On behalf of an organisation").check();
    await form.getByLabel("Organisation", { exact: true }).fill("Demo Org");
    await form.getByLabel("Civil society").check();
    await form.getByLabel("Country").selectOption("NG");
    await form.getByRole("link", { name: "Continue" }).click();
    await form.locator("#answer-q1").fill("Answered inside an NRI's page.");
    await form.getByRole("link", { name: "Continue" }).click();
    await form.getByLabel("Publish it anonymously").check();
    await form.getByRole("link", { name: "Continue" }).click();
    const { name, text } = await downloadOf(page, () => form.getByRole("button", { name: "Finish and save my response file" }).click());
    const doc = checkFile(text);
    expect(doc.source.nri).toBe("Demo IGF");
    expect(doc.source.origin).toBe("http://127.0.0.1:8765");
    // The host hears that a response was saved, and its date: not the organisation in its name.
    expect(name).toContain("demo-org");
    await expect.poll(async () => (await messages()).filter((m) => m.data.type === "bpf-survey:downloaded").map((m) => m.data.file)).toContain(name.replace("demo-org-", ""));
    expect(JSON.stringify(await messages())).not.toContain("demo-org");
    await expect(form.getByText(loose("Send it to: bpf@example.org"))).toBeVisible();
    // The frame follows the content down as well as up: it is as tall as the form's page.
    await expect.poll(async () => {
      const frame = parseInt(await page.locator("#form").evaluate((f) => f.style.height), 10);
      const content = await form.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      return Math.abs(frame - content);
    }).toBeLessThanOrEqual(1);
    await screenshot(page, "desktop-embed-iframe-done");

    // A page of another origin framing the form with someone else's host option: nothing
    // reaches it, and its pings are ignored.
    const other = await page.context().newPage();
    await other.goto("http://127.0.0.1:8795/");
    await expect(other.frameLocator("#form").getByRole("heading", { level: 1 })).toBeVisible();
    await other.evaluate(() => document.getElementById("form").contentWindow.postMessage({ type: "bpf-survey:ping" }, "*"));
    await other.waitForTimeout(500);
    expect(await other.evaluate(() => window.__messages)).toEqual([]);
    // The allowed host's ping is answered.
    const before = (await messages()).length;
    await page.evaluate(() => document.getElementById("form").contentWindow.postMessage({ type: "bpf-survey:ping" }, "*"));
    await expect.poll(async () => (await messages()).slice(before).map((m) => m.data.type)).toContain("bpf-survey:ready");
  } finally {
    allowed.kill();
    stranger.kill();
  }
});

test("options the form cannot use are named; after the closing day no new response starts", async ({ page }) => {
  await page.goto("./?colour=red&closes=2016-13-01&lang=fr");
  const banner = page.locator(".warning-banner", { hasText: "paramètres" });
  await expect(banner).toContainText("colour");
  await expect(banner).toContainText("closes");
  await page.goto("./?closes=2016-09-30&lang=en");
  await expect(page.getByText(loose("Contributions closed on 2016-09-30"))).toBeVisible();
  await expect(page.getByRole("button", { name: "Start your response" })).toHaveCount(0);
});

test("the closing day lasts until it ends where the person is, not in UTC", async ({ browser }) => {
  for (const [timezoneId, at, open] of [
    ["America/Los_Angeles", "2030-06-01T18:00:00-07:00", true],
    ["Pacific/Auckland", "2030-06-02T09:00:00+12:00", false],
  ]) {
    const context = await browser.newContext({ baseURL: "http://127.0.0.1:8765/", timezoneId });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(at));
    await page.goto("./?closes=2030-06-01&lang=en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start your response" })).toHaveCount(open ? 1 : 0);
    await expect(page.getByText(loose("Contributions closed on 2030-06-01"))).toHaveCount(open ? 0 : 1);
    await context.close();
  }
});

test("the script-tag embed mounts the form in a shadow root, keeps the host's CSS out and reports as events", async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), "bpf-script-host-"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html><head><title>NRI site</title>
<style>* { font-family: fantasy !important; color: red !important; background: yellow !important; } iframe { height: 10px !important; }</style></head>
<body><h1>Script IGF</h1>
<bpf-survey id="a" nri="Script IGF" contact="x@example.org"></bpf-survey>
<div id="b" data-bpf-survey data-lang="ar" data-nri="Data IGF" data-shoe-size="44"></div>
<script>window.__events = []; for (const t of ["ready", "height", "saved", "downloaded"]) addEventListener("bpf-survey:" + t, (e) => window.__events.push([e.target.id || e.target.parentElement.id, e.type, e.detail]));</script>
<script src="${FORM}embed.js"></script></body></html>`);
  const server = spawn("node", ["scripts/static-server.mjs", dir, "8794"], { stdio: "ignore" });
  try {
    await expect.poll(async () => (await fetch("http://127.0.0.1:8794/").catch(() => null))?.status).toBe(200);
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto("http://127.0.0.1:8794/");
    const events = () => page.evaluate(() => window.__events.map(([id, type]) => `${id} ${type}`));
    await expect.poll(events).toContain("a bpf-survey:ready");
    await expect.poll(events).toContain("b bpf-survey:ready");
    const form = page.frameLocator("#a iframe");
    const start = form.getByRole("button", { name: "Start your response" });
    await expect(start).toBeVisible();
    // The host's styles do not reach inside: white text on the form's green button, its fonts.
    await expect(start).toHaveCSS("color", "rgb(255, 255, 255)");
    expect(await start.evaluate((b) => getComputedStyle(b).fontFamily)).not.toContain("fantasy");
    // The frame takes the form's height (the page's !important rule on iframes cannot reach it).
    await expect.poll(async () => page.locator("#a").evaluate((el) => el.shadowRoot.querySelector("iframe").getBoundingClientRect().height)).toBeGreaterThan(400);
    // The div form got its options: Arabic, and the unknown one named to the NRI.
    const second = page.frameLocator("#b iframe");
    await expect(second.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(second.locator(".warning-banner")).toContainText("shoe-size");

    await start.click();
    await expect(form.getByLabel("National or Regional IGF initiative (NRI)", { exact: true })).toHaveValue("Script IGF");
    await form.getByLabel("Full name").fill("Script Person");
    await expect.poll(events).toContain("a bpf-survey:saved");
    await screenshot(page, "desktop-embed-script-tag");
    await form.getByLabel("As an individual").check();
    await form.getByLabel("Academia").check();
    await form.getByLabel("Country").selectOption("KE");
    await form.getByRole("link", { name: "Continue" }).click();
    await form.locator("#answer-q2").fill("Answered through the script-tag embed.");
    await form.getByRole("link", { name: "Continue" }).click();
    await form.getByLabel("Publish it with my name").check();
    await form.getByRole("link", { name: "Continue" }).click();
    const { text } = await downloadOf(page, () => form.getByRole("button", { name: "Finish and save my response file" }).click());
    const doc = checkFile(text);
    expect(doc.source.nri).toBe("Script IGF");
    expect(doc.answers.q2).toBe("Answered through the script-tag embed.");
    await expect.poll(events).toContain("a bpf-survey:downloaded");
  } finally {
    server.kill();
  }
});

test("the embed page builds both snippets from the options, previews the form and copies the code", async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "http://127.0.0.1:8765" });
  const page = await context.newPage();
  await page.goto("./");
  await page.getByRole("link", { name: "For NRIs: embed this form on your site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Embed the form on your site");
  await page.getByLabel("Your site's address").fill("https://nri/page");
  await expect(page.getByText("The form cannot use this value; check it.")).toBeVisible();
  await page.getByLabel("Your site's address").fill("https://www.test-igf.example");
  await page.getByLabel("Your NRI's name").fill("Test IGF");
  await page.getByLabel("Language the form starts in").selectOption("fr");
  await page.getByLabel("Where respondents send their file").fill("bpf@example.org");
  await page.getByLabel("The Secretariat's public key (optional)").fill("age1mistyped");
  await expect(page.getByText("The form cannot use this value; check it.")).toBeVisible();
  await page.getByLabel("The Secretariat's public key (optional)").fill("");
  const frameCode = page.locator("pre.code").first();
  await expect(frameCode).toContainText("nri=Test%20IGF");
  await expect(frameCode).toContainText("lang=fr");
  await expect(frameCode).toContainText("host=https%3A%2F%2Fwww.test-igf.example");
  await expect(page.locator("pre.code").nth(1)).toContainText('<bpf-survey nri="Test IGF" lang="fr" contact="bpf@example.org"></bpf-survey>');
  // The embed page is form.html's, but the snippets name the form's folder: the NRI's
  // respondents get the form for the built-in questionnaire.
  await expect(page).toHaveURL(/\/form\.html#\/embed$/);
  await expect(frameCode).toContainText('<iframe src="http://127.0.0.1:8765/?');
  await expect(page.locator("pre.code").nth(1)).toContainText('<script src="http://127.0.0.1:8765/embed.js" defer></script>');
  await page.getByRole("button", { name: "Copy the script-tag code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<bpf-survey nri="Test IGF"');
  // The preview is the form as visitors will see it: in French, with the NRI filled in.
  const preview = page.frameLocator(".embed-preview");
  await expect(preview.locator("html")).toHaveAttribute("lang", "fr");
  // The NRI chooses the questionnaire: a mistyped address is named, the example previewed.
  await page.getByLabel("Questionnaire (optional)").fill("javascript:alert(1)");
  await expect(page.getByText("The form cannot use this value; check it.")).toBeVisible();
  await page.getByLabel("Questionnaire (optional)").fill("questionnaires/igf-bpf-cybersecurity-2017-example.json");
  await expect(page.getByText("The form cannot use this value; check it.")).toHaveCount(0);
  await expect(frameCode).toContainText('<iframe src="http://127.0.0.1:8765/form.html?');
  await expect(frameCode).toContainText("questionnaire=questionnaires%2Figf-bpf-cybersecurity-2017-example.json");
  await expect(preview.locator("#questionnaire-example")).toBeVisible();
  await expectAccessible(page, "embed page");
  await screenshot(page, "desktop-embed-page");
  await context.close();
});

test("the demo host page shows both ways of embedding, and logs their messages", async ({ page }) => {
  await page.goto("./demo.html");
  await expect(page.frameLocator("#framed").getByRole("button", { name: "Start your response" })).toBeVisible();
  await expect(page.frameLocator("#element iframe").getByRole("button", { name: "Commencer votre réponse" })).toBeVisible();
  await expect(page.locator("#log li", { hasText: "frame" }).first()).toBeVisible();
  await expect(page.locator("#log li", { hasText: "element" }).first()).toBeVisible();
  await screenshot(page, "desktop-demo-host-page");
});

test("a deployment file may list other questionnaire sites; anything else is refused with a reason when the site is built", async () => {
  const { deploymentProblem } = await import("../../scripts/deployment.mjs");
  const key = JSON.parse(readFileSync("tests/fixtures/deployment.json", "utf8")).keys[0];
  expect(deploymentProblem({ keys: [key], contacts: ["bpf@example.org"], questionnaire_sites: ["https://nri.example", "https://NRI.example/"] })).toBeNull();
  expect(deploymentProblem({})).toBeNull();
  expect(deploymentProblem({ keys: [key], sites: [] })).toContain('not "sites"');
  expect(deploymentProblem({ keys: ["age1notakey"] })).toContain("not an age public key");
  expect(deploymentProblem({ contacts: "bpf@example.org" })).toContain('"contacts" is a list of strings');
  for (const site of ["https://nri.example/questionnaires/", "javascript:alert(1)", "nri.example", "https://user@nri.example"]) {
    expect(deploymentProblem({ questionnaire_sites: [site] })).toContain("not a site's origin");
  }
});
