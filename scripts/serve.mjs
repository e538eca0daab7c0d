// A small static server for dist/, with the behaviour of a static host that falls back to
// index.html for unknown paths (as GitHub Pages does with a 404.html copy), so deep links
// work. It can serve the app under a sub-path, like a real careers site would, and
// brotli-compress what it sends, as a host with precompressed files would (off by default;
// the first-view benchmark turns it on so that bytes on the wire are a host's).
//
//   node scripts/serve.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /] [--compress]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".md": "text/markdown; charset=utf-8",
};

// Brotli at the budget's quality (scripts/budget.mjs), computed once per file version.
const compressed = new Map();
function brotli(file, body, mtime) {
  const key = `${file} ${mtime}`;
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(key);
}

export function startServer({ dir = "dist", host = "127.0.0.1", port = 8080, base = "/", compress = false } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end("<!DOCTYPE html><title>Not found</title><h1>404 Not Found</h1>");
      return;
    }
    const relative = normalize(path.slice(prefix.length) || "index.html").replace(/^(\.\.[/\\])+/, "");
    let file = join(root, relative);
    let found = await stat(file).then((s) => s.isFile(), () => false);
    if (!found && extname(relative) === "") {
      file = join(root, "index.html"); // client-side route: let the app resolve it
      found = true;
    }
    if (!found) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end("<!DOCTYPE html><title>Not found</title><h1>404 Not Found</h1>");
      return;
    }
    let body = await readFile(file);
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    };
    if (compress) {
      headers.vary = "accept-encoding";
      if (/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = brotli(file, body, (await stat(file)).mtimeMs);
        headers["content-encoding"] = "br";
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => {
      if (arg === "--compress") pairs.push(["compress", true]);
      else if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
      return pairs;
    }, []),
  );
  const options = { ...args, port: Number(args.port ?? 8080) };
  const server = await startServer(options);
  const { address, port } = server.address();
  console.log(`Mosaic is being served at http://${address}:${port}${options.base ?? "/"}  (Ctrl+C to stop)`);
}
