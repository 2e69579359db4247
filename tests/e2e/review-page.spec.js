// The review round's whole loop, as people do it: the secretariat publishes the review page from
// the synthesis page; a reader opens it from disk with no network, comments in French on two
// sections (kept across a reload), says who they are and how they may be quoted, and saves a
// comment file; the secretariat loads the page and the file back, and Part III A comes out in
// the Markdown, web page and Word downloads, the reader's choice honoured. Then the page in all
// six languages, at desktop and phone widths, under axe; and a tampered page refused.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import canonicalize from "canonicalize";
import { SCREENSHOTS, downloadOf, expectAccessible, loose } from "./helpers.js";

const sha = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const corpus = "tests/fixtures/corpus-45";
const responses = () => readdirSync(corpus).sort().map((f) => join(corpus, f));
const offNetwork = (urls) => urls.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:") && !u.startsWith("data:"));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const commentSchema = ajv.compile(JSON.parse(readFileSync("docs/review-comment.schema.json", "utf8")));

/** The text of a Word document's body, read with Python's zipfile (no zip library here). */
function wordText(path) {
  return execFileSync("python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", path], { encoding: "utf8" });
}

/** Opens a review page from disk in a context of its own, offline, recording every request
 * and every breach of the page's policy. */
async function openFromDisk(browser, file, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  await context.setOffline(true);
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const violations = [];
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`csp ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => { if (m.text().startsWith("csp ")) violations.push(m.text()); });
  page.on("pageerror", (e) => violations.push(`error ${e.message}`));
  await page.goto(`file://${file}`);
  return { context, page, requests, violations };
}

