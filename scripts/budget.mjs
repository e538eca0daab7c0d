// Size budget: what the first view of the public careers site transfers, brotli-compressed
// (as a static host would serve it): dist/index.html, every file it references (the loader,
// the overview bundle, the stylesheet, the icon) and framework.json. The other bundles load
// only on their own pages; they are reported, not counted.
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

// A candidate's first view (issue 10): at most 150 KB. It was 275 KB when the overview
// shipped in the bundle of every public page; docs/performance.md has the figures and what a
// 120 KB view would take.
const BUDGET_KB = 150;
const dist = resolve(import.meta.dirname, "..", process.argv[2] ?? "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const isFile = (name) => statSync(join(dist, name), { throwIfNoEntry: false })?.isFile();
const firstView = new Set(["index.html", "framework.json"]);
// Attribute values, quoted or not (a minified index.html leaves most unquoted).
for (const [, quoted, bare] of html.matchAll(/=\s*(?:"([^"]+)"|([^\s"'=<>`]+))/g)) {
  const ref = quoted ?? bare;
  const name = ref.split("/").pop();
  if (!/^[a-z]+:/i.test(ref) && name && isFile(name)) firstView.add(name);
}
const brotli = (name) =>
  brotliCompressSync(readFileSync(join(dist, name)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

let total = 0;
console.log("First view of the careers site (KB):");
console.log(["file", "raw", "brotli"].join("\t"));
for (const name of [...firstView].sort()) {
  const compressed = brotli(name);
  total += compressed;
  console.log([name, kb(statSync(join(dist, name)).size), kb(compressed)].join("\t"));
}
console.log(`total brotli: ${kb(total)} KB of a ${BUDGET_KB} KB budget`);
// Loaded later, each only on its own pages: reported, not counted.
const bundleSize = (names) => names.filter(isFile).reduce((sum, name) => sum + brotli(name), 0);
const publicSize = bundleSize(["mosaic.js", "mosaic_bg.wasm"]);
console.log(`public site bundle (other public pages; fetched at low priority once the overview shows): ${kb(publicSize)} KB brotli`);
const privateSize = bundleSize(["mosaic-private.js", "mosaic-private_bg.wasm"]);
console.log(`private self-assessment bundle (loaded only on its pages): ${kb(privateSize)} KB brotli`);
const studioSize = bundleSize(["mosaic-studio.js", "mosaic-studio_bg.wasm"]);
console.log(`framework studio bundle (authors only, loaded only under /studio): ${kb(studioSize)} KB brotli`);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
