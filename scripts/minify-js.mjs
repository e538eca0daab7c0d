// Trunk post-build hook: minifies what a release build would otherwise ship with its
// comments and whitespace. Trunk minifies the stylesheet and index.html it processes and the
// "worker" bundles' glue, but copies public/loader.js as is and fails to minify the overview
// bundle's ES-module glue (it warns and keeps it whole). Both are part of a candidate's first
// view. Debug builds stay readable.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

if (process.env.TRUNK_PROFILE === "release") {
  const dir = process.env.TRUNK_STAGING_DIR;
  for (const name of readdirSync(dir).filter((name) => name.endsWith(".js"))) {
    const file = join(dir, name);
    const source = readFileSync(file, "utf8");
    // Already minified by Trunk: one long line.
    if (source.split("\n").length < 20) continue;
    const module = /^export /m.test(source);
    const { code } = await minify(source, { ecma: 2020, module, compress: true, mangle: true });
    writeFileSync(file, code);
  }
}