test("the review loop: publish the page, comment in French offline from disk, load the comments back into Part III A", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(responses());
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await page.locator("#export-language").selectOption("fr");
  await page.locator("#draft-version").fill("1.0");
  const made = await downloadOf(page, () => page.getByRole("button", { name: "Download the review page" }).click());
  expect(made.name).toMatch(/^bpf-review-1\.0-\d{4}-\d{2}-\d{2}\.html$/);
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-page-"));
  const file = join(dir, made.name);
  writeFileSync(file, made.bytes);
  // Only the draft's two languages travel in it.
  expect(made.text).toContain('id="bpf-i18n-fr"');
  expect(made.text).not.toContain('id="bpf-i18n-ru"');

  // The reader, whose browser speaks French, opens it from disk with no network.
  const reader = await openFromDisk(browser, file, { locale: "fr-FR" });
  const r = reader.page;
  await expect(r.locator("html")).toHaveAttribute("lang", "fr");
  await expect(r.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(r.locator(".caption")).toContainText(loose("Projet 1.0"));
  const languages = r.getByRole("navigation", { name: /langue/i }).getByRole("button");
  await expect(languages).toHaveText(["English", "Français"]);
  // Each section has its stable anchor, and the contents link to them.
  for (const id of ["about", "overview", "contributions", "q1", "q2", "q3", "q4", "q5", "q6", "q7"]) {
    await expect(r.locator(`#section-${id}`)).toHaveCount(1);
  }
  await r.getByRole("navigation", { name: "Sections du projet" }).getByRole("link").nth(3).click();
  await expect(r).toHaveURL(/#section-q1$/);
  const q1 = "Il manque le rôle des autorités de régulation des télécommunications.";
  const q3 = "La formation des magistrats aux preuves numériques devrait figurer ici. <script>alert(1)</script>";
  await r.locator("#comment-q1").fill(q1);
  await r.locator("#comment-q3").fill(q3);
  await expect(r.locator(".save-status")).toContainText(loose("Sections commentées : 2"));
  // Kept on the device: a reload, still offline, brings them back.
  await r.reload();
  await expect(r.locator("#comment-q1")).toHaveValue(q1);
  await expect(r.locator("#comment-q3")).toHaveValue(q3);
  await expect(r.getByRole("navigation", { name: "Sections du projet" }).locator(".tag")).toHaveCount(2);

  // Saving before choosing how the comments may be published says what is missing.
  const save = r.getByRole("button", { name: "Enregistrer votre fichier de commentaires" });
  await save.click();
  const summary = r.locator(".error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveCount(1);
  await expectAccessible(r, "review page with an error (fr)");
  // The summary took the focus once; typing elsewhere keeps it, even as the errors change.
  await r.locator("#field-email").pressSequentially("awa@");
  await expect(r.locator("#field-email")).toBeFocused();
  await expect(r.locator("#field-email")).toHaveValue("awa@");
  await r.locator("#field-email").fill("");

  await r.locator("#field-name").fill("Awa Ndiaye");
  await r.locator("#field-organisation").fill("CERT Sénégal");
  await r.locator('input[type=radio][value="civil-society"]').check();
  await r.locator("#field-country").selectOption("SN");
  await r.locator("#field-nri").fill("Senegal IGF");
  await r.locator("#field-nri").blur();
  await r.locator('input[type=radio][value="anonymous"]').check();
  const saved = await downloadOf(r, () => save.click());
  expect(saved.name).toMatch(/^bpf-comments-1-0-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(r.locator(".panel")).toContainText(saved.name);
  await expectAccessible(r, "review page, comments saved (fr)");
  await r.screenshot({ path: `${SCREENSHOTS}/review-page-fr.png`, fullPage: false });
  const comments = JSON.parse(saved.text);
  expect(commentSchema(comments), JSON.stringify(commentSchema.errors)).toBe(true);
  const { integrity, ...rest } = comments;
  expect(sha(canonicalize(rest))).toBe(integrity.digest);
  expect(comments.language).toBe("fr");
  expect(comments.publication).toBe("anonymous");
  expect(comments.respondent).toMatchObject({ name: "Awa Ndiaye", stakeholder_group: "civil-society", country: "SN", nri: "Senegal IGF" });
  expect(comments.comments.map((c) => [c.section, c.text])).toEqual([["q1", q1], ["q3", q3]]);
  // Nothing left the page but the file itself, and its policy was never broken.
  expect(offNetwork(reader.requests)).toEqual([]);
  expect(reader.violations).toEqual([]);
  await reader.context.close();

  // The secretariat loads the page (its draft) and the comment file beside the responses.
  const commentsFile = join(dir, saved.name);
  writeFileSync(commentsFile, saved.text);
  await page.locator("#file-input").setInputFiles([file, commentsFile]);
  const list = page.getByRole("region", { name: "Drafts and comments" });
  await expect(list).toContainText(loose(`${made.name}: Draft 1.0, 10 sections`), { timeout: 60_000 });
  await expect(list).toContainText(loose(`${saved.name}: 2 comments on Draft 1.0`));
  const received = page.getByRole("region", { name: "Comments received on the drafts" });
  await expect(received).toContainText(q1);
  await expect(received).toContainText(q3);
  await expect(received.locator("script")).toHaveCount(0);

  const md = (await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click())).text;
  const html = (await downloadOf(page, () => page.getByRole("button", { name: "Download as a web page (to print or save as PDF)" }).click())).text;
  const word = await downloadOf(page, () => page.getByRole("button", { name: "Download as a Word document" }).click());
  const wordFile = join(dir, word.name);
  writeFileSync(wordFile, word.bytes);
  const docx = wordText(wordFile);
  for (const [name, text] of [["md", md], ["html", html], ["docx", docx]]) {
    // Part III A, in French, each comment under its section.
    const partIII = text.indexOf("Partie III A");
    expect(partIII, `${name}: Part III A`).toBeGreaterThan(0);
    const after = text.slice(partIII);
    const q1At = after.search(/Question 1/);
    const q3At = after.search(/Question 3/);
    expect(q1At, `${name}: question 1's section`).toBeGreaterThan(0);
    expect(after.indexOf("autorités de régulation des télécommunications"), `${name}: the comment on question 1`).toBeGreaterThan(q1At);
    expect(after.indexOf("formation des magistrats"), `${name}: the comment on question 3`).toBeGreaterThan(q3At);
    // Anonymous: never the reader's name nor organisation.
    expect(text, name).not.toContain("Awa Ndiaye");
    expect(text, name).not.toContain("CERT Sénégal");
  }
  expect(html).not.toContain("<script>alert(1)");

  // The page and the comment file are part of the workspace: a reload brings Part III A back.
  await page.reload();
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Comments received on the drafts" })).toContainText(q1);
});

test("the review page in six languages, at desktop and phone widths, passes axe; a tampered page is refused", async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-six-"));
  const file = join(dir, "review.html");
  execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", "bpf-survey", "--", "draft", corpus,
    "--lang", "en", "--lang", "fr", "--lang", "es", "--lang", "ru", "--lang", "zh", "--lang", "ar",
    "--page", "dist/review/bpf-review-template.html", "--out", file], { encoding: "utf8" });
  const widths = [["desktop", { width: 1280, height: 900 }], ["phone", { width: 375, height: 740 }]];
  const { context, page, requests, violations } = await openFromDisk(browser, file);
  for (const [, viewport] of widths) {
    await page.setViewportSize(viewport);
    for (const [tag, name] of [["ar", "العربية"], ["zh", "中文"], ["ru", "Русский"], ["es", "Español"], ["fr", "Français"], ["en", "English"]]) {
      await page.getByRole("button", { name, exact: true }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.locator("html")).toHaveAttribute("dir", tag === "ar" ? "rtl" : "ltr");
      await page.locator("#comment-q2").fill(`${tag}: a comment, so the count and the status line show.`);
      await expectAccessible(page, `review page (${tag}, ${viewport.width} px)`);
      // Nothing makes the page scroll sideways, not a long address nor a table.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scrolling (${tag}, ${viewport.width} px)`).toBeLessThanOrEqual(0);
    }
  }
  await page.getByRole("button", { name: "العربية", exact: true }).click();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: `${SCREENSHOTS}/review-page-ar-phone.png` });
  expect(offNetwork(requests)).toEqual([]);
  expect(violations).toEqual([]);
  await context.close();

  // One word of the draft changed in the file: the page says so and shows nothing of it.
  const page0 = readFileSync(file, "utf8");
  const tampered = join(dir, "tampered.html");
  const at = page0.indexOf("Question 1");
  expect(at).toBeGreaterThan(0);
  writeFileSync(tampered, page0.slice(0, at) + "Question One" + page0.slice(at + "Question 1".length));
  const bad = await openFromDisk(browser, tampered, { locale: "es-ES" });
  await expect(bad.page.locator(".warning-banner")).toContainText("Este borrador no se puede mostrar");
  await expect(bad.page.locator("textarea")).toHaveCount(0);
  await expectAccessible(bad.page, "a tampered review page (es)");
  await bad.context.close();
});

