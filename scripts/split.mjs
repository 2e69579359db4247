// The form's WebAssembly in two parts, so that a first visit waits only for what it runs
// (docs/size.md, 2026-12-08). Every function of the built module is marked with a store into a
// memory of its own; the marked form is driven in headless Chromium to the start button and
// through it to typing one's name; what ran is the first part, the rest the second.
//
// The first part is the module with each of the others' bodies replaced by a stub that calls
// through a table (`__split_lazy`), calling the loader first while the table's slot is empty.
// The second part is the module again, with the first part's bodies replaced by calls through a
// table of the first part's own functions (`__split_eager`), its memory, tables and globals
// imported from the first part (so both run on one state: one stack pointer, one heap), its data
// left to the first (which wrote it), and each of its own functions exported. No index moves, so
// no instruction needs rewriting. The glue (wasm-bindgen's JS) fetches the second part in the
// background once the first runs; a stub called before it arrives loads it synchronously
// (XMLHttpRequest, which the service worker answers offline, then WebAssembly.Module). A second
// part that cannot be had leaves what needs it undone, and the page says so in its language;
// what the first part did (typing on the first page, saved) stays.
//
// `splitForm(dir)` does it in place in Trunk's staging folder (scripts/post-build.mjs), naming the
// three files by a hash of their contents; `scripts/split-estimate.mjs` prints the sizes.
import { chromium } from "@playwright/test";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

