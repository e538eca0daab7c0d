// UI benchmark: the release build in headless Chromium, on the default framework and on a
// framework ten times larger (tests/fixtures/large.json). It prints figures and asserts
// nothing about time: a slow machine must not fail the tests, and the figures go to
// docs/performance.md.
//
//   node scripts/bench-ui.mjs [--dist dist] [--clicks 20] [--routes 7] [--loads 5]
//
// Measured, at 1× CPU (no throttling), median of several runs each:
// - assess click→frame: a real click on a rating radio on /assess until the frame showing it
//   has been rendered (requestAnimationFrame, then a task after that frame). It includes the
//   wait for the display's next frame, as a person would see it.
// - assess click→work done: the same click until every handler and effect has run and style
//   and layout are up to date (a task after the click, then a forced layout). No frame wait.
// - fit route→ranked list: a click on "Where I fit" from another page of the app until both
//   lists (best next role per track, every role ranked) are complete and laid out.
//   The page may draw a long table's first rows with a "Show all N roles" button; then
//   the click on that button until every row is there is printed too.
// - fit page load→ranked list: opening /fit directly (fetching and checking the framework
//   included) until the same point, from the navigation's start.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchBrowser, serve, DIST, ROOT } from "../tests/e2e/harness.mjs";

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(option("dist", DIST));
const CLICKS = Number(option("clicks", 20));
const ROUTES = Number(option("routes", 7));
const LOADS = Number(option("loads", 5));
const WARM_UP = 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const pause = (time) => new Promise((done) => setTimeout(done, time));

/** Roles /fit ranks (not sunset) and tracks it gives a best next role for. */
function fitCounts(framework) {
  const tracks = framework.tracks.filter((t) => !t.sunset);
  const roles = tracks.reduce((n, t) => n + t.levels.filter((l) => !l.sunset).length, 0);
  return { roles, tracks: tracks.length };
}

// In the page: a click's time to work done and to the next rendered frame.
function installClickProbe() {
  window.__clicks = [];
  const afterTask = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  };
  document.addEventListener(
    "click",
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== "radio") return;
      const start = event.timeStamp;
      const record = {};
      afterTask(() => {
        document.body.getBoundingClientRect();
        record.work = performance.now() - start;
      });
      requestAnimationFrame(() =>
        afterTask(() => {
          record.frame = performance.now() - start;
          window.__clicks.push(record);
        }),
      );
    },
    true,
  );
}

