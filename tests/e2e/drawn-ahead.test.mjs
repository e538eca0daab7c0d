// The front page drawn ahead of time (issue 10): overview.html, written by every build from
// the framework.json it ships (`mosaic prerender`), is shown by public/loader.js without any
// wasm while the served framework.json is byte for byte that file. It must be the very page
// the overview bundle draws, and never show when the file has changed.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE, ROOT, defaultFramework, distWithFramework, openPage, serve, servedApp, withoutDrawnPage } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

const OVERVIEW_BUNDLE = /\/mosaic-overview-[0-9a-f]+(_bg\.wasm|\.js)$/;

/**
 * Opens the front page and returns its body as the reader gets it (comments dropped: Leptos
 * leaves markers in either rendering; attributes sorted), the title, and whether the overview bundle was asked
 * for. `prepare(page)` runs before the page opens (routes, clocks, init scripts).
 */
async function frontPage({ at = url, prepare = async () => {}, viewport } = {}) {
  const page = await openPage(browser, at, viewport ? { viewport } : {});
  const bundle = [];
  page.on("request", (request) => {
    if (OVERVIEW_BUNDLE.test(request.url())) bundle.push(request.url());
  });
  await prepare(page);
  await page.goto(at);
  await page.locator("table.track-map tbody tr").first().waitFor();
  const body = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_ELEMENT);
    const comments = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.nodeType === Node.COMMENT_NODE) comments.push(node);
      else {
        // Attributes in name order: the order they were set in differs between the two.
        const attributes = [...node.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => a.localeCompare(b));
        for (const [name] of attributes) node.removeAttribute(name);
        for (const [name, value] of attributes) node.setAttribute(name, value);
      }
    }
    for (const comment of comments) comment.remove();
    return copy.innerHTML;
  });
  return { page, body, title: await page.title(), bundleRequested: bundle.length > 0 };
}


