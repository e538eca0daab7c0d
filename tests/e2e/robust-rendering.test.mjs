// Pages that stay usable however they are drawn: at 320 px wide (WCAG 1.4.10) nothing but a
// table's own scroll container is wider than the screen, on every route with content in it;
// with the text-spacing overrides of WCAG 1.4.12 the role facts are not clipped; in forced
// colours (a dark high-contrast theme) every line, point and label of the charts is painted
// in a system colour, never transparent; and a table's scroll container is a named landmark
// and a tab stop exactly when it has something to scroll.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, openPage, serve } from "./harness.mjs";
import { FRAMEWORKS, hostingDir, routes, seed, startReview, visit } from "./routes-with-content.mjs";

let browser;
const servers = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

async function hosted(entry, options) {
  const { dir, framework } = hostingDir(entry);
  const { server, url } = await serve(dir);
  servers.push(server);
  const page = await openPage(browser, url, options);
  await seed(page, framework, entry);
  await startReview(page, url, framework, entry);
  return { page, url, framework };
}

/** Elements whose right edge is past the viewport, outside any element that scrolls sideways. */
function widerThanTheScreen(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el !== document.documentElement && el !== document.body;
    const insideScroller = (el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (scrolls(up)) return true;
      return false;
    };
    const found = [];
    for (const el of document.body.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 1 || insideScroller(el)) continue;
      if (getComputedStyle(el).position === "fixed") continue;
      // Visually hidden text is clipped to one pixel; it is not drawn.
      if (el.closest(".visually-hidden")) continue;
      found.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} (right edge ${Math.round(rect.right)} of ${width})`);
    }
    return { found: found.slice(0, 8), pageOverflow: document.documentElement.scrollWidth - width };
  });
}

for (const entry of FRAMEWORKS) {
  test(`at 320 px nothing is wider than the screen but a table's scroller, on ${entry.name}`, async () => {
    const { page, url, framework } = await hosted(entry, { viewport: { width: 320, height: 640 } });
    const failures = [];
    for (const [label, path] of routes(framework, entry)) {
      await visit(page, url, path);
      const { found, pageOverflow } = await widerThanTheScreen(page);
      if (found.length || pageOverflow > 0) failures.push(`${label}: page scrolls sideways by ${pageOverflow}px; ${found.join(", ")}`);
    }
    assert.deepEqual(failures, []);
    page.assertClean();
    await page.closeAll();
  });
}

// WCAG 1.4.12's values, as the common bookmarklet sets them on every element.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

test("with WCAG 1.4.12 text spacing at 320 px the role facts are whole, not clipped", async () => {
  for (const entry of FRAMEWORKS.slice(0, 2)) {
    const { page, url, framework } = await hosted(entry, { viewport: { width: 320, height: 640 } });
    const track = framework.tracks.find((t) => t.levels.length > 1);
    await visit(page, url, `tracks/${track.id}/${track.levels[1].id}`);
    // A constructed style sheet, as the page's CSP allows no inline style element.
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, TEXT_SPACING);
    const spacing = await page.locator(".role-facts dd").first().evaluate((dd) => {
      const style = getComputedStyle(dd);
      return { letter: parseFloat(style.letterSpacing) / parseFloat(style.fontSize), line: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    assert.ok(Math.abs(spacing.letter - 0.12) < 0.01 && Math.abs(spacing.line - 1.5) < 0.01, "the spacing applies");
    const clipped = await page.locator(".role-facts").evaluate((facts) => {
      const width = document.documentElement.clientWidth;
      return [...facts.querySelectorAll("dt, dd, dd *")]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || el.getBoundingClientRect().right > width + 1)
        .filter((el) => getComputedStyle(el).display !== "inline")
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.slice(0, 40)}`);
    });
    assert.deepEqual(clipped, [], `role facts on ${entry.name}`);
    const { found, pageOverflow } = await widerThanTheScreen(page);
    assert.deepEqual([found, pageOverflow], [[], 0], `role page with text spacing on ${entry.name}`);
    page.assertClean();
    await page.closeAll();
  }
});

/** Every shape and label of every chart, with the colour it is painted in. */
function chartPaint(page) {
  return page.evaluate(() => {
    const probe = (keyword) => {
      const el = document.createElement("span");
      el.style.color = keyword;
      document.body.append(el);
      const value = getComputedStyle(el).color;
      el.remove();
      return value;
    };
    const system = Object.fromEntries(
      ["Canvas", "CanvasText", "Highlight", "HighlightText", "GrayText", "LinkText", "ButtonText", "ButtonFace"].map((k) => [probe(k), k]),
    );
    const shapes = [...document.querySelectorAll("svg polygon, svg polyline, svg line, svg circle, svg path, svg text")];
    return {
      system,
      canvas: probe("Canvas"),
      shapes: shapes.map((el) => {
        const style = getComputedStyle(el);
        const painted = (paint, opacity) => (paint === "none" || Number(opacity) === 0 ? null : paint);
        return {
          what: `${el.tagName} ${el.getAttribute("class")}`,
          stroke: painted(style.stroke, style.strokeOpacity),
          // A line has no inside: its fill is never painted.
          fill: el.tagName === "line" ? null : painted(style.fill, style.fillOpacity),
        };
      }),
    };
  });
}

test("in forced colours every chart is drawn in system colours, nothing transparent", async () => {
  const entry = FRAMEWORKS[0];
  const { page, url } = await hosted(entry);
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  const [targetTrack, targetLevel] = entry.target.split("/");
  for (const path of [`fit/${targetTrack}/${targetLevel}`, "history"]) {
    await visit(page, url, path);
    const { system, canvas, shapes } = await chartPaint(page);
    assert.ok(shapes.length > 10, `${path} draws a chart`);
    for (const shape of shapes) {
      const paints = [shape.stroke, shape.fill].filter(Boolean);
      assert.ok(paints.length > 0, `${path}: ${shape.what} is painted`);
      for (const paint of paints) {
        assert.ok(paint in system, `${path}: ${shape.what} is painted ${paint}, not a system colour`);
        assert.notEqual(paint, canvas, `${path}: ${shape.what} is painted in the background's colour`);
      }
    }
  }
  page.assertClean();
  await page.closeAll();
});

