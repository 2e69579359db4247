// Shared steps and checks for the end-to-end tests: what a person does, and how we verify
// files, accessibility and screenshots.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";

export const SCREENSHOTS = "target/screenshots";

export async function startResponse(page) {
  await page.goto("./");
  await page.getByRole("button", { name: "Start your response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
}

export async function fillProfile(page, p = {}) {
  await page.getByLabel("Full name").fill(p.name ?? "Ada Obi");
  await page.getByLabel("Organisation", { exact: true }).fill(p.organisation ?? "ngCERT");
  await page.getByLabel("Email address (optional)").fill(p.email ?? "ada@example.org");
  await page.getByLabel(p.capacity ?? "On behalf of an organisation").check();
  await page.getByLabel(p.group ?? "Government", { exact: true }).check();
  await page.getByLabel("Country").selectOption(p.country ?? "NG");
  const nri = page.getByLabel("National or Regional IGF initiative (NRI)", { exact: true });
  await nri.fill(p.nri ?? "Nigeria IGF");
  // The field offers its list of suggestions while it has the focus; a full-page screenshot
  // (which resizes the window) with the list open swallows the next click. A person moves on.
  await nri.blur();
}

export function answerBox(page, n) {
  return page.locator(`#answer-q${n}`);
}

export async function waitSaved(page) {
  await expect(page.locator(".save-status")).toContainText("Saved on this device at");
}

/** Goes to the next step with the Continue link. */
export async function next(page) {
  await page.getByRole("link", { name: "Continue" }).click();
}

const schema = JSON.parse(readFileSync("docs/response-format.schema.json", "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Validates a response file or bundle against the JSON Schema and checks its integrity. */
export function checkFile(text) {
  const doc = JSON.parse(text);
  const valid = validate(doc);
  expect(validate.errors ?? [], "JSON Schema errors").toEqual([]);
  expect(valid).toBe(true);
  expectIntact(doc);
  for (const inner of doc.responses ?? []) expectIntact(inner);
  return doc;
}

function expectIntact(doc) {
  const { integrity, ...rest } = doc;
  const digest = createHash("sha256").update(canonicalize(rest), "utf8").digest("hex");
  expect(digest, "integrity digest").toBe(integrity.digest);
}

/** Saves a download and returns its name and text. */
export async function downloadOf(page, action) {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), text: bytes.toString("utf8"), bytes };
}

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules; any violation fails. */
export async function expectAccessible(page, screen) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The text of an element with Fluent's invisible bidi isolation marks removed. */
export async function plainText(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, "");
}

/** A pattern for `text` that tolerates the invisible bidi isolation marks Fluent puts around
 *  placeholders (U+2068, U+2069). */
export function loose(text) {
  const marks = "[\\u2068\\u2069]*";
  return new RegExp(marks + [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(marks) + marks);
}
