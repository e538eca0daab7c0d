// Size budget: what the first view transfers, brotli-compressed (as a static host or CDN
// would serve it). Reads dist/index.html and every asset it loads, plus framework.json.
// Fails when the total exceeds the budget.
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const BUDGET_KB = 250;
const dist = resolve(import.meta.dirname, "..", process.argv[2] ?? "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const assets = new Set(["index.html", "framework.json"]);
for (const [, ref] of html.matchAll(/(?:href|src|module_or_path:|from)\s*=?\s*['"]([^'"]+)['"]/g)) {
  const name = ref.replace(/^\/?(careers\/)?/, "").replace(/^\.?\//, "");
  if (!/^[a-z]+:/i.test(ref) && name && statSync(join(dist, name), { throwIfNoEntry: false })?.isFile()) {
    assets.add(name);
  }
}
let total = 0;
const rows = [...assets].sort().map((name) => {
  const raw = readFileSync(join(dist, name));
  const compressed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += compressed;
  return [name, (raw.length / 1024).toFixed(1), (compressed / 1024).toFixed(1)];
});
console.log("First view transfer (KB):");
console.log(["file", "raw", "brotli"].join("\t"));
for (const row of rows) console.log(row.join("\t"));
console.log(`total brotli: ${(total / 1024).toFixed(1)} KB of a ${BUDGET_KB} KB budget`);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