test("a review page given the Secretariat's key seals the comment file, which loads once the identity file is given", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const keys = "tests/fixtures/encrypted";
  const publicKey = readFileSync(join(keys, "identity.txt"), "utf8").match(/# public key: (age1[0-9a-z]+)/)[1];
  // The secretariat gives its public key when it publishes the page.
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(responses());
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await page.locator("#draft-key").fill("age1notakey");
  await expect(page.locator("#draft-key-error")).toBeVisible();
  await expect(page.getByRole("button", { name: "Download the review page" })).toBeDisabled();
  await page.locator("#draft-key").fill(publicKey);
  const made = await downloadOf(page, () => page.getByRole("button", { name: "Download the review page" }).click());
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-sealed-"));
  const file = join(dir, made.name);
  writeFileSync(file, made.bytes);

  const reader = await openFromDisk(browser, file);
  const r = reader.page;
  await expect(r.getByText("Your comment file will be encrypted to the Secretariat's key")).toBeVisible();
  await r.locator("#comment-q5").fill("Sealed: small businesses need a single national point of contact.");
  await r.locator('input[type=radio][value="named"]').check();
  await r.getByRole("button", { name: "Save your comment file" }).click();
  // Named needs a name: said, with a link to the field.
  await expect(r.locator(".error-summary")).toContainText("name");
  await r.locator("#field-name").fill("Lin Wei");
  // A browser that gives no random numbers: the reader is told why, in words they can act on.
  await r.evaluate(() => {
    window.keptRandom = crypto.getRandomValues;
    crypto.getRandomValues = () => { throw new Error("no randomness here"); };
  });
  await r.getByRole("button", { name: "Save your comment file" }).click();
  await expect(r.locator(".error-message")).toHaveText(loose("The comment file could not be encrypted (this browser gives no secure random numbers; try another browser)."));
  await r.evaluate(() => { crypto.getRandomValues = window.keptRandom; });
  const saved = await downloadOf(r, () => r.getByRole("button", { name: "Save your comment file" }).click());
  expect(saved.name).toMatch(/^bpf-comments-1-0-\d{4}-\d{2}-\d{2}\.json\.age$/);
  expect(saved.text.startsWith("age-encryption.org/v1\n")).toBe(true);
  expect(saved.text).not.toContain("Lin Wei");
  await expect(r.locator(".panel")).toContainText("only the Secretariat can read it");
  // On a shared device, the comments are deleted from it at the reader's word.
  await r.getByRole("button", { name: "Delete my comments from this device" }).click();
  await expect(r.getByText("Your comments are deleted from this device")).toBeVisible();
  await expect(r.locator("#comment-q5")).toHaveValue("");
  await expect(r.locator("#field-name")).toHaveValue("");
  await r.reload();
  await expect(r.locator("#comment-q5")).toHaveValue("");
  expect(offNetwork(reader.requests)).toEqual([]);
  expect(reader.violations).toEqual([]);
  await reader.context.close();

  const sealed = join(dir, saved.name);
  writeFileSync(sealed, saved.bytes);
  await page.locator("#file-input").setInputFiles([file, sealed]);
  await expect(page.locator(".report")).toContainText("Waiting for the key", { timeout: 60_000 });
  await page.locator("#identity-input").setInputFiles(join(keys, "identity.txt"));
  const received = page.getByRole("region", { name: "Comments received on the drafts" });
  await expect(received).toContainText("Sealed: small businesses need a single national point of contact.", { timeout: 60_000 });
  await expect(received).toContainText("Lin Wei");
  await expect(page.getByRole("region", { name: "Drafts and comments" })).toContainText(loose(`${saved.name}: one comment on Draft 1.0`));
});

