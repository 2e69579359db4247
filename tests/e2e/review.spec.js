// The review round's files on the synthesis page. A draft and comment files are written here
// as a third party would, from docs/review-format.md alone (RFC 8785 canonical JSON, SHA-256),
// and dropped with the responses: the page lists each, refuses a tampered one and one for
// another call with their reasons, and Part III A comes out in the Markdown and HTML downloads,
// each reader's words under their publication choice and inert.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { SCREENSHOTS, downloadOf, expectAccessible, loose } from "./helpers.js";

const sha = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const seal = (doc) => ({ ...doc, integrity: { algorithm: "sha-256", canonicalization: "rfc8785", digest: sha(canonicalize(doc)) } });
const app = { name: "a-third-party-tool", version: "1" };
const call = { id: "igf-bpf-cybersecurity-2016", version: 1 };

function section(id, title, text) {
  const s = { id, title: { en: title }, blocks: { en: [{ type: "paragraph", text }] } };
  return { id, hash: sha(canonicalize({ title: s.title, blocks: s.blocks })), title: s.title, blocks: s.blocks };
}

const sections = [
  section("overview", "Overview", "45 contributions were received."),
  section("q1", "Question 1: roles and responsibilities", "Governments set policy; CERTs respond."),
];
const draft = seal({
  format: "bpf-survey-draft", format_version: 1, questionnaire: call, version: "1.0",
  published: "2016-10-01T00:00:00.000Z", languages: ["en"], title: { en: "Part II" }, sections, app,
});

function commentFile(id, name, publication, text, questionnaire = call) {
  return seal({
    format: "bpf-survey-comment", format_version: 1, comment_id: id, questionnaire, draft_version: "1.0",
    created: "2016-10-12T09:00:00.000Z", updated: "2016-10-12T09:20:00.000Z", exported: "2016-10-12T09:21:00.000Z",
    language: "fr",
    respondent: { name, organisation: "", email: "", capacity: "individual", stakeholder_group: "civil-society", country: "SN", m49: null, nri: "" },
    publication,
    comments: [{ section: "q1", section_hash: sections[1].hash, text }],
    app,
  });
}

test("drafts and comment files load beside responses, and Part III A is in the downloads", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-"));
  const write = (name, doc) => { writeFileSync(join(dir, name), typeof doc === "string" ? doc : JSON.stringify(doc, null, 2)); return join(dir, name); };
  const amina = commentFile("0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a", "Amina Diallo", "anonymous",
    "Il manque les régulateurs. <img src=x onerror=alert(1)>");
  const files = [
    write("draft-1.0.json", draft),
    write("comments-amina.json", amina),
    write("comments-private.json", commentFile("0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b", "Zebulon Private", "do-not-publish", "Xylophonic secret remark.")),
    write("comments-tampered.json", JSON.stringify(amina).replace("régulateurs", "ministères")),
    write("comments-other-call.json", commentFile("0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c", "Other", "named", "Other call.", { id: "another-call", version: 1 })),
  ];
  const corpus = "tests/fixtures/corpus-45";
  const responses = readdirSync(corpus).sort().map((f) => join(corpus, f));
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles([...responses, ...files]);
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });
  await expect(page.locator(".report__summary")).toHaveText(loose("45 files: 45 loaded, 0 duplicates, 0 rejected. 45 responses in the set."));

  const list = page.getByRole("region", { name: "Drafts and comments" });
  await expect(list.locator("li")).toHaveCount(5);
  await expect(list).toContainText(loose("draft-1.0.json: Draft 1.0, 2 sections, kept for the comments on it."));
  await expect(list).toContainText(loose("comments-amina.json: one comment on Draft 1.0, in Part III A of the downloads."));
  await expect(list.locator(".review-files__refused")).toHaveCount(2);
  await expect(list.locator(".review-files__refused").filter({ hasText: "comments-tampered.json" })).toContainText("edited or damaged");
  await expect(list.locator(".review-files__refused").filter({ hasText: "comments-other-call.json" })).toContainText("another-call");
  await expectAccessible(page, "drafts and comments");

  // The secretariat reads them on the page too, beside the text of the draft they answer.
  const received = page.getByRole("region", { name: "Comments received on the drafts" });
  await expect(received).toContainText("Il manque les régulateurs. <img src=x onerror=alert(1)>");
  await expect(received.locator("img")).toHaveCount(0);
  await expect(received).toContainText(loose("Anonymous, Civil society, Senegal"));
  await expect(received).toContainText(loose("One more comment is counted but not published, as its reader chose."));
  await expect(received).not.toContainText("Xylophonic");
  await received.locator("summary").filter({ hasText: loose("The text of Draft 1.0 they commented on") }).click();
  await expect(received).toContainText("Governments set policy; CERTs respond.");
  await expectAccessible(page, "comments received");
  mkdirSync(SCREENSHOTS, { recursive: true });
  await received.screenshot({ path: `${SCREENSHOTS}/synthesis-comments.png` });

  const md = (await downloadOf(page, () => page.getByRole("button", { name: "Download as Markdown" }).click())).text;
  expect(md).toMatch(/^## Part III A\. Comments received on Draft 1\\?\.0$/m);
  expect(md).toMatch(loose("### Question 1: roles and responsibilities \\(Draft 1.0\\)"));
  expect(md).toMatch(loose("2 comments \\(by stakeholder group: Civil society 2; by region: Sub-Saharan Africa 2\\)."));
  expect(md).toContain("Il manque les régulateurs");
  expect(md).toMatch(loose("a civil-society respondent, Senegal"));
  expect(md).toContain("One more comment is counted but not published, as its reader chose.");
  for (const hidden of ["Xylophonic", "Zebulon", "ministères", "Other call"]) expect(md).not.toContain(hidden);

  const html = (await downloadOf(page, () => page.getByRole("button", { name: "Download as a web page (to print or save as PDF)" }).click())).text;
  expect(html).toContain("Il manque les régulateurs. &lt;img src=x onerror=alert(1)&gt;");
  expect(html).not.toContain("<img src=x");
  expect(html).not.toContain("Xylophonic");
});