describe("the front page drawn ahead of time", () => {
  test("shows without the overview bundle, and is the page the bundle draws, at 360 and 1280 px", async () => {
    for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
      const drawn = await frontPage({ viewport });
      assert.equal(drawn.bundleRequested, false, "no overview bundle for the framework the site was built with");
      assert.equal(drawn.title, "Northwind Careers");
      await drawn.page.waitForLoadState("networkidle");
      drawn.page.assertClean();
      await drawn.page.closeAll();

      const bundled = await frontPage({ viewport, prepare: withoutDrawnPage });
      assert.equal(bundled.bundleRequested, true, "without overview.html the bundle draws the page");
      assert.equal(bundled.title, drawn.title);
      assert.equal(drawn.body, bundled.body, "the same elements, attributes and text, whichever drew them");
      bundled.page.assertClean();
      await bundled.page.closeAll();
    }
  });

  test("frameworks shaped like real ones: drawn ahead by `mosaic prerender`, the same page as the bundle's", async () => {
    for (const fixture of ["ladder-yaml.json", "multi-discipline.json", "points-ladder.json"]) {
      // A host where the author replaced framework.json and drew the front page again.
      const dir = distWithFramework(readFileSync(join(ROOT, "tests/fixtures/format2", fixture), "utf8"));
      execFileSync("cargo", ["run", "--quiet", "--offline", "--bin", "mosaic", "--", "prerender", join(dir, "framework.json"), "--base", BASE, "-o", join(dir, "overview.html")], { cwd: ROOT, stdio: "inherit" });
      const host = await serve(dir);
      const drawn = await frontPage({ at: host.url });
      assert.equal(drawn.bundleRequested, false, `${fixture}: drawn ahead`);
      drawn.page.assertClean();
      await drawn.page.closeAll();
      const bundled = await frontPage({ at: host.url, prepare: withoutDrawnPage });
      assert.equal(bundled.bundleRequested, true);
      assert.equal(drawn.title, bundled.title, fixture);
      assert.equal(drawn.body, bundled.body, `${fixture}: the same elements, attributes and text`);
      await bundled.page.closeAll();
      host.server.close();
    }
  });

  test("a replaced framework.json shows as served; the page drawn from the old file never appears", async () => {
    const framework = defaultFramework();
    framework.meta.name = "Replaced Careers";
    framework.tracks[0].name = "Deep engineering";
    const dir = distWithFramework(JSON.stringify(framework, null, 2));
    const replaced = await serve(dir);
    const { page, bundleRequested, title } = await frontPage({
      at: replaced.url,
      prepare: (page) =>
        page.addInitScript(() => {
          // Every heading the page ever shows, from the first parse on.
          window.__headings = [];
          new MutationObserver(() => {
            for (const heading of document.querySelectorAll("h1")) window.__headings.push(heading.textContent);
          }).observe(document, { childList: true, subtree: true, characterData: true });
        }),
    });
    assert.equal(bundleRequested, true, "the overview bundle draws a file the build didn't ship");
    assert.equal(title, "Replaced Careers");
    await page.getByRole("link", { name: "Deep engineering" }).first().waitFor();
    const headings = await page.evaluate(() => window.__headings);
    assert.ok(headings.includes("Replaced Careers"));
    assert.ok(!headings.includes("Northwind Careers"), `the old file's page never shows (headings seen: ${[...new Set(headings)]})`);
    page.assertClean();
    await page.closeAll();
    replaced.server.close();
  });

  test("the same bytes decide: a file that parses alike but differs (one more space) gets the bundle", async () => {
    const dir = distWithFramework(JSON.stringify(defaultFramework(), null, 2) + " ");
    const copy = await serve(dir);
    const { page, bundleRequested, title } = await frontPage({ at: copy.url });
    assert.equal(bundleRequested, true);
    assert.equal(title, "Northwind Careers");
    page.assertClean();
    await page.closeAll();
    copy.server.close();
  });

  test("where the loader can't check the digest (no crypto.subtle outside a secure context), the bundle draws", async () => {
    const { page, bundleRequested } = await frontPage({
      prepare: (page) => page.addInitScript(() => Object.defineProperty(globalThis.crypto, "subtle", { value: undefined })),
    });
    assert.equal(bundleRequested, true);
    page.assertClean();
    await page.closeAll();
  });

  test("the review line is the one that holds on the reader's day, as the bundle words it", async () => {
    const due = defaultFramework();
    const [year, month, day] = due.governance.last_review.split("-").map(Number);
    const next = new Date(Date.UTC(year, month - 1 + due.governance.review_cadence_months, day));
    const dueText = next.toISOString().slice(0, 10);
    for (const [when, expected] of [
      [new Date(next.getTime() - 86_400_000 * 30), `Next review due by ${dueText}.`],
      [new Date(next.getTime() + 12 * 3_600_000), `Next review due by ${dueText}.`],
      [new Date(next.getTime() + 86_400_000 * 2), `Its review is overdue: it was due by ${dueText}.`],
    ]) {
      const onThatDay = (page) => page.clock.setFixedTime(when);
      const drawn = await frontPage({ prepare: onThatDay });
      assert.equal(drawn.bundleRequested, false);
      const footer = drawn.page.getByRole("contentinfo");
      assert.equal(await footer.getByText(expected).count(), 1, `on ${when.toISOString()}: ${expected}`);
      assert.equal(await footer.getByText(/review (due|is overdue)/).count(), 1, "one review line, not both");
      assert.equal(await drawn.page.locator("[data-review-due]").count(), 0, "the holder is gone");
      await drawn.page.closeAll();
      const bundled = await frontPage({ prepare: async (page) => (await onThatDay(page), withoutDrawnPage(page)) });
      assert.equal(drawn.body, bundled.body, `on ${when.toISOString()} both say the same`);
      await bundled.page.closeAll();
    }
  });

  test("by keyboard: the skip link moves focus to the content and stays on the page", async () => {
    const { page, bundleRequested } = await frontPage({ viewport: { width: 360, height: 800 } });
    assert.equal(bundleRequested, false);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    assert.equal(await skip.evaluate((link) => link === document.activeElement), true);
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    assert.match(new URL(page.url()).pathname, /\/careers\/$/);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.closest("main") !== null), true, "Tab goes on inside the content");
    page.assertClean();
    await page.closeAll();
  });
});