test("a browser that will not keep the comments says so, keeps them on the page, and the file can still be saved", async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-full-"));
  const file = join(dir, "review.html");
  execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", "bpf-survey", "--", "draft", corpus,
    "--lang", "es", "--lang", "en", "--page", "dist/review/bpf-review-template.html", "--out", file], { encoding: "utf8" });
  const context = await browser.newContext({ acceptDownloads: true, locale: "es-ES" });
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
  });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = "Falta la cooperación con los proveedores de servicios de Internet.";
  await page.locator("#comment-q4").fill(text);
  const warning = page.locator(".warning-banner");
  await expect(warning).toContainText("Sus comentarios no se están guardando en este dispositivo");
  await expect(warning).toContainText("Mantenga esta página abierta");
  await expect(page.locator("#comment-q4")).toHaveValue(text);
  await expectAccessible(page, "review page, storage full (es)");
  await page.locator('input[type=radio][value="do-not-publish"]').check();
  const saved = await downloadOf(page, () => page.getByRole("button", { name: "Guardar su archivo de comentarios" }).click());
  const comments = JSON.parse(saved.text);
  expect(comments.comments).toEqual([expect.objectContaining({ section: "q4", text })]);
  expect(comments.publication).toBe("do-not-publish");
  await context.close();
});

test("a tab that did not hear another tab's comments takes them rather than writing over them", async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-tabs-"));
  const file = join(dir, "review.html");
  execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", "bpf-survey", "--", "draft", corpus,
    "--lang", "en", "--page", "dist/review/bpf-review-template.html", "--out", file], { encoding: "utf8" });
  const context = await browser.newContext();
  const asleep = await context.newPage();
  // As a tab in the back-forward cache: it hears nothing other tabs store.
  await asleep.addInitScript(() => {
    window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true);
  });
  await asleep.goto(`file://${file}`);
  await asleep.locator("#comment-q4").fill("Written first, in the tab that then slept.");
  const stored = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("review")).map((k) => localStorage.getItem(k)).join("\n"));
  await expect.poll(() => stored(asleep)).toContain("Written first");
  const awake = await context.newPage();
  await awake.goto(`file://${file}`);
  await expect(awake.locator("#comment-q4")).toHaveValue("Written first, in the tab that then slept.");
  await awake.locator("#comment-q5").fill("Added in the other tab.");
  await expect.poll(() => stored(awake)).toContain("Added in the other tab.");
  // The sleeping tab wakes and is typed in: the other tab's comment is kept, and shown.
  await asleep.locator("#comment-q6").fill("Typed into the old copy.");
  await expect(asleep.locator("#comment-q5")).toHaveValue("Added in the other tab.");
  expect(await stored(asleep)).toContain("Added in the other tab.");
  expect(await stored(asleep)).toContain("Written first");
  await context.close();
});
