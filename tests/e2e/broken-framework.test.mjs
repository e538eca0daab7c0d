// A framework author's mistakes, made the way they happen: a broken framework.json dropped
// into dist/ on the host. Visitors see a calm notice without line numbers; the authors' view,
// one click away on the same URL, shows every problem with its location; and on the private
// pages people can still export and delete the data stored on their device.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  appReady, assertAccessible, defaultFramework, distWithFramework, launchBrowser, openPage, serve,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => browser?.close());

const NOTICE = "The career framework is being updated";

/** Checks the public notice on `page`: calm, no locations, the authors' details folded. */
async function assertPublicNotice(page) {
  assert.equal(await page.locator("h1").innerText(), NOTICE);
  assert.equal(await page.title(), "Being updated · Career framework");
  const notice = await page.getByRole("region", { name: NOTICE }).innerText();
  assert.match(notice, /Please come back a little later\./);
  // Nothing a visitor sees of the framework's state names a line, a column, a JSON path or a
  // parity warning (the private pages' own stored data, checked apart, may say it is damaged).
  const visible = (await page.locator("main > :not(.stored-data)").allInnerTexts()).join("\n");
  assert.match(visible, /Details for the framework's authors/);
  for (const text of [notice, visible]) {
    assert.doesNotMatch(text, /line \d|column \d|\.json|tracks\[|parity|Errors/i);
  }
  assert.equal(await page.getByRole("list", { name: "Errors" }).isVisible(), false, "the problems are folded away");
}

/**
 * Serves dist/ with `text` as framework.json, checks the public notice on `path`, opens the
 * authors' details with one click and returns the listed problems.
 */
async function problemsOn(browser, url, path, width) {
  const page = await openPage(browser, url, { viewport: { width, height: 800 } });
  try {
    await page.goto(url + path);
    await appReady(page);
    await assertPublicNotice(page);
    await assertAccessible(page, "public notice");
    await page.getByText("Details for the framework's authors").click();
    const list = page.getByRole("list", { name: "Errors" });
    await list.waitFor({ state: "visible" });
    await assertAccessible(page, "authors' details");
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `no sideways scroll at ${width} px (${scrollWidth} px)`);
    const problems = await list.locator("li").allInnerTexts();
    page.assertClean();
    return problems;
  } finally {
    await page.closeAll();
  }
}

/**
 * The problems of `text` as framework.json, the same on the front page (where the overview
 * bundle hands over to the public bundle, which locates them) and on a deep link.
 */
async function problemsFor(text, { remove = false, width = 1280 } = {}) {
  const dir = distWithFramework(text);
  if (remove) rmSync(join(dir, "framework.json"));
  const { server, url } = await serve(dir);
  try {
    const onFrontPage = await problemsOn(browser, url, "", width);
    const onDeepLink = await problemsOn(browser, url, "tracks/technical", width);
    assert.deepEqual(onFrontPage, onDeepLink, "the same problems on the front page and on a deep link");
    return onFrontPage;
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a syntax error is shown with its line and column", async () => {
  const text = JSON.stringify(defaultFramework(), null, 2).replace('"format": 1,', '"format": 1');
  const problems = await problemsFor(text);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /line 3, column 3/);
  assert.match(problems[0], /Invalid JSON: expected `,` or `}`/);
});

test("type errors and dangling references are all listed with their paths, on a phone too", async () => {
  const framework = defaultFramework();
  framework.tracks[2].levels[0].band = "b9";
  framework.tracks[0].levels[1].expectations[0].competency = "juggling";
  framework.bands[3].compensation.min = 999999;
  const problems = await problemsFor(JSON.stringify(framework, null, 2), { width: 360 });
  assert.equal(problems.length, 3, "every located problem, one click away");
  const joined = problems.join("\n");
  assert.match(joined, /tracks\[2\]\.levels\[0\]\.band\)\s+Unknown band "b9"/);
  assert.match(joined, /tracks\[0\]\.levels\[1\]\.expectations\[0\]\.competency\)\s+Unknown competency "juggling"/);
  assert.match(joined, /bands\[3\]\.compensation\)\s+Compensation min \(999999\) is greater than max/);
  assert.ok(problems.every((p) => /^line \d+, column \d+/.test(p)), "every problem has a line and column");
});

test("a wrong type names the JSON path", async () => {
  const framework = defaultFramework();
  framework.tracks[1].levels[0].title = 42;
  const problems = await problemsFor(JSON.stringify(framework, null, 2));
  assert.match(problems.join("\n"), /\(tracks\[1\]\.levels\[0\]\.title\)\s+Invalid type: integer `42`, expected a string/);
});

test("a host answering with an HTML page instead of JSON is named", async () => {
  const problems = await problemsFor("<!DOCTYPE html><html><body><h1>Welcome to nginx</h1></body></html>");
  assert.match(problems[0], /The server answered with an HTML page instead of JSON/);
});

test("a missing framework.json says the server answered 404", async () => {
  const problems = await problemsFor("", { remove: true });
  assert.match(problems[0], /The server answered 404 Not Found for \/careers\/framework\.json/);
});

