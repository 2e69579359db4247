// Trunk post-build hook: copies in the language files build.rs wrote (every language but
// English, fetched when chosen), then fills the service worker's precache list and cache version
// from the files of this build. The version is a hash of their contents, so it changes exactly
// when the app does.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("sw-precache: TRUNK_STAGING_DIR is not set; run me from trunk");
  process.exit(1);
}
// Only the form's build has a service worker; the synthesis page's build has none.
if (!existsSync(join(dir, "sw.js"))) process.exit(0);

// The synthesis page (in synthesis/) fetches its languages from here too, as ../i18n/.
const profile = process.env.TRUNK_PROFILE === "release" ? "release" : "debug";
const built = join(process.env.CARGO_TARGET_DIR ?? "target", "wasm32-unknown-unknown", profile, "i18n");
if (!existsSync(built)) {
  console.error(`sw-precache: no language files in ${built}; build.rs writes them`);
  process.exit(1);
}
mkdirSync(join(dir, "i18n"), { recursive: true });
for (const name of readdirSync(built).filter((n) => n.endsWith(".msg"))) {
  copyFileSync(join(built, name), join(dir, "i18n", name));
}

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The offline kit and the worker's own file are not part of what the page loads.
const skip = new Set(["sw.js"]);
const files = walk(dir)
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((path) => !skip.has(path))
  .sort();
const hash = createHash("sha256");
for (const file of files) {
  hash.update(file).update("\0").update(readFileSync(join(dir, file))).update("\0");
}
const version = hash.digest("hex").slice(0, 16);
const precache = JSON.stringify(["./", ...files.map((f) => `./${f}`)]);
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8").replace("__VERSION__", version).replace("__PRECACHE__", precache);
writeFileSync(swPath, sw);
console.log(`sw-precache: ${files.length} files, cache version ${version}`);
