// Frameworks far larger than a hand-written one, generated here: a file whose tracks skip
// many bands (thousands of parity warnings) and a file with as many competencies as a
// framework may hold. The overview shows a short summary with true counts and a bounded page, the
// studio lists every warning page by page, and search shows its first results with the true
// count and more on request, by keyboard. Timings are printed as figures, never asserted.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { appReady, defaultFramework, distWithFramework, launchBrowser, openPage, serve } from "./harness.mjs";

const EXTRA_BANDS = 50;
const EXTRA_TRACKS = 40;
// Added to the default framework's own, up to the 2,000 competencies a framework may hold
// (core::limits): the largest search a valid file can ask for.
const COMPETENCY_LIMIT = 2_000;
const COMPETENCIES = COMPETENCY_LIMIT - defaultFramework().competencies.length;

/** The default framework with bands above its own and tracks going from its lowest band
 * straight to the highest, each skipping every band between. */
function skippingFramework() {
  const framework = defaultFramework();
  const band = framework.bands[0];
  for (let b = 0; b < EXTRA_BANDS; b++) framework.bands.push({ ...band, id: `g${b}`, name: `Grade ${b}` });
  const top = `g${EXTRA_BANDS - 1}`;
  const track = framework.tracks[0];
  const level = track.levels[0];
  for (let t = 0; t < EXTRA_TRACKS; t++) {
    framework.tracks.push({
      ...track,
      id: `x${t}`,
      name: `Extra track ${t}`,
      levels: [
        { ...level, id: `x${t}a`, title: `Extra ${t} first`, band: framework.bands[0].id },
        { ...level, id: `x${t}b`, title: `Extra ${t} top`, band: top },
      ],
    });
  }
  return framework;
}

/** The default framework with many more competencies, each named "Zephyr skill N". */
function manyCompetencies() {
  const framework = defaultFramework();
  const competency = framework.competencies[0];
  for (let c = 0; c < COMPETENCIES; c++) {
    framework.competencies.push({ ...competency, id: `zephyr-skill-${c}`, name: `Zephyr skill ${c}` });
  }
  return framework;
}

/** The parity warnings the core should give: one per band skipped by an active track. */
function skippedBands(framework) {
  const rank = new Map(framework.bands.map((b, i) => [b.id, i]));
  let gaps = 0;
  const tracks = new Set();
  for (const track of framework.tracks.filter((t) => !t.sunset)) {
    let previous;
    for (const level of track.levels.filter((l) => !l.sunset)) {
      const r = rank.get(level.band);
      if (previous !== undefined && r > previous + 1) {
        gaps += r - previous - 1;
        tracks.add(track.id);
      }
      previous = r;
    }
  }
  return { gaps, tracks: tracks.size };
}

const thousands = (n) => n.toLocaleString("en-GB");

let browser;
const apps = {};
before(async () => {
  browser = await launchBrowser();
  for (const [name, framework] of [["skipping", skippingFramework()], ["competencies", manyCompetencies()]]) {
    const dir = distWithFramework(JSON.stringify(framework, null, 1));
    const { server, url } = await serve(dir);
    apps[name] = { dir, server, url, framework };
  }
});
after(async () => {
  await browser?.close();
  for (const app of Object.values(apps)) {
    app.server.close();
    rmSync(app.dir, { recursive: true, force: true });
  }
});

