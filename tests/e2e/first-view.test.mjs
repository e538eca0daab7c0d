// A candidate's first view (issue 10): the front page downloads no bundle at all while it is
// drawn ahead of time (tests/e2e/drawn-ahead.test.mjs), the overview bundle alone when it
// isn't, its files requested together rather than one after another, and every other page
// gets exactly its own bundle. Sizes are the budget script's; timings are the benchmark's.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, openPage, servedApp, withoutDrawnPage } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

const OVERVIEW = /\/mosaic-overview-[0-9a-f]+(_bg\.wasm|\.js)$/;
const PUBLIC = /\/mosaic(_bg\.wasm|\.js)$/;
const PRIVATE = /\/mosaic-private(_bg\.wasm|\.js)$/;
const STUDIO = /\/mosaic-studio(_bg\.wasm|\.js)$/;
const BUNDLES = { overview: OVERVIEW, public: PUBLIC, private: PRIVATE, studio: STUDIO };
const bundleOf = (requestUrl) =>
  Object.entries(BUNDLES).find(([, pattern]) => pattern.test(requestUrl))?.[0] ?? null;


/** The bundles whose files `path` requests before its heading shows, and after. */
async function bundlesFor(path, prepare = async () => {}) {
  const page = await openPage(browser, url);
  await prepare(page);
  // The moment the page's heading first exists, on the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("main h1")) {
        window.__shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url + path);
  await appReady(page);
  await page.waitForLoadState("networkidle");
  const requested = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => ({ name: e.name, afterShown: e.startTime >= window.__shownAt })),
  );
  page.assertClean();
  await page.closeAll();
  const set = (afterShown) =>
    [...new Set(requested.filter((r) => r.afterShown === afterShown).map((r) => bundleOf(r.name)).filter(Boolean))].sort();
  return { before: set(false), after: set(true) };
}

describe("each page downloads exactly its own bundle", () => {
  test("the front page: no bundle (drawn ahead of time), then the public site at low priority", async () => {
    const { before, after } = await bundlesFor("");
    assert.deepEqual(before, [], "the page drawn ahead needs no wasm");
    assert.deepEqual(after, ["public"], "the public site is prefetched once the overview shows");
  });

  test("the front page without its page drawn ahead: the overview bundle, then the public site", async () => {
    const { before, after } = await bundlesFor("", withoutDrawnPage);
    assert.deepEqual(before, ["overview"]);
    assert.deepEqual(after, ["public"], "the public site is prefetched once the overview shows");
  });

  test("a deep link to a role: the public bundle alone", async () => {
    const { before, after } = await bundlesFor("tracks/technical/t5");
    assert.deepEqual([...before, ...after], ["public"]);
  });

  test("a private page: the private bundle alone", async () => {
    const { before, after } = await bundlesFor("assess");
    assert.deepEqual([...before, ...after], ["private"]);
  });

  test("the framework studio: its own bundle alone, which no other page requests", async () => {
    const { before, after } = await bundlesFor("studio");
    assert.deepEqual([...before, ...after], ["studio"]);
  });
});

// The private pages' and the studio's styles are files of their own, linked by the loader on
// their pages only (ARCHITECTURE.md): the first view never carries them.
const OWN_STYLES = ["private.css", "studio.css"];

/** The page's own stylesheets (of OWN_STYLES) requested from opening `path` until `then` is done. */
async function ownStylesFor(path, then = async () => {}) {
  const page = await openPage(browser, url);
  const requested = new Set();
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (OWN_STYLES.includes(name)) requested.add(name);
  });
  await page.goto(url + path);
  await appReady(page);
  await then(page);
  await page.waitForLoadState("networkidle");
  return { page, requested: [...requested].sort() };
}

/** The computed `property` of the first element matching `selector`. */
const styleOf = (page, selector, property) =>
  page.locator(selector).first().evaluate((element, name) => getComputedStyle(element)[name], property);

/** The stylesheets in the order the cascade applies them, by file name without the hash. */
const stylesheetOrder = (page) =>
  page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href).pathname.split("/").pop().replace(/-[0-9a-f]+\.css$/, ".css")));