// --- the binary format, as far as this needs (https://webassembly.github.io/spec/core/binary/)
const B = (x) => Buffer.from(x);
function uleb(bytes, at) {
  let value = 0, shift = 0, b;
  do { b = bytes[at++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [value, at];
}
function leb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}
function sleb(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f; n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}
const str = (s) => Buffer.concat([B(leb(B(s).length)), B(s)]);
const nameEnd = (bytes, at) => { const [n, p] = uleb(bytes, at); return p + n; };
const limitsEnd = (b, at) => { const flag = b[at++]; [, at] = uleb(b, at); if (flag & 1) [, at] = uleb(b, at); return at; };
/** The end of a constant expression (a global's or a segment's initialiser). */
function exprEnd(b, at) {
  for (;;) {
    const op = b[at++];
    if (op === 0x0b) return at;
    if ([0x41, 0x42, 0x23, 0xd2].includes(op)) { while (b[at++] & 0x80); }
    else if (op === 0x43) at += 4;
    else if (op === 0x44) at += 8;
    else if (op === 0xd0) at += 1;
    else throw new Error(`split: constant expression opcode ${op}`);
  }
}
/** A section's items, each cut where `end` says it ends. */
function items(body, end) {
  let [n, at] = uleb(body, 0);
  const out = [];
  for (let i = 0; i < n; i++) { const start = at; at = end(body, at); out.push(body.subarray(start, at)); }
  return out;
}
const vec = (list) => Buffer.concat([B(leb(list.length)), ...list.map(B)]);
const sized = (body) => Buffer.concat([B(leb(body.length)), body]);

/** A module's sections and what splitting reads of them. Only function imports are expected
 * (wasm-bindgen's), and function types. */
export function parse(bytes) {
  const list = [];
  for (let at = 8; at < bytes.length;) {
    const [size, start] = uleb(bytes, at + 1);
    list.push({ id: bytes[at], body: bytes.subarray(start, start + size) });
    at = start + size;
  }
  const section = (id) => list.find((s) => s.id === id)?.body;
  const types = items(section(1), (b, at) => {
    if (b[at] !== 0x60) throw new Error("split: a type that is not a function's");
    let [n, p] = uleb(b, at + 1); [n, p] = uleb(b, p + n); return p + n;
  });
  const imports = items(section(2), (b, at) => {
    at = nameEnd(b, nameEnd(b, at));
    if (b[at++] !== 0) throw new Error("split: an import other than a function");
    return uleb(b, at)[1];
  });
  const bodies = items(section(10), (b, at) => { const [size, p] = uleb(b, at); return p + size; })
    .map((x) => { const [size, p] = uleb(x, 0); return x.subarray(p, p + size); });
  return {
    header: bytes.subarray(0, 8), list, section, types, imports, bodies,
    params: types.map((t) => uleb(t, 1)[0]),
    functionTypes: items(section(3), (b, at) => uleb(b, at)[1]).map((x) => uleb(x, 0)[0]),
    tables: items(section(4), (b, at) => limitsEnd(b, at + 1)),
    memories: items(section(5), limitsEnd),
    globals: section(6) ? items(section(6), (b, at) => exprEnd(b, at + 2)) : [],
    exports: items(section(7), (b, at) => uleb(b, nameEnd(b, at) + 1)[1]),
  };
}

/** The module of `m` with sections replaced (`with`, by id) and some left out. */
function assemble(m, replaced, without = []) {
  const parts = [m.header];
  for (const s of m.list) {
    if (without.includes(s.id)) continue;
    const body = replaced[s.id] ?? s.body;
    parts.push(B([s.id, ...leb(body.length)]), B(body));
  }
  return Buffer.concat(parts);
}

/** The module of `m` with the bodies of the functions not flagged in `kept` emptied
 * (`unreachable`): how large a first part of just those would be. */
export function emptied(m, kept) {
  const empty = B([0, 0x00, 0x0b]);
  return assemble(m, { 10: vec(m.bodies.map((b, i) => sized(kept[i] ? b : empty))) });
}

/** Where a body's code starts, after its local declarations. */
function afterLocals(body) {
  let [n, at] = uleb(body, 0);
  for (let i = 0; i < n; i++) {
    [, at] = uleb(body, at);
    if ([0x63, 0x64].includes(body[at++])) throw new Error("split: typed references are not handled");
  }
  return at;
}

/** The module with every function storing 1 at its index in memory `__marks` on entry. */
export function marked(m) {
  const memory = m.memories.length, mark = m.imports.length + m.bodies.length;
  if (m.bodies.length > 65536) throw new Error("split: more functions than a page of marks");
  const functions = m.section(3);
  return assemble(m, {
    1: vec([...m.types, [0x60, 1, 0x7f, 0]]),
    3: Buffer.concat([B(leb(m.bodies.length + 1)), functions.subarray(uleb(functions, 0)[1]), B(leb(m.types.length))]),
    5: vec([...m.memories, [0, 1]]),
    7: vec([...m.exports, Buffer.concat([str("__marks"), B([2, ...leb(memory)])])]),
    10: vec([
      ...m.bodies.map((b, i) => { const at = afterLocals(b); return sized(Buffer.concat([b.subarray(0, at), B([0x41, ...sleb(i), 0x10, ...leb(mark)]), b.subarray(at)])); }),
      // local.get 0, i32.const 1, i32.store8 (memory `memory`) offset 0
      sized(B([0, 0x20, 0, 0x41, 1, 0x3a, 0x40, ...leb(memory), 0, 0x0b])),
    ]),
  });
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".css": "text/css" };
/** Serves `dir` on 127.0.0.1 at a free port; resolves to the server and its address. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/+/, "");
    try {
      const body = readFileSync(join(dir, path === "" || path.endsWith("/") ? join(path, "index.html") : path));
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? (path === "" ? "text/html" : "application/octet-stream") });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve([server, `http://127.0.0.1:${server.address().port}/`])));
}

/** Which functions of `dir`'s form module (`wasmName`) a respondent's first steps run: to the
 * start button (`start`), and through it to typing one's name (`typing`), as flags by index. */
export async function profile(dir, wasmName, m) {
  const copy = mkdtempSync(join(tmpdir(), "bpf-split-"));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, wasmName), marked(m));
  // Trunk's subresource integrity names the module as built, and no worker is wanted.
  const html = readFileSync(join(dir, "index.html"), "utf8").replace(/ integrity=("[^"]*"|[^ >]*)/g, "");
  writeFileSync(join(copy, "index.html"), html);
  rmSync(join(copy, "sw.js"), { force: true });
  const [server, url] = await serve(copy);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__marks = e.detail.wasm.__marks; }));
    const marks = () => page.evaluate((n) => Array.from(new Uint8Array(window.__marks.buffer, 0, n)), m.bodies.length);
    const start = page.getByRole("button", { name: "Start your response" });
    await page.goto(url);
    await start.waitFor();
    await page.waitForFunction(() => window.__marks);
    const ran = { start: await marks() };
    await start.click();
    await page.locator("#field-name").pressSequentially("Ana Respondent");
    // Until the name is saved: what a person types on the first page is kept without the rest.
    await page.locator(".save-status").filter({ hasText: "Saved on this device at" }).waitFor();
    await page.waitForTimeout(500);
    ran.typing = await marks();
    if (errors.length) throw new Error(`split: the marked form failed: ${errors.join("; ")}`);
    return ran;
  } finally {
    await browser.close();
    server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

/** A body that passes its parameters on through `table` at `slot`. */
const forward = (m, type, table, slot) =>
  B([0, ...Array.from({ length: m.params[type] }, (_, p) => [0x20, ...leb(p)]).flat(), 0x41, ...sleb(slot), 0x11, ...leb(type), ...leb(table), 0x0b]);

/** The two parts of `m`, the functions flagged in `ran` in the first. */
export function split(m, ran) {
  const first = m.bodies.map((_, i) => i).filter((i) => ran[i]);
  const second = m.bodies.map((_, i) => i).filter((i) => !ran[i]);
  const slots = (fs) => new Map(fs.map((f, s) => [f, s]));
  const [inFirst, inSecond] = [slots(first), slots(second)];
  // The first part's new tables: the second's functions (filled when it is loaded), the loader
  // (the glue's `load`, through a tiny module), and its own functions (for the second).
  const [lazy, loader, eager] = [m.tables.length, m.tables.length + 1, m.tables.length + 2];
  const loaderType = m.types.length;
  const stub = (f) => {
    const s = inSecond.get(f);
    // if (table.get lazy s) is null: call_indirect loader 0; then forward through lazy s.
    const load = [0x41, ...sleb(s), 0x25, ...leb(lazy), 0xd1, 0x04, 0x40, 0x41, 0, 0x11, ...leb(loaderType), ...leb(loader), 0x0b];
    return Buffer.concat([B([0, ...load]), forward(m, m.functionTypes[f], lazy, s).subarray(1)]);
  };
  const shared = [
    ["lazy", 1, lazy], ["loader", 1, loader], ["eager", 1, eager],
    ...m.tables.map((_, i) => [`t${i}`, 1, i]), ...m.memories.map((_, i) => [`m${i}`, 2, i]), ...m.globals.map((_, i) => [`g${i}`, 3, i]),
  ].map(([name, kind, index]) => Buffer.concat([str(`__split_${name}`), B([kind, ...leb(index)])]));
  const elements = m.section(9);
  if (!elements) throw new Error("split: no element section");
  const [segments, at] = uleb(elements, 0);
  // An active segment of table `eager` at 0, of function indices.
  const eagerSegment = B([2, ...leb(eager), 0x41, 0, 0x0b, 0, ...leb(first.length), ...first.flatMap((f) => leb(m.imports.length + f))]);
  const firstPart = assemble(m, {
    1: vec([...m.types, [0x60, 0, 0]]),
    4: vec([...m.tables, [0x70, 0, ...leb(Math.max(1, second.length))], [0x70, 0, 1], [0x70, 0, ...leb(first.length)]]),
    7: vec([...m.exports, ...shared]),
    9: Buffer.concat([B(leb(segments + 1)), elements.subarray(at), eagerSegment]),
    10: vec(m.bodies.map((b, i) => sized(inSecond.has(i) ? stub(i) : b))),
  }, [0]);
  const data = m.section(11) ? items(m.section(11), (b, at) => {
    const kind = b[at++];
    if (kind === 2) [, at] = uleb(b, at);
    if (kind !== 1) at = exprEnd(b, at);
    const [n, p] = uleb(b, at);
    return p + n;
  }) : [];
  const secondPart = assemble(m, {
    2: vec([...m.imports,
      ...m.tables.map((t, i) => Buffer.concat([str("split"), str(`t${i}`), B([1]), t])),
      ...m.memories.map((t, i) => Buffer.concat([str("split"), str(`m${i}`), B([2]), t])),
      ...m.globals.map((g, i) => Buffer.concat([str("split"), str(`g${i}`), B([3]), g.subarray(0, 2)])),
      Buffer.concat([str("split"), str("eager"), B([1, 0x70, 0, ...leb(first.length)])]),
    ]),
    7: vec(second.map((f, s) => Buffer.concat([str(`s${s}`), B([0, ...leb(m.imports.length + f)])]))),
    // Passive and empty: the first part wrote the data, and the state is shared.
    11: vec(data.map(() => [1, 0])),
    10: vec(m.bodies.map((b, i) => sized(inFirst.has(i) ? forward(m, m.functionTypes[i], m.tables.length, inFirst.get(i)) : b))),
  }, [0, 4, 5, 6, 8]);
  return { firstPart, secondPart, first: first.length, second: second.length };
}

// What the page says when the second part cannot be had, in the form's languages.
const UNAVAILABLE = {
  en: "Part of this form could not be loaded. What you typed before this message is kept on this device: reload the page when you are online.",
  fr: "Une partie de ce formulaire n’a pas pu être chargée. Ce que vous avez saisi avant ce message est conservé sur cet appareil : rechargez la page une fois en ligne.",
  es: "No se pudo cargar una parte de este formulario. Lo que escribió antes de este mensaje se conserva en este dispositivo: vuelva a cargar la página cuando tenga conexión.",
  ru: "Не удалось загрузить часть этой формы. Введённое до этого сообщения сохранено на этом устройстве: перезагрузите страницу, когда будете в сети.",
  zh: "本表单的一部分无法加载。此消息出现之前您输入的内容已保存在此设备上：联网后请重新加载页面。",
  ar: "تعذّر تحميل جزء من هذا النموذج. ما كتبته قبل ظهور هذه الرسالة محفوظ على هذا الجهاز: أعد تحميل الصفحة عند الاتصال بالإنترنت.",
};

/** wasm-bindgen's glue `js`, made to load `secondName` (of `count` functions) beside the first. */
export function glue(js, secondName, count) {
  // (module (import "x" "load" (func)) (export "load" (func 0))): the glue's `load` as a wasm function.
  const tiny = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 10, 1, 1, 0x78, 4, ...B("load"), 0, 0, 7, 8, 1, 4, ...B("load"), 0, 0];
  const hook = `
// The second part of the module (scripts/split.mjs): fetched once the first runs, or at once,
// synchronously, when a function of it is called first.
function __bpfSplit(wasm, imports) {
    const url = new URL(${JSON.stringify(`./${secondName}`)}, import.meta.url);
    let loaded = false;
    const shared = () => {
        const split = {};
        for (const [k, v] of Object.entries(wasm)) if (k.startsWith("__split_")) split[k.slice(8)] = v;
        return { ...imports, split };
    };
    const install = (instance) => {
        if (loaded) return;
        loaded = true;
        for (let s = 0; s < ${count}; s++) wasm.__split_lazy.set(s, instance.exports["s" + s]);
    };
    const unavailable = (e) => {
        // Said once, however many calls fail; each later call tries again.
        if (document.querySelector(".split-unavailable")) throw e;
        const messages = ${JSON.stringify(UNAVAILABLE)};
        const p = document.createElement("p");
        p.setAttribute("role", "alert");
        p.className = "split-unavailable";
        p.textContent = messages[document.documentElement.lang] ?? messages.en;
        // Kept in view (the stylesheet holds it at the top) and given the focus, wherever the
        // person was on the page.
        p.tabIndex = -1;
        document.body.prepend(p);
        p.focus();
        throw e;
    };
    const load = () => {
        if (loaded) return;
        try {
            const xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.overrideMimeType("text/plain; charset=x-user-defined");
            xhr.send();
            if (xhr.status !== 200) throw new Error("HTTP " + xhr.status);
            const text = xhr.responseText, bytes = new Uint8Array(text.length);
            for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
            install(new WebAssembly.Instance(new WebAssembly.Module(bytes), shared()));
        } catch (e) {
            unavailable(e);
        }
    };
    const tiny = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([${tiny.join(",")}])), { x: { load } });
    wasm.__split_loader.set(0, tiny.exports.load);
    setTimeout(() => WebAssembly.instantiateStreaming(fetch(url), shared()).then(({ instance }) => install(instance), () => {}), 0);
}
`;
  if (!js.includes("function __wbg_finalize_init(") || !/\n\s*wasm\.__wbindgen_start\(\);/.test(js)) {
    throw new Error("split: the glue is not what it expects (wasm-bindgen's __wbg_finalize_init and __wbindgen_start)");
  }
  return js.replace("function __wbg_finalize_init(", `${hook}function __wbg_finalize_init(`)
    .replace(/(\n\s*)wasm\.__wbindgen_start\(\);/, "$1__bpfSplit(wasm, __wbg_get_imports());$1wasm.__wbindgen_start();");
}

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** Splits the form in Trunk's staging folder `dir` in place: its `app-<hash>` module and glue
 * become `app-<new hash>` (of the three files' contents) with `_second.wasm` beside; the page's
 * references and their integrity follow. Returns what it did, for the build's log. */
export async function splitForm(dir) {
  const wasmName = readdirSync(dir).find((f) => /^app-[0-9a-f]+_bg\.wasm$/.test(f));
  const base = wasmName.replace("_bg.wasm", "");
  const m = parse(readFileSync(join(dir, wasmName)));
  const ran = await profile(dir, wasmName, m);
  const parts = split(m, ran.typing);
  // The name is a hash of what the three files hold, the glue with its hook and its own name aside.
  const placeholder = "app-0000000000000000";
  const withPlaceholder = glue(readFileSync(join(dir, `${base}.js`), "utf8").replaceAll(base, placeholder), `${placeholder}_second.wasm`, parts.second);
  const hash = createHash("sha256").update(parts.firstPart).update(parts.secondPart).update(withPlaceholder).digest("hex").slice(0, 16);
  const name = `app-${hash}`;
  const js = withPlaceholder.replaceAll(placeholder, name);
  writeFileSync(join(dir, `${name}_bg.wasm`), parts.firstPart);
  writeFileSync(join(dir, `${name}_second.wasm`), parts.secondPart);
  writeFileSync(join(dir, `${name}.js`), js);
  rmSync(join(dir, wasmName));
  rmSync(join(dir, `${base}.js`));
  let html = readFileSync(join(dir, "index.html"), "utf8").replaceAll(base, name);
  for (const [file, bytes] of [[`${name}.js`, js], [`${name}_bg.wasm`, parts.firstPart]]) {
    html = html.replace(new RegExp(`(<link[^>]*href=\\.?/?${file.replace(".", "\\.")}[^>]*integrity=)("[^"]*"|[^ >]*)`), `$1${sri(B(bytes))}`)
      .replace(new RegExp(`(<link[^>]*integrity=)("[^"]*"|[^ >]*)([^>]*href=\\.?/?${file.replace(".", "\\.")}[ >])`), `$1${sri(B(bytes))}$3`);
  }
  writeFileSync(join(dir, "index.html"), html);
  return `split ${wasmName} (${m.bodies.length} functions) into ${name}_bg.wasm (${parts.first}, run up to typing one's name) and ${name}_second.wasm (${parts.second})`;
}
