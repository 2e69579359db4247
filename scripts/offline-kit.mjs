// Builds the offline kit: one self-contained HTML file (dist/bpf-survey-offline.html) with the
// form's script, wasm, styles and every language inlined, which opens from disk (file://) with
// no network and saves response files exactly like the hosted form. Called by post-build.mjs
// for the form's build; `dir` is Trunk's staging folder.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const KIT = "bpf-survey-offline.html";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
// JSON inside a <script> element: nothing in it may close the element.
const scriptSafe = (json) => json.replace(/</g, "\\u003c");

// The review page's template: the review app, self-contained in the same way, with every
// language's messages (the form's and the synthesis page's, which hold the review page's own)
// and an empty slot the synthesis page fills with a draft (core::format::review::DRAFT_SLOT).
export const REVIEW_TEMPLATE = "bpf-review-template.html";
export const DRAFT_SLOT = '<script type="application/json" id="bpf-draft"></script>';

// `bin` names the binary whose loader, wasm and styles are inlined; `i18n` is the folder of
// language files (every language but English, which is built in); `synthesisMessages` whether
// the synthesis page's messages come too; `questionnaires` whether the site's questionnaires do.
export function buildKit(dir, { bin = "app", out = KIT, i18n = join(dir, "i18n"), synthesisMessages = false, questionnaires: withQuestionnaires = true, slot = "" } = {}) {
  const page = readFileSync(join(dir, "index.html"), "utf8");
  const files = readdirSync(dir);
  const js = files.find((f) => new RegExp(`^${bin}-[0-9a-f]+\\.js$`).test(f));
  const wasm = files.find((f) => new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`).test(f));
  const cssFiles = files.filter((f) => /^[a-z]+-[0-9a-f]+\.css$/.test(f)).sort();
  if (!js || !wasm || !cssFiles.length) throw new Error(`offline kit: ${bin} files missing in ${dir}`);

  // The loader's static imports are wasm-bindgen snippets: inline them as plain functions.
  let code = readFileSync(join(dir, js), "utf8");
  code = code.replace(/^import \{([^}]*)\} from '\.\/(snippets\/[^']+)';\n/gm, (_, names, path) => {
    const snippet = readFileSync(join(dir, path), "utf8").replace(/^export /gm, "");
    return `${snippet}\n`;
  });
  if (/^import /m.test(code)) throw new Error("offline kit: the loader has an import it cannot inline");
  const bytes = readFileSync(join(dir, wasm)).toString("base64");
  const start = `${code}
const wasmBytes = Uint8Array.from(atob(document.getElementById("bpf-wasm").textContent), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
`;
  // In the page's order (style.css first, then the page's own).
  const order = [...page.matchAll(/href="?\.?\/?([a-z]+-[0-9a-f]+\.css)/g)].map((m) => m[1]);
  const style = (order.length ? order : cssFiles).map((f) => readFileSync(join(dir, f), "utf8")).join("\n");

  // Every language, as the page would fetch it (web::locale reads these first).
  const languages = readdirSync(i18n)
    .filter((f) => f.endsWith(".msg") && (synthesisMessages || !f.includes("-synthesis")))
    .sort()
    .map((f) => {
      const tag = f.replace(/\.msg$/, "");
      const text = readFileSync(join(i18n, f), "utf8");
      return `<script type="application/json" id="bpf-i18n-${tag}">${scriptSafe(JSON.stringify(text))}</script>`;
    })
    .join("");

  // The site's questionnaires, as `?questionnaire=questionnaires/….json` would fetch them
  // (web::questionnaires reads these first).
  const questionnaires = withQuestionnaires && existsSync(join(dir, "questionnaires"))
    ? readdirSync(join(dir, "questionnaires"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => {
          const text = readFileSync(join(dir, "questionnaires", f), "utf8");
          return `<script type="application/json" id="bpf-questionnaire-questionnaires/${f}">${scriptSafe(JSON.stringify(text))}</script>`;
        })
        .join("")
    : "";

  const policy = [
    "default-src 'none'",
    `script-src ${sha256(start)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  let kit = page
    // The hosted page's policy and assets give way to the kit's own.
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
    .replace(/<link[^>]*rel=stylesheet[^>]*>/, `<style>${style}</style>`)
    .replace(/<link[^>]*rel=stylesheet[^>]*>/g, "")
    .replace(/<link[^>]*rel=(modulepreload|preload|icon)[^>]*>/g, "")
    .replace(/<script type=module>[\s\S]*?<\/script>/, "");
  if (kit.includes("<script type=module>")) throw new Error("offline kit: a second loader script");
  const tail = `${slot}<script type="application/octet-stream" id="bpf-wasm">${bytes}</script>${languages}${questionnaires}<script type=module>${start}</script>`;
  kit = kit.includes("</body>") ? kit.replace("</body>", `${tail}</body>`) : kit + tail;
  writeFileSync(join(dir, out), kit);
  return { size: kit.length };
}