// In the page: resolves `window.__fitReady` once /fit shows both complete lists, with the
// time from `start` (a click's time stamp, or 0 for the navigation's start).
function installFitProbe({ roles, tracks, fromClick, all = false }) {
  const afterTask = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  };
  // Complete: a card per track, and every role ranked, or the first rows with a button to
  // show all (the page may draw a long table's first rows only).
  const complete = () => {
    if (document.querySelector("h1")?.textContent !== "Where I fit") return false;
    if (document.querySelectorAll(".fit-cards > li").length !== tracks) return false;
    const rows = document.querySelectorAll(".fit-table tbody tr").length;
    const showAll = [...document.querySelectorAll("button")].some((b) => b.textContent === `Show all ${roles} roles`);
    return rows === roles || (!all && rows > 0 && showAll);
  };
  window.__fitReady = new Promise((resolveReady) => {
    let start = 0;
    const watch = () => {
      const observer = new MutationObserver(() => {
        if (!complete()) return;
        observer.disconnect();
        document.body.getBoundingClientRect();
        const work = performance.now() - start;
        const rows = document.querySelectorAll(".fit-table tbody tr").length;
        requestAnimationFrame(() => afterTask(() => resolveReady({ work, rows, frame: performance.now() - start })));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    };
    if (!fromClick) return watch();
    document.addEventListener(
      "click",
      (event) => {
        start = event.timeStamp;
        watch();
      },
      { capture: true, once: true },
    );
  });
}

async function measure(browser, label, framework, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    // Rating clicks on /assess, spread over the competencies and the scale.
    await page.goto(url + "assess");
    await page.getByRole("heading", { level: 1, name: "Assess myself" }).waitFor();
    await page.evaluate(installClickProbe);
    const scale = framework.proficiency_scale.map((p) => p.name);
    const total = CLICKS + WARM_UP;
    for (let i = 0; i < total; i++) {
      const competency = framework.competencies[Math.floor((i * framework.competencies.length) / total)];
      const proficiency = scale[(i * 2 + 1) % scale.length];
      const radio = page
        .getByRole("group", { name: competency.name, exact: true })
        .getByRole("radio", { name: new RegExp(`^${proficiency} —`) });
      await radio.scrollIntoViewIfNeeded();
      await pause(150);
      await radio.click();
      await page.waitForFunction((n) => window.__clicks.length >= n, i + 1);
    }
    const clicks = (await page.evaluate(() => window.__clicks)).slice(WARM_UP);

    // /fit by a client-side navigation, then by loading the page.
    const counts = fitCounts(framework);
    const routes = [];
    for (let i = 0; i < ROUTES; i++) {
      await page.getByRole("link", { name: "History", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
      await pause(200);
      await page.evaluate(installFitProbe, { ...counts, fromClick: true });
      await page.getByRole("link", { name: "Where I fit", exact: true }).first().click();
      routes.push(await page.evaluate(() => window.__fitReady));
    }
    // When /fit drew only the first rows: the click on "Show all" until every row is there.
    const showAll = page.getByRole("button", { name: `Show all ${counts.roles} roles` });
    let showAllFrame = null;
    if (await showAll.count()) {
      await page.evaluate(installFitProbe, { ...counts, fromClick: true, all: true });
      await showAll.click();
      showAllFrame = (await page.evaluate(() => window.__fitReady)).frame;
    }
    await page.addInitScript(installFitProbe, { ...counts, fromClick: false });
    const loads = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(url + "fit");
      loads.push(await page.evaluate(() => window.__fitReady));
    }
    if (errors.length) throw new Error(`page errors on ${label}: ${errors.join("; ")}`);
    return {
      clickFrame: median(clicks.map((c) => c.frame)),
      clickWork: median(clicks.map((c) => c.work)),
      routeFrame: median(routes.map((r) => r.frame)),
      routeWork: median(routes.map((r) => r.work)),
      loadFrame: median(loads.map((r) => r.frame)),
      rows: routes[0].rows,
      showAllFrame,
      counts,
    };
  } finally {
    await context.close();
  }
}

const defaultFramework = JSON.parse(readFileSync(join(dist, "framework.json"), "utf8"));
const largeText = readFileSync(join(ROOT, "tests/fixtures/large.json"), "utf8");
// A copy of the build with the large framework in place of the default, as a host would.
const largeDir = mkdtempSync(join(tmpdir(), "mosaic-bench-"));
cpSync(dist, largeDir, { recursive: true });
writeFileSync(join(largeDir, "framework.json"), largeText);

const browser = await launchBrowser();
const defaultServer = await serve(dist);
const largeServer = await serve(largeDir);
try {
  const base = await measure(browser, "default", defaultFramework, defaultServer.url);
  const large = await measure(browser, "large", JSON.parse(largeText), largeServer.url);
  const line = (what, a, b) =>
    console.log(`${what} default ${ms(a)}, large ${ms(b)} (ratio ${(b / a).toFixed(2)})`);
  console.log(
    `UI benchmark, headless Chromium, 1× CPU, release build ${dist}: default framework ` +
      `(${base.counts.roles} roles) and tests/fixtures/large.json (${large.counts.roles} roles); ` +
      `medians of ${CLICKS} clicks, ${ROUTES} route changes, ${LOADS} page loads; ` +
      `/fit drew ${base.rows} and ${large.rows} table rows at first`,
  );
  line("assess click→frame", base.clickFrame, large.clickFrame);
  line("assess click→work done", base.clickWork, large.clickWork);
  line("fit route→ranked list", base.routeFrame, large.routeFrame);
  line("fit route→work done", base.routeWork, large.routeWork);
  line("fit page load→ranked list", base.loadFrame, large.loadFrame);
  for (const [name, result] of [["default", base], ["large", large]]) {
    if (result.showAllFrame !== null) console.log(`fit "Show all" click→every row, ${name} ${ms(result.showAllFrame)} (one run)`);
  }
} finally {
  await browser.close();
  defaultServer.server.close();
  largeServer.server.close();
  rmSync(largeDir, { recursive: true, force: true });
}