for (const width of [360, 1280]) {
  test(`the overview summarises thousands of parity warnings with true counts (${width} px)`, async () => {
    const { url, framework } = apps.skipping;
    const { gaps, tracks } = skippedBands(framework);
    assert.ok(gaps > 2000, `thousands of warnings (${gaps})`);
    const page = await openPage(browser, url, { viewport: { width, height: 900 } });
    const started = Date.now();
    await page.goto(url);
    await appReady(page);
    await page.getByRole("heading", { name: "For the framework's authors" }).waitFor();
    console.log(`overview with ${gaps} skipped bands rendered in ${Date.now() - started} ms at ${width} px`);

    const parity = page.getByRole("region", { name: "Parity between tracks" });
    await parity
      .getByText(`${thousands(tracks)} tracks skip a band between two of their levels (${thousands(gaps)} bands skipped in all):`)
      .waitFor();
    await parity.getByText(`…and ${thousands(tracks - 5)} more tracks.`).waitFor();

    const notes = page.getByRole("region", { name: "For the framework's authors" });
    await notes.locator("summary").click();
    await notes.getByText(new RegExp(`^${thousands(gaps)} parity warnings: .*${thousands(tracks)} tracks skip bands, ${thousands(gaps)} bands skipped in all\\.$`)).waitFor();
    assert.equal(await notes.getByRole("list", { name: "Parity warnings" }).locator("li").count(), 5, "the first few");
    await notes.getByText(`The first 5 of ${thousands(gaps)}.`).waitFor();
    await notes.getByText(/The full list, each note with its line, is for the framework's authors/).waitFor();

    const nodes = await page.evaluate(() => document.querySelectorAll("*").length);
    console.log(`overview DOM: ${nodes} elements`);
    assert.ok(nodes < 20_000, `the page stays bounded (${nodes} elements)`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `no sideways scroll at ${width} px (${scrollWidth} px)`);
    page.assertClean();
    await page.closeAll();
  });
}

test("the studio lists every parity warning, a page at a time", async () => {
  const { url, framework } = apps.skipping;
  const { gaps } = skippedBands(framework);
  const page = await openPage(browser, url);
  await page.goto(url + "studio");
  await appReady(page);
  // What a paste does: the whole text at once, with one input event.
  await page.getByLabel("Or paste the framework's JSON").evaluate((box, text) => {
    box.focus();
    box.value = text;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, JSON.stringify(framework, null, 1));
  await page.getByRole("button", { name: "Open pasted text" }).click();
  await page.getByRole("status").filter({ hasText: "Opened Pasted text." }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Problems" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Problems" }).waitFor();
  const heading = page.getByRole("heading", { level: 2, name: /^Warnings \(/ });
  await heading.waitFor();
  const total = Number((await heading.innerText()).match(/\(([\d,]+)\)/)[1].replaceAll(",", ""));
  assert.ok(total >= gaps, `every parity warning is counted (${total} warnings, ${gaps} skipped bands)`);
  const shown = page.locator(".finding-kind.warnings li.problem");
  assert.equal(await shown.count(), 200, "the first page");
  await page.getByText(`Showing 200 of ${thousands(total)}.`).waitFor();
  const more = page.getByRole("button", { name: "Show 200 more" }).first();
  await more.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "finding-warnings-200");
  assert.equal(await shown.count(), 400, "the next page added below");
  page.assertClean();
  await page.closeAll();
});

test("search over the most competencies a framework may hold shows 50 results, the true count, and more by keyboard", async () => {
  const { url } = apps.competencies;
  const page = await openPage(browser, url);
  await page.goto(url + "search");
  await appReady(page);
  const box = page.getByRole("searchbox", { name: "Search tracks, roles and competencies" });
  const started = Date.now();
  await box.fill("zephyr skill");
  const status = page.locator("#search-count");
  await page.getByRole("status").filter({ hasText: `Showing 1–50 of ${thousands(COMPETENCIES)} results for “zephyr skill”.` }).waitFor();
  console.log(`search over ${COMPETENCIES} competencies answered in ${Date.now() - started} ms`);
  const results = page.locator(".search-results > li");
  assert.equal(await results.count(), 50);

  const more = page.getByRole("button", { name: "Show 50 more results" });
  await more.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: `Showing 1–100 of ${thousands(COMPETENCIES)} results` }).waitFor();
  assert.equal(await results.count(), 100);
  // Focus is on the first result added, and Tab goes on to its link.
  await page.waitForFunction(() => document.activeElement?.id === "search-result-51");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Zephyr skill 50");
  assert.match(await status.innerText(), /^Showing 1–100 of /);
  const nodes = await page.evaluate(() => document.querySelectorAll("*").length);
  assert.ok(nodes < 5_000, `the page stays bounded (${nodes} elements)`);
  page.assertClean();
  await page.closeAll();
});
