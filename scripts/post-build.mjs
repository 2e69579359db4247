// Trunk post-build hook, for every page: puts a strict Content-Security-Policy in the page,
// with the hashes of its inline scripts (Trunk's loader; the form's redirect to form.html).
// Then, for the form for any questionnaire (form.html, built first, into FORM_DIST), the
// deployment, the language files build.rs wrote (every language but English, fetched when
// chosen) and the offline kit; for the form (index.html), the same, form.html's build copied in,
// and the service worker's precache list and cache version from the files of this build. The
// version is a hash of their contents, so it changes exactly when the app does.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { deploymentProblem } from "./deployment.mjs";
import { DRAFT_SLOT, KIT, REVIEW_TEMPLATE, buildKit } from "./offline-kit.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run me from trunk");
  process.exit(1);
}
// The form (index.html) in two parts, so a first visit waits only for what it runs
// (scripts/split.mjs); BPF_SPLIT=0 leaves it whole. Before the policy, which hashes the loader.
if (readdirSync(dir).some((f) => /^app-[0-9a-f]+_bg\.wasm$/.test(f)) && process.env.BPF_SPLIT !== "0") {
  const { splitForm } = await import("./split.mjs");
  console.log(`post-build: ${await splitForm(dir)}`);
}

// The policy: only this site's own files; no inline script but Trunk's loader, by hash; wasm
// compiled with 'wasm-unsafe-eval' (not 'unsafe-eval': no eval, no new Function); no inline
// styles; no plugins, no <base>, no form posts. README lists it for sites that embed the form.
const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");
const inline = [...html.matchAll(/<script(?: type=module| type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length < 1 || inline.length > 2) {
  console.error(`post-build: expected Trunk's inline script (and the form's redirect) in ${page}, found ${inline.length}`);
  process.exit(1);
}
const scriptHashes = inline.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
const POLICY = [
  "default-src 'self'",
  `script-src 'self' ${scriptHashes.join(" ")} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  // The synthesis page starts its worker the way yew-agent does: from a two-line blob script
  // that imports the worker's own file. A blob worker keeps the page's policy.
  existsSync(join(dir, "worker.js")) ? "worker-src 'self' blob:" : "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;
  // Right after the charset, so it governs everything after it.
  const charset = /<meta charset="?utf-8"? ?\/?>/i;
  if (!charset.test(html)) {
    console.error(`post-build: no <meta charset> in ${page} to put the policy after`);
    process.exit(1);
  }
  writeFileSync(page, html.replace(charset, (m) => `${m}${meta}`));
}
console.log(`post-build: Content-Security-Policy with script hashes ${scriptHashes.join(" ")}`);

// The review page's build: its template, self-contained, for the synthesis page to fill.
if (readdirSync(dir).some((f) => /^review-[0-9a-f]+\.js$/.test(f))) {
  const template = buildKit(dir, { bin: "review", out: REVIEW_TEMPLATE, i18n: languageFiles("review"), synthesisMessages: true, questionnaires: false, slot: DRAFT_SLOT });
  console.log(`post-build: review page template ${REVIEW_TEMPLATE}, ${(template.size / 1024).toFixed(0)} KB`);
  process.exit(0);
}

// The form for any questionnaire (form.html): built first, then copied into the form's build.
const anyQuestionnaire = readdirSync(dir).some((f) => /^form-[0-9a-f]+\.js$/.test(f));
// Only the form's build has a service worker; the synthesis page's build has none.
if (!anyQuestionnaire && !existsSync(join(dir, "sw.js"))) process.exit(0);

// What the site vouches for (the Secretariat's keys, the addresses files may be sent to, the
// other sites questionnaires may come from), fixed
// at deployment: BPF_DEPLOYMENT names the file, deployment.json by default. Written into the page
// as data, so the offline kit carries it too; a `key` or `contact` in a page address that is not
// listed is never presented as the Secretariat's.
{
  const file = process.env.BPF_DEPLOYMENT ?? "deployment.json";
  let deployment = { keys: [], contacts: [] };
  let problem = null;
  try {
    if (existsSync(file)) deployment = JSON.parse(readFileSync(file, "utf8"));
    problem = deploymentProblem(deployment);
  } catch (e) {
    problem = `not JSON (${e.message})`;
  }
  if (problem) {
    console.error(`post-build: ${file}: ${problem}`);
    process.exit(1);
  }
  const block = `<script type="application/json" id="bpf-deployment">${JSON.stringify(deployment).replace(/</g, "\\u003c")}</script>`;
  const page = readFileSync(join(dir, "index.html"), "utf8");
  if (!page.includes('id="bpf-deployment"')) writeFileSync(join(dir, "index.html"), page.replace("</head>", `${block}</head>`));
  console.log(`post-build: ${file}: ${deployment.keys?.length ?? 0} keys, ${deployment.contacts?.length ?? 0} contacts, ${deployment.questionnaire_sites?.length ?? 0} other questionnaire sites`);
}

// The synthesis page (in synthesis/) fetches its languages from here too, as ../i18n/.
mkdirSync(join(dir, "i18n"), { recursive: true });
const built = anyQuestionnaire ? languageFiles("form") : languageFiles("app", ["--no-default-features"]);
for (const name of readdirSync(built).filter((n) => n.endsWith(".msg"))) {
  copyFileSync(join(built, name), join(dir, "i18n", name));
}

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The offline kit is the form for any questionnaire, with the site's questionnaires.
if (anyQuestionnaire) {
  const kit = buildKit(dir, { bin: "form" });
  console.log(`post-build: offline kit ${KIT}, ${(kit.size / 1024).toFixed(0)} KB`);
  process.exit(0);
}

// form.html's build, copied in: its page as form.html, its program, the offline kit.
const formDist = process.env.FORM_DIST ?? "target/form-dist";
const formFiles = existsSync(formDist) ? readdirSync(formDist).filter((f) => /^form-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f)) : [];
if (formFiles.length !== 2 || !existsSync(join(formDist, KIT))) {
  console.error(`post-build: the form for any questionnaire is not built in ${formDist}: build it first (scripts/build.sh does)`);
  process.exit(1);
}
copyFileSync(join(formDist, "index.html"), join(dir, "form.html"));
for (const f of [...formFiles, KIT]) copyFileSync(join(formDist, f), join(dir, f));
cpSync(join(formDist, "snippets"), join(dir, "snippets"), { recursive: true });
console.log(`post-build: form.html and ${formFiles.join(", ")} from ${formDist}`);

// The service worker's own file is not part of what the page loads. The encryption worker is
// fetched only by forms configured with a key, the form for any questionnaire only by those who
// answer another questionnaire; the service worker caches them then (see sw.js), so other
// respondents never download them; they still count in the version.
const all = walk(dir)
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js")
  .sort();
// Nor is the offline kit, which a person downloads when they want it.
// The embed loader and demo page are for host pages, not for the form itself.
const fetchedOnDemand = ["encrypt.js", "encrypt_bg.wasm", "form.html", ...formFiles];
const onDemand = new Set([...fetchedOnDemand, KIT, "embed.js", "demo.html"]);
// The synthesis page's messages (i18n/*-synthesis.msg) are fetched by that page only.
const files = all.filter((path) => !onDemand.has(path) && !/^i18n\/[^/]+-synthesis\.msg$/.test(path));
const hash = createHash("sha256");
for (const file of all) {
  hash.update(file).update("\0").update(readFileSync(join(dir, file))).update("\0");
}
const version = hash.digest("hex").slice(0, 16);
// Each file with a hash of its content, so a new deployment reuses the files it did not change.
const contentHash = (file) => createHash("sha256").update(readFileSync(join(dir, file))).digest("hex").slice(0, 16);
const precache = JSON.stringify([["./", contentHash("index.html")], ...files.map((f) => [`./${f}`, contentHash(f)])]);
const swPath = join(dir, "sw.js");
const kept = JSON.stringify(fetchedOnDemand.map((f) => [`./${f}`, contentHash(f)]));
const sw = readFileSync(swPath, "utf8").replace("__VERSION__", version).replace("__PRECACHE__", precache).replace("__ON_DEMAND__", kept);
writeFileSync(swPath, sw);
console.log(`post-build: ${files.length} files, cache version ${version}`);

// The language files build.rs wrote into its OUT_DIR for `bin`'s build: Cargo says where that is,
// for the build Trunk has just made (the same command, so nothing is rebuilt), as Trunk itself
// asks Cargo for the artifacts.
// `features`: the build's own feature options (index.html's app has none of the defaults).
function languageFiles(bin, features = []) {
  const args = ["build", "--target=wasm32-unknown-unknown", "--bin", bin, ...features, "--offline", "--message-format=json"];
  if (process.env.TRUNK_PROFILE === "release") args.push("--release");
  const cargo = spawnSync("cargo", args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const outDir = cargo.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === "build-script-executed" && /[/#]bpf-survey[@#]/.test(m.package_id))?.out_dir;
  const built = outDir && join(outDir, "i18n");
  if (!built || !existsSync(built)) {
    console.error(`post-build: no language files from build.rs (cargo said: ${cargo.stderr.trim().split("\n").pop()})`);
    process.exit(1);
  }
  return built;
}
