// Writes the hostile-file corpus in tests/fixtures/hostile/: response files whose text fields
// carry scripts, links, markup, spreadsheet formulas and bidi controls (correctly sealed, so they
// load and must be shown inert), and files that must be refused with a clear reason. The very
// large cases (a 10 MB answer, thousands of tiny files) are made by the tests themselves.
// Run: node scripts/gen-hostile.mjs
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import canonicalize from "canonicalize";

const DIR = "tests/fixtures/hostile";
mkdirSync(DIR, { recursive: true });
const base = JSON.parse(readFileSync("tests/fixtures/corpus-45/response-000000.json", "utf8"));
delete base.integrity;

function seal(doc) {
  const digest = createHash("sha256").update(canonicalize(doc), "utf8").digest("hex");
  return { ...doc, integrity: { algorithm: "sha-256", canonicalization: "rfc8785", digest } };
}
let n = 0;
function response(fields) {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  const doc = structuredClone(base);
  doc.response_id = id;
  doc.publication = "named";
  Object.assign(doc.respondent, fields.respondent ?? {});
  doc.answers = fields.answers;
  return doc;
}
const write = (name, text) => writeFileSync(`${DIR}/${name}`, text);
const everyAnswer = (text) => Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`q${i}`, `${text} (question ${i}) and enough words to be quoted in a theme.`]));

const SCRIPT = `<script>window.__pwned = "script"</script><img src=x onerror="window.__pwned='img'">`;
const expected = {};
function good(name, fields, note) {
  write(name, JSON.stringify(seal(response(fields)), null, 2));
  expected[name] = { outcome: "loaded", note };
}
function bad(name, text, reason, note) {
  write(name, text);
  expected[name] = { outcome: "rejected", reason, note };
}

good("script-in-every-field.json", {
  respondent: { name: SCRIPT, organisation: SCRIPT, email: "x@example.org", nri: SCRIPT },
  answers: everyAnswer(`Cooperation matters ${SCRIPT}`),
}, "script tags and event handlers in every text field: shown as text");
good("javascript-links.json", {
  respondent: { name: "[Click me](javascript:window.__pwned='md')", organisation: '<a href="javascript:window.__pwned=1">Org</a>' },
  answers: everyAnswer("See [the report](javascript:window.__pwned='link') and <a href=\"javascript:alert(1)\">this</a>"),
}, "javascript: links in Markdown and HTML syntax: never links");
good("html-in-names.json", {
  respondent: { name: "<b>Bold</b> <iframe src=\"https://evil.example\"></iframe>", organisation: "<style>body{display:none}</style>Org" },
  answers: { q1: "Plain answer about incident response teams and national CERT cooperation." },
}, "HTML in names: shown as text");
const formulas = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)"];
good("spreadsheet-formulas.json", {
  respondent: { name: formulas[0], organisation: formulas[6], nri: formulas[3] },
  answers: Object.fromEntries(formulas.slice(0, 7).map((f, i) => [`q${i + 1}`, f])),
}, "formulas starting with = + - @ tab CR and full-width forms: neutralised in CSV");
good("bidi-and-invisible.json", {
  respondent: { name: "Eve\u202Eevil\u202C", organisation: "Org\u2069\u202E" },
  answers: { q1: "Normal start \u202Ereversed text\u202C then \u200B\u200Bzero width\u2066 unclosed isolate", q2: "\u2069\u2069\u202E stray closers before an override" },
}, "bidi overrides, stray isolate closers and zero-width characters: isolated so they cannot reorder surrounding text");

// Files to refuse.
bad("deeply-nested.json", "[".repeat(100_000) + "]".repeat(100_000), "not-response", "100,000 levels of nesting");
const dup = JSON.stringify(seal(response({ answers: { q1: "First copy of the answer." } })), null, 2);
bad("duplicate-keys.json", dup.replace('"answers": {', '"answers": {\n    "q1": "A second q1 hidden before the first",'), "duplicate", "the same key twice in one object");
bad("invalid-utf8.json", Buffer.concat([Buffer.from('{"format":"bpf-survey-response","name":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]), "not-text", "bytes that are not UTF-8");
const numbers = response({ answers: { q1: "An answer." } });
numbers.respondent.name = 12345;
numbers.answers.q2 = ["an", "array"];
bad("numbers-for-text.json", JSON.stringify(seal(numbers), null, 2), "invalid", "a number where a name belongs, a list where an answer belongs");
const bundle = {
  format: "bpf-survey-bundle",
  format_version: 1,
  created: "2016-10-01T00:00:00.000Z",
  app: { name: "bpf-survey", version: "hostile" },
  response_count: 5,
  responses: [seal(response({ answers: { q1: "One." } })), seal(response({ answers: { q1: "Two." } }))],
};
bad("bundle-claims-more.json", JSON.stringify(seal(bundle), null, 2), "count", "a bundle claiming 5 responses that holds 2");

write("expected.json", JSON.stringify(expected, null, 2) + "\n");
console.log(`wrote ${Object.keys(expected).length} files to ${DIR}`);