test("framework text that looks like markup is shown as text", async () => {
  const framework = defaultFramework();
  framework.tracks[0].name = "<script>window.__pwned = 1</script><img src=x onerror=alert(1)>";
  const dir = distWithFramework(JSON.stringify(framework));
  const { server, url } = await serve(dir);
  const page = await openPage(browser, url);
  await page.goto(url + "tracks/technical");
  await appReady(page);
  assert.equal(await page.locator("h1").innerText(), framework.tracks[0].name);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("main img").count(), 0);
  page.assertClean();
  await page.closeAll();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("replacing framework.json on the host shows the new framework after a reload", async () => {
  const framework = defaultFramework();
  framework.meta.name = "Contoso Growth Paths";
  framework.tracks[3].name = "Client partnership";
  const dir = distWithFramework(JSON.stringify(defaultFramework()));
  const { server, url } = await serve(dir);
  const page = await openPage(browser, url);
  await page.goto(url);
  await appReady(page);
  assert.equal(await page.locator("h1").innerText(), "Northwind Careers");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(join(dir, "framework.json"), JSON.stringify(framework));
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Contoso Growth Paths" }).waitFor();
  await page.getByRole("link", { name: "Client partnership" }).first().waitFor();
  page.assertClean();
  await page.closeAll();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A stored assessment as the app writes it, made for the framework `id`. */
function storedAssessment(id) {
  const rating = (proficiency) => ({ proficiency, evidence: [], updated: "2026-02-01T10:00:00Z" });
  return JSON.stringify({
    kind: "mosaic-assessment",
    schema_version: 2,
    saved_at: "2026-02-01T10:00:00Z",
    assessment: {
      framework: { id, version: "2026.1", competency_names: {} },
      ratings: { "system-design": rating("advanced"), delivery: rating("working") },
      milestones: {},
      snapshots: [{ id: "s1", label: "Before my review", date: "2026-01-15", ratings: {} }],
      plan: {},
    },
  }, null, 2);
}

test("a broken framework still lets people export and delete the data stored on their device", async () => {
  const text = JSON.stringify(defaultFramework(), null, 2).replace('"format": 1,', '"format": 1');
  const dir = distWithFramework(text);
  const { server, url } = await serve(dir);
  const page = await openPage(browser, url);
  try {
    const stored = {
      "mosaic:assessment:acme": storedAssessment("acme"),
      "mosaic:assessment:acme-uk": storedAssessment("acme-uk"),
      "mosaic:assessment:acme:unreadable:2026-03-01T09:30:00.000Z": "{ half a document",
      "another-app:settings": "{}",
    };
    await page.goto(url + "data");
    await appReady(page);
    await page.evaluate((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)), stored);
    await page.reload();
    await appReady(page);
    await assertPublicNotice(page);
    // The way out for a person's own data is in plain view, not folded with the authors' details.
    const section = page.getByRole("region", { name: "Your data on this device" });
    assert.ok(await section.isVisible());
    assert.equal(await page.locator("details").getByRole("region", { name: "Your data on this device" }).count(), 0);
    const acme = section.getByRole("group", { name: 'Data for framework "acme"', exact: true });
    const acmeUk = section.getByRole("group", { name: 'Data for framework "acme-uk"', exact: true });
    const aside = section.getByRole("group", { name: 'Data for framework "acme", kept aside on 2026-03-01 at 09:30 UTC' });
    assert.match(await acme.innerText(), /Holds 2 ratings, 0 milestones with progress, 1 snapshot and 0 plan actions\./);
    assert.match(await aside.innerText(), /can't read it\. The data is damaged/);
    assert.equal(await section.getByRole("listitem").count(), 3, "only Mosaic assessments are listed");
    await assertAccessible(page, "problems page with stored data");

    // Export gives back exactly what is stored, named after its framework.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      acme.getByRole("button", { name: "Export" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "mosaic-assessment-acme.json");
    assert.equal(readFileSync(await download.path(), "utf8"), stored["mosaic:assessment:acme"]);
    const [kept] = await Promise.all([
      page.waitForEvent("download"),
      aside.getByRole("button", { name: "Export" }).click(),
    ]);
    assert.equal(readFileSync(await kept.path(), "utf8"), "{ half a document");

    // Deleting asks first, can be called off, and removes exactly one key.
    await acme.getByRole("button", { name: "Delete…" }).click();
    await acme.getByRole("group", { name: "Confirm deletion" }).getByRole("button", { name: "Keep it" }).click();
    assert.equal(await page.evaluate(() => localStorage.getItem("mosaic:assessment:acme") !== null), true);
    await acme.getByRole("button", { name: "Delete…" }).click();
    await acme.getByRole("button", { name: "Yes, delete it" }).click();
    await section.getByRole("status").filter({ hasText: 'Deleted the data for framework "acme"' }).waitFor();
    assert.equal(await acme.count(), 0);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, [
      "another-app:settings",
      "mosaic:assessment:acme-uk",
      "mosaic:assessment:acme:unreadable:2026-03-01T09:30:00.000Z",
    ]);
    assert.equal(await page.evaluate(() => localStorage.getItem("mosaic:assessment:acme-uk")), stored["mosaic:assessment:acme-uk"]);
    assert.equal(await acmeUk.count(), 1);

    // Every private page offers the same; the public careers site carries none of it.
    await page.goto(url + "fit/technical/t5");
    await appReady(page);
    await acmeUk.waitFor();
    await page.goto(url + "tracks/technical");
    await appReady(page);
    assert.equal(await page.getByRole("heading", { name: "Your data on this device" }).count(), 0);
    page.assertClean();
  } finally {
    await page.closeAll();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