describe("each page downloads exactly its own styles", () => {
  test("the front page and the public pages never request the private or the studio styles", async () => {
    const { page, requested } = await ownStylesFor("", async (page) => {
      // On to other public pages, in the public bundle the overview hands over to.
      await page.getByRole("link", { name: "Compare roles" }).click();
      await page.getByRole("heading", { level: 1, name: "Compare roles" }).waitFor();
      await page.getByRole("link", { name: "Search" }).click();
      await page.getByRole("heading", { level: 1, name: "Search" }).waitFor();
    });
    assert.deepEqual(requested, []);
    assert.deepEqual(await stylesheetOrder(page), ["main.css"]);
    page.assertClean();
    await page.closeAll();
    for (const path of ["tracks/technical/t5", "compare?a=technical/t4&b=technical/t5", "search?q=design", "competencies/system-design"]) {
      const { page, requested } = await ownStylesFor(path);
      assert.deepEqual(requested, [], `${path} requests no private or studio styles`);
      page.assertClean();
      await page.closeAll();
    }
  });

  test("a private page requests the private styles, after main.css, and is styled by them", async () => {
    for (const path of ["assess", "plan"]) {
      const { page, requested } = await ownStylesFor(path);
      assert.deepEqual(requested, ["private.css"], `${path} requests the private styles alone`);
      assert.deepEqual(await stylesheetOrder(page), ["main.css", "private.css"], "the private styles follow main.css in the cascade");
      // The privacy note's muted colour (--muted, #4a5361) is set by private.css alone.
      assert.equal(await styleOf(page, ".privacy-note", "color"), "rgb(74, 83, 97)");
      page.assertClean();
      await page.closeAll();
    }
    const { page } = await ownStylesFor("assess");
    // The rating count sticks to the top while the person rates: private.css alone says so.
    assert.equal(await styleOf(page, ".rating-progress", "position"), "sticky");
    await page.closeAll();
  });

  test("the framework studio requests its own styles, not the private ones, and is styled by them", async () => {
    const { page, requested } = await ownStylesFor("studio");
    assert.deepEqual(requested, ["studio.css"]);
    assert.deepEqual(await stylesheetOrder(page), ["main.css", "studio.css"]);
    // The studio's darker header (#2b3440) is set by studio.css alone.
    assert.equal(await styleOf(page, ".studio-header", "background-color"), "rgb(43, 52, 64)");
    page.assertClean();
    await page.closeAll();
  });
});

test("drawn ahead: framework.json and overview.html are requested together, and nothing else waits", async () => {
  const page = await openPage(browser, url);
  let frameworkAsked;
  const frameworkSeen = new Promise((resolve) => (frameworkAsked = resolve));
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/framework.json")) frameworkAsked();
  });
  // overview.html is held back until framework.json has been asked for: if either waited
  // for the other, it would never be asked for in time.
  let heldUntilFramework;
  await page.route(/\/overview\.html$/, async (route) => {
    heldUntilFramework = await Promise.race([
      frameworkSeen.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    await route.continue();
  });
  await page.goto(url);
  await page.locator("table.track-map tbody tr").first().waitFor();
  assert.equal(heldUntilFramework, true, "framework.json was requested before overview.html arrived");
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => /\/(framework\.json|overview\.html)$/.test(e.name)).length,
  );
  assert.equal(fetched, 2, "each fetched once");
  page.assertClean();
  await page.closeAll();
});

test("not drawn ahead: framework.json, the glue and the wasm are requested together, not one after another", async () => {
  const page = await openPage(browser, url);
  await withoutDrawnPage(page);
  const seen = new Set();
  let othersSeen;
  const bothSeen = new Promise((resolve) => (othersSeen = resolve));
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (name === "framework.json") seen.add("framework.json");
    if (/^mosaic-overview-[0-9a-f]+_bg\.wasm$/.test(name)) seen.add("wasm");
    if (seen.size === 2) othersSeen();
  });
  // The glue is held back until framework.json and the wasm have been asked for: if either
  // waited for the glue (or for the wasm to run), it would never be asked for in time.
  let heldUntilOthers;
  await page.route(/\/mosaic-overview-[0-9a-f]+\.js$/, async (route) => {
    heldUntilOthers = await Promise.race([
      bothSeen.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    await route.continue();
  });
  await page.goto(url);
  await appReady(page);
  assert.equal(heldUntilOthers, true, `framework.json and the wasm were requested before the glue arrived (saw ${[...seen]})`);
  // framework.json is fetched once: the bundle reads the loader's early response.
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/framework.json")).length,
  );
  assert.equal(fetched, 1, "framework.json is fetched once");
  page.assertClean();
  await page.closeAll();
});

test("the front page's links lead into the public site, and back", async () => {
  const page = await openPage(browser, url, { viewport: { width: 360, height: 800 } });
  await page.goto(url);
  await appReady(page);
  assert.equal(await page.title(), "Northwind Careers");
  const nav = page.getByRole("navigation", { name: "Main" });
  assert.equal(await nav.getByRole("link", { name: "Tracks" }).getAttribute("aria-current"), "page");
  await nav.getByRole("link", { name: "Compare roles" }).click();
  await page.getByRole("heading", { level: 1, name: "Compare roles" }).waitFor();
  await page.goBack();
  await page.getByRole("heading", { level: 2, name: "Tracks side by side" }).waitFor();
  await nav.getByRole("link", { name: "Assess myself" }).click();
  await page.getByRole("heading", { level: 1 }).filter({ hasText: /assess/i }).first().waitFor();
  assert.match(new URL(page.url()).pathname, /\/careers\/assess$/);
  page.assertClean();
  await page.closeAll();
});
