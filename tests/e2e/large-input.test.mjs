// Issue 14, large input: a framework of about 3 MB written on one line (as build tools write
// it) shows its overview as a pretty-printed one does; a framework with thousands of unknown
// references lists short "did you mean" messages; a file over the documented size limit is
// refused with a message saying so rather than freezing the page. The load times are printed
// as figures (docs/performance.md), never asserted.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { appReady, defaultFramework, distWithFramework, launchBrowser, openPage, ROOT, serve } from "./harness.mjs";

const LARGE = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/large.json"), "utf8"));
// core::limits::FRAMEWORK_BYTES, which tests/architecture.rs keeps equal to the documented one.
const FRAMEWORK_BYTES = Number(
  /FRAMEWORK_BYTES: u64 = ([\d_]+);/.exec(readFileSync(join(ROOT, "src/core/limits.rs"), "utf8"))[1].replaceAll("_", ""),
);

let browser;
const dirs = [];
before(async () => (browser = await launchBrowser()));
after(async () => {
  await browser?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The 10× fixture with its tracks copied `copies` times more (IDs and names made unique). */
function grown(copies) {
  const framework = structuredClone(LARGE);
  for (let copy = 1; copy <= copies; copy++) {
    for (const track of LARGE.tracks) {
      framework.tracks.push({ ...structuredClone(track), id: `${track.id}-copy${copy}`, name: `${track.name} ${copy + 1}` });
    }
  }
  return framework;
}

/** Serves dist/ with `text` as framework.json; calls `run(page, url)` on a fresh page. */
async function withFramework(text, run) {
  const dir = distWithFramework(text);
  dirs.push(dir);
  const { server, url } = await serve(dir);
  const page = await openPage(browser, url);
  try {
    return await run(page, url);
  } finally {
    await page.closeAll();
    server.close();
  }
}

/** Milliseconds from navigation to the overview's heading naming the framework. */
async function overviewTime(text, name) {
  return withFramework(text, async (page, url) => {
    const start = Date.now();
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name, exact: true }).waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - start;
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 1);
    // The warning is listed for the authors, with its place in the file.
    await page.getByRole("heading", { level: 2, name: "For the framework's authors" }).waitFor();
    page.assertClean();
    return elapsed;
  });
}

test("a framework of about 3 MB on one line shows its overview as the pretty-printed one does", async () => {
  const framework = grown(5);
  // Valid, with one warning for its authors: every warning is located in the text, and that
  // is what took a minified file tens of seconds.
  // The last role has no criteria: a warning placed at the file's end.
  const lastTrack = framework.tracks.at(-1);
  Object.assign(lastTrack.levels.at(-1), { expectations: [], milestones: [] });
  const minified = JSON.stringify(framework);
  const pretty = JSON.stringify(framework, null, 2);
  assert.ok(minified.length > 2_500_000 && minified.length < FRAMEWORK_BYTES, `${minified.length} bytes`);
  assert.equal(minified.split("\n").length, 1, "one line");
  const prettyMs = await overviewTime(pretty, framework.meta.name);
  const minifiedMs = await overviewTime(minified, framework.meta.name);
  console.log(
    `figure: overview of ${framework.tracks.length} tracks shown — pretty ${(pretty.length / 1e6).toFixed(1)} MB in ${prettyMs} ms, ` +
      `minified ${(minified.length / 1e6).toFixed(1)} MB in ${minifiedMs} ms`,
  );
});

test("thousands of unknown references each get a short message with the closest IDs", async () => {
  const framework = defaultFramework();
  const known = framework.competencies.map((c) => c.id);
  const level = framework.tracks[0].levels[0];
  const references = 3_000;
  // Each a slip of a real ID: one letter doubled, at a different place each time.
  for (let i = 0; i < references; i++) {
    const id = known[i % known.length];
    const at = 1 + (i % (id.length - 1));
    level.expectations.push({ competency: `${id.slice(0, at)}${id[at]}${id.slice(at)}-${i}`, proficiency: level.expectations[0].proficiency });
  }
  const typo = known[0].slice(0, 2) + known[0][2] + known[0].slice(2);
  level.expectations.push({ competency: typo, proficiency: level.expectations[0].proficiency });
  const text = JSON.stringify(framework);
  await withFramework(text, async (page, url) => {
    const start = Date.now();
    await page.goto(url);
    await appReady(page);
    await page.getByText("Details for the framework's authors").click();
    const errors = page.getByRole("list", { name: "Errors" });
    await errors.waitFor({ state: "visible", timeout: 60_000 });
    console.log(`figure: ${references + 1} unknown references listed in ${Date.now() - start} ms`);
    const messages = await errors.locator("li").allInnerTexts();
    assert.ok(messages.length >= references, `${messages.length} errors listed`);
    const longest = Math.max(...messages.map((m) => m.length));
    assert.ok(longest < 400, `every message is short (the longest has ${longest} characters)`);
    const slip = messages.find((m) => m.includes(`Unknown competency "${typo}"`));
    assert.ok(slip, "the slip of the first competency's ID is listed");
    assert.match(slip, new RegExp(`Did you mean ${known[0]}\\b`));
    page.assertClean();
  });
});

test("a framework file over the limit is refused with the limit, before it is read", async () => {
  const framework = grown(0);
  // Long but valid texts: the size, not the content, is what is refused.
  framework.meta.purpose = "x".repeat(FRAMEWORK_BYTES);
  const text = JSON.stringify(framework);
  await withFramework(text, async (page, url) => {
    await page.goto(url);
    await appReady(page);
    await page.getByText("Details for the framework's authors").click();
    const errors = page.getByRole("list", { name: "Errors" });
    await errors.waitFor({ state: "visible" });
    const message = await errors.innerText();
    const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
    assert.match(message, new RegExp(`The framework file is ${mb(text.length).replace(".", "\\.")}`));
    assert.match(message, new RegExp(`up to ${mb(FRAMEWORK_BYTES).replace(".", "\\.")}`));
    page.assertClean();
  });
});
