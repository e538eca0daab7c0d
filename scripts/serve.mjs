// A small static server for dist/, with the behaviour of a static host that falls back to
// index.html for unknown paths (as GitHub Pages does with a 404.html copy), so deep links
// work. It can serve the app under a sub-path, like a real careers site would.
//
//   node scripts/serve.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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

export function startServer({ dir = "dist", host = "127.0.0.1", port = 8080, base = "/" } = {}) {
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
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(body);
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => {
      if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
      return pairs;
    }, []),
  );
  const options = { ...args, port: Number(args.port ?? 8080) };
  const server = await startServer(options);
  const { address, port } = server.address();
  console.log(`Mosaic is being served at http://${address}:${port}${options.base ?? "/"}  (Ctrl+C to stop)`);
}
