// Shared set-up for the end-to-end tests: the release build in dist/ served on 127.0.0.1
// under a sub-path, real Chromium driven by playwright-core, and checks every test wants
// (no request leaves the origin, no CSP violation, no page error, axe-core).
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const BASE = "/careers/";

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Serves `dir` (default: dist/) under BASE on a free port; returns the server and its URL. */
export async function serve(dir = DIST) {
  const server = await startServer({ dir, port: 0, base: BASE });
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}${BASE}` };
}

/**
 * For a test file: Chromium launched and `dir` (default: dist/) served before its tests, both
 * closed after them. `ready` receives `{ browser, url }`.
 */
export function servedApp(ready, dir) {
  let browser, server;
  before(async () => {
    browser = await launchBrowser();
    let url;
    ({ server, url } = await serve(dir));
    ready({ browser, url });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

/** A copy of dist/ whose framework.json is replaced by `text`, as an author would on a host. */
export function distWithFramework(text) {
  const dir = mkdtempSync(join(tmpdir(), "mosaic-dist-"));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, "framework.json"), text);
  return dir;
}

/**
 * Routes overview.html (the front page drawn ahead of time) to a 404, as on a host where it
 * was left out: the overview bundle draws the front page instead.
 */
export const withoutDrawnPage = (page) => page.route(/\/overview\.html$/, (route) => route.fulfill({ status: 404, body: "" }));

export function defaultFramework() {
  return JSON.parse(readFileSync(join(ROOT, "public/framework.json"), "utf8"));
}

/**
 * A page that records what would make any test fail: requests to another origin, page
 * errors, and Content-Security-Policy violations. Call `assertClean()` at the end.
 */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(origin).origin && url.protocol !== "data:") foreign.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) {
      errors.push(`console error: ${message.text()}`);
    }
    if (/Content Security Policy/i.test(message.text())) errors.push(`CSP: ${message.text()}`);
  });
  page.assertClean = () => {
    assert.deepEqual(foreign, [], "no request may leave the origin");
    assert.deepEqual(errors, [], "no page error or CSP violation");
  };
  page.closeAll = () => context.close();
  return page;
}

/** Waits until the app has rendered a page heading. */
export async function appReady(page) {
  await page.locator("h1").first().waitFor();
}

/** The axe-core rule tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA, and best practices. */
export const WCAG_AA_AND_BEST_PRACTICE = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/**
 * Runs axe-core and fails on any serious or critical violation. With `{ everyRule: true }`
 * it runs the rules of WCAG 2.0–2.2 A/AA and best practices and fails on any violation at
 * all, whatever its impact.
 */
export async function assertAccessible(page, label, { everyRule = false } = {}) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      globalThis.axe.run(document, {
        resultTypes: ["violations"],
        ...(tags ? { runOnly: { type: "tag", values: tags } } : {}),
      }),
    everyRule ? WCAG_AA_AND_BEST_PRACTICE : null,
  );
  const failing = results.violations
    .filter((v) => everyRule || v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(failing, [], `axe-core on ${label}`);
}
