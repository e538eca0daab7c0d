// What a visitor sees before the app runs: index.html's placeholder from the first paint,
// gone once the app shows, and a worded message (not an endless "Loading") when the bundle
// can't start.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

const LOADING = "Loading the career framework…";

/**
 * Holds every .wasm response, and the front page drawn ahead of time (overview.html, which
 * needs no wasm), until `release()` is called.
 */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/(\.wasm|\/overview\.html)$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const width of [360, 1280]) {
  test(`the loading text shows until the app runs, then goes (${width} px)`, async () => {
    const page = await openPage(browser, url, { viewport: { width, height: 800 } });
    const release = await holdWasm(page);
    await page.goto(url + "tracks/technical", { waitUntil: "domcontentloaded" });
    const status = page.getByRole("status");
    assert.equal(await status.innerText(), LOADING);
    assert.ok(await status.isVisible());
    assert.ok(await page.locator(".site-header").isVisible());
    assert.equal(await page.locator(".site-header").innerText(), "◆Career framework", "a neutral heading");
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `no sideways scroll (${scrollWidth} px)`);
    await assertAccessible(page, `loading placeholder at ${width} px`);
    release();
    await appReady(page);
    assert.equal(await page.locator("h1").innerText(), "Technical mastery");
    assert.equal(await page.locator("#app-placeholder").count(), 0, "the placeholder is removed");
    assert.equal(await page.getByText(LOADING).count(), 0);
    page.assertClean();
    await page.closeAll();
  });
}

test("on the 4× throttled profile the first paint already says it is loading", async () => {
  const page = await openPage(browser, url, { viewport: { width: 360, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: "commit" });
  await page.getByText(LOADING).waitFor({ state: "visible" });
  // Nothing painted so far is blank: the placeholder holds the header and the status.
  const painted = await page.evaluate(() => document.body.innerText.trim());
  assert.match(painted, /Career framework/);
  release();
  await appReady(page);
  assert.equal(await page.getByText(LOADING).count(), 0);
  page.assertClean();
  await page.closeAll();
});

test("motion is left out for people who prefer less of it", async () => {
  const page = await openPage(browser, url, { reducedMotion: "reduce" });
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const animation = await page.locator(".loading-status").evaluate((el) => getComputedStyle(el, "::after").animationName);
  assert.equal(animation, "none");
  release();
  await appReady(page);
  await page.closeAll();
});

/** Opens `path` with the .wasm requests failing and returns the placeholder's status text. */
async function failedStart(path, setUp) {
  const page = await openPage(browser, url);
  await setUp(page);
  await page.goto(url + path);
  const status = page.getByRole("status");
  await page.locator(".app-placeholder.failed").waitFor();
  const text = await status.innerText();
  assert.doesNotMatch(text, /Loading/);
  await assertAccessible(page, "failed start");
  await page.closeAll();
  return text;
}

test("a failed download of the app says so in words", async () => {
  const abort = (page) => page.route(/\.wasm$/, (route) => route.abort("connectionreset"));
  // The front page: the page drawn ahead of time fails to arrive too, so the bundle is tried.
  const abortAll = (page) => page.route(/(\.wasm|\/overview\.html)$/, (route) => route.abort("connectionreset"));
  assert.match(await failedStart("", abortAll), /couldn't be loaded.*Reload the page to try again\./);
  // The private bundle is started differently (no-modules glue): it fails the same way.
  assert.match(await failedStart("assess", abort), /couldn't be loaded/);
  const noGlue = (page) => page.route(/mosaic-private\.js$/, (route) => route.abort("connectionreset"));
  assert.match(await failedStart("plan", noGlue), /couldn't be loaded/);
});

test("a browser without WebAssembly is told why nothing loads", async () => {
  const withoutWasm = (page) => page.addInitScript(() => delete globalThis.WebAssembly);
  assert.match(await failedStart("", withoutWasm), /needs WebAssembly/);
});

test("without JavaScript the page says what it needs instead of loading forever", async () => {
  const page = await openPage(browser, url, { javaScriptEnabled: false });
  await page.goto(url);
  // (Read once loaded: Playwright's waiting locators need the page's script.)
  const text = await page.locator("body").innerText();
  assert.match(text, /This career framework needs JavaScript and WebAssembly/);
  assert.doesNotMatch(text, /Loading/);
  await page.closeAll();
});
