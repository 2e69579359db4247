// A static file server for tests and local checks: `node scripts/static-server.mjs <dir> <port>`.
// Listens on 127.0.0.1 only, sends the right MIME types (application/wasm for streaming
// compilation) and never lets a browser cache the page or the service worker.
import { createServer } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8765);
// BROTLI=1 compresses as a production site would (brotli -11, kept in memory): for benchmarks.
const brotli = process.env.BROTLI === "1";
const compressed = new Map();
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".webmanifest": "application/manifest+json", ".txt": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw new Error("outside root");
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    const type = types[extname(file)] ?? "application/octet-stream";
    const fresh = type.startsWith("text/html") || file.endsWith("sw.js");
    const headers = { "Content-Type": type, "Cache-Control": fresh ? "no-cache" : "max-age=31536000, immutable" };
    let out = body;
    if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && !type.startsWith("image/png")) {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      out = compressed.get(file);
      headers["Content-Encoding"] = "br";
    }
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : out);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