test("a table's scroller is a named landmark and a tab stop only while it scrolls", async () => {
  const entry = FRAMEWORKS[0];
  const { page, url } = await hosted(entry, { viewport: { width: 1280, height: 900 } });
  await visit(page, url, "history");
  const scroller = page.locator("#snapshot-table");
  const state = () =>
    scroller.evaluate((el) => ({
      scrolls: el.scrollWidth > el.clientWidth + 1,
      role: el.getAttribute("role"),
      tabindex: el.getAttribute("tabindex"),
    }));
  assert.deepEqual(await state(), { scrolls: false, role: null, tabindex: "-1" }, "wide screen: nothing to scroll");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForFunction(() => document.querySelector("#snapshot-table").getAttribute("tabindex") === "0");
  assert.deepEqual(await state(), { scrolls: true, role: "region", tabindex: "0" }, "phone: it scrolls");
  await page.getByRole("region", { name: "Ratings in each snapshot (table, scrolls sideways)", exact: true }).waitFor();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector("#snapshot-table").getAttribute("tabindex") === "-1");
  assert.deepEqual(await state(), { scrolls: false, role: null, tabindex: "-1" }, "wide again");
  page.assertClean();
  await page.closeAll();
});

// The overview's track map is the one table outside `ScrollRegion` (the first view has no room
// for its observer): never a tab stop nor a landmark, because every column's header is a link.
// So each link Tab reaches must show whole, clear of the sticky band column, both ways.
for (const entry of FRAMEWORKS) {
  for (const width of [360, 1280]) {
    test(`${entry.name}, overview at ${width} px: Tab reaches every track map link in view`, async () => {
      const { page, url } = await hosted(entry, { viewport: { width, height: 800 } });
      await visit(page, url, "");
      const maps = page.locator(".track-map-scroll");
      assert.ok((await maps.count()) >= 1, "a track map");
      for (const map of await maps.all()) {
        assert.deepEqual(
          await map.evaluate((el) => [el.getAttribute("tabindex"), el.getAttribute("role")]),
          [null, null],
          "the map's container is neither a tab stop nor a landmark",
        );
      }
      const links = page.locator(".track-map a");
      const count = await links.count();
      assert.ok(count > 2, "links in the map");
      // Where the focused link is: whole inside its scroller, right of the band column.
      const focused = () =>
        page.evaluate(() => {
          const link = document.activeElement;
          const scroller = link.closest(".track-map-scroll");
          if (!scroller) return { inMap: false, text: link.textContent };
          const box = link.getBoundingClientRect();
          const area = scroller.getBoundingClientRect();
          const band = scroller.querySelector("thead th:first-child").getBoundingClientRect();
          const index = [...document.querySelectorAll(".track-map a")].indexOf(link);
          return { inMap: true, index, text: link.textContent, clear: box.left >= band.right - 0.5, inside: box.right <= area.right + 0.5 };
        });
      const walk = async (key, from, step) => {
        for (let i = from; i >= 0 && i < count; i += step) {
          const at = await focused();
          assert.deepEqual(
            [at.inMap, at.index, at.clear, at.inside],
            [true, i, true, true],
            `${key} → link ${i} “${at.text}” in view, clear of the band column`,
          );
          if (i + step >= 0 && i + step < count) await page.keyboard.press(key);
        }
      };
      await links.first().focus();
      await walk("Tab", 0, 1);
      await walk("Shift+Tab", count - 1, -1);
      page.assertClean();
      await page.closeAll();
    });
  }
}