test("the secretariat publishes a draft from the page, and a reader's comments on it come back under its sections", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const corpus = "tests/fixtures/corpus-45";
  await page.goto("./synthesis/");
  await page.locator("#file-input").setInputFiles(readdirSync(corpus).sort().map((f) => join(corpus, f)));
  await expect(page.locator(".status-line")).toContainText("Synthesis ready", { timeout: 60_000 });

  // A version label that is not one is said at once, and nothing can be published.
  const publish = page.getByRole("button", { name: "Download the draft file" });
  await page.locator("#draft-version").fill("1.0 final!");
  await expect(page.locator("#draft-version-error")).toBeVisible();
  await expect(publish).toBeDisabled();
  await expectAccessible(page, "a draft's version refused");
  await page.locator("#draft-version").fill("1.0");
  await page.locator("#export-language").selectOption("fr");
  const download = await downloadOf(page, () => publish.click());
  expect(download.name).toMatch(/^bpf-draft-1\.0-\d{4}-\d{2}-\d{2}\.json$/);
  const published = JSON.parse(download.text);
  const { integrity, ...rest } = published;
  expect(sha(canonicalize(rest))).toBe(integrity.digest);
  expect(published.format).toBe("bpf-survey-draft");
  expect(published.languages).toEqual(["fr", "en"]);
  expect(published.sections.map((s) => s.id)).toEqual(["about", "overview", "contributions", "q1", "q2", "q3", "q4", "q5", "q6", "q7"]);
  const q3 = published.sections.find((s) => s.id === "q3");
  expect(sha(canonicalize({ title: q3.title, blocks: q3.blocks }))).toBe(q3.hash);
  expect(q3.title.fr).toMatch(/^Question 3/);

  // A reader comments on question 3 of that draft; the draft and the comments load here.
  const dir = mkdtempSync(join(tmpdir(), "bpf-review-loop-"));
  writeFileSync(join(dir, "draft.json"), download.text);
  const comment = seal({
    format: "bpf-survey-comment", format_version: 1, comment_id: "0d0d0d0d-0d0d-4d0d-8d0d-0d0d0d0d0d0d",
    questionnaire: published.questionnaire, draft_version: "1.0",
    created: "2016-10-12T09:00:00.000Z", updated: "2016-10-12T09:20:00.000Z", exported: "2016-10-12T09:21:00.000Z",
    language: "fr",
    respondent: { name: "Awa Ndiaye", organisation: "CERT Sénégal", email: "", capacity: "organisation", stakeholder_group: "government", country: "SN", m49: null, nri: "" },
    publication: "named",
    comments: [{ section: "q3", section_hash: q3.hash, text: "La formation des magistrats manque." }],
    app,
  });
  writeFileSync(join(dir, "comments.json"), JSON.stringify(comment, null, 2));
  await page.locator("#file-input").setInputFiles([join(dir, "draft.json"), join(dir, "comments.json")]);
  const received = page.getByRole("region", { name: "Comments received on the drafts" });
  await expect(received).toContainText("La formation des magistrats manque.", { timeout: 60_000 });
  await expect(received).toContainText(loose(q3.title.en));
  await expect(received).toContainText("Awa Ndiaye, CERT Sénégal");
  await expect(received).not.toContainText("This section was changed");
});
