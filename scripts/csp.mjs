// Trunk post-build hook: Trunk loads the app with an inline <script type="module">. Rather
// than allow every inline script, add that exact script's SHA-256 to the CSP.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs: TRUNK_STAGING_DIR is not set; run it through trunk build");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
const marker = "script-src 'self' 'wasm-unsafe-eval'";
if (!html.includes(marker)) {
  console.error(`csp.mjs: the CSP in index.html must contain "${marker}"`);
  process.exit(1);
}
html = html.replace(marker, [marker, ...hashes].join(" "));
writeFileSync(file, html);
console.log(`csp.mjs: allowed ${hashes.length} inline script(s) by hash`);
