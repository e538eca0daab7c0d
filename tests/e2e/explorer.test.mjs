// The public explorer in real Chromium against the release build, served under a sub-path.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, assertAccessible, defaultFramework, DIST, distWithFramework, openPage, serve, servedApp } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

const ROUTES = [
  { path: "", h1: "Northwind Careers", title: /^Northwind Careers$/ },
  { path: "tracks/technical", h1: "Technical mastery", title: /^Technical mastery · Northwind Careers$/ },
  { path: "tracks/technical/t5", h1: "Senior Staff Engineer", title: /^Senior Staff Engineer — Technical mastery · / },
  { path: "tracks/people-management/pm6", h1: "Director", title: /^Director — People management · / },
  { path: "competencies/system-design", h1: "System design", title: /^System design · / },
  { path: "compare?a=technical/t6&b=people-management/pm6", h1: "Compare roles", title: /^Compare Principal Engineer and Director · / },
  { path: "compare?a=technical/t6", h1: "Compare roles", title: /^Compare roles · / },
  { path: "search?q=customer", h1: "Search the framework", title: /^Search: “customer” · / },
  { path: "search", h1: "Search the framework", title: /^Search · / },
  { path: "no/such/page", h1: "Not found", title: /^Not found · / },
  { path: "tracks/technical/t99", h1: "Not found", title: /^Not found · / },
];

describe("every route renders from the default framework", () => {
  for (const route of ROUTES) {
    test(`deep link /${route.path}`, async () => {
      const page = await openPage(browser, url);
      await page.goto(url + route.path);
      await appReady(page);
      assert.equal(await page.locator("h1").first().innerText(), route.h1);
      assert.match(await page.title(), route.title);
      await assertAccessible(page, route.path || "overview");
      page.assertClean();
      await page.closeAll();
    });
  }
});

test("overview shows every track against the bands and says tracks are at parity", async () => {
  const page = await openPage(browser, url);
  await page.goto(url);
  await appReady(page);
  const map = page.getByRole("table", { name: "Roles by track and band, highest band first" });
  const columns = await map.locator("thead th").allInnerTexts();
  assert.equal(columns.length, 6);
  for (const track of ["Technical mastery", "Project leadership", "Process optimization", "Customer strategy", "People management"]) {
    assert.ok(columns.some((c) => c.startsWith(track)), `${track} is a column`);
  }
  const topRow = await map.locator("tbody tr").first().innerText();
  assert.match(topRow, /Distinguished Engineer/);
  assert.match(topRow, /Senior Director/);
  // No label repeated: the track's name once per header and per card, no kind that only
  // repeats it.
  for (const track of ["Technical mastery", "Project leadership", "Process optimization", "Customer strategy", "People management"]) {
    const header = map.locator("thead th").filter({ hasText: track });
    assert.equal((await header.innerText()).trim(), track, `${track}'s header names it once`);
    const card = page.locator(".track-card").filter({ has: page.getByRole("heading", { name: track }) });
    assert.match(await card.locator(".kind").innerText(), /^(manages people|no direct reports)$/);
  }
  const parity = page.getByRole("region", { name: "Parity between tracks" });
  await parity.getByText("Company-wide (b7), the highest band people management reaches, is open without managing anyone").waitFor();
  await parity.getByText("Pay is set by band: a band pays the same on every track.").waitFor();
  await parity.getByText("No track skips a band.").waitFor();
  page.assertClean();
  await page.closeAll();
});

test("role page shows expectations, milestones, pay and the roles that come next", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "tracks/technical/t4");
  await appReady(page);
  const expectations = page.getByRole("region", { name: "What this role expects" }).locator(".expectation");
  assert.ok((await expectations.count()) >= 5);
  await page.getByText("72,000–93,000 EUR").waitFor();
  assert.ok((await page.locator(".milestone").count()) >= 2);
  const next = page.locator(".next-role");
  const nextText = await next.allInnerTexts();
  assert.ok(nextText.some((t) => t.includes("Next level in this track")), "promotion offered");
  assert.ok(nextText.some((t) => /Rotation|Secondment|Transfer/.test(t)), "a move to another track offered");
  page.assertClean();
  await page.closeAll();
});

test("links, back and forward move between pages without reloading", async () => {
  const page = await openPage(browser, url);
  await page.goto(url);
  await appReady(page);
  // The overview is its own bundle: its links are page loads into the public bundle.
  await page.getByRole("table").getByRole("link", { name: "Customer strategy" }).click();
  await page.getByRole("heading", { level: 1, name: "Customer strategy" }).waitFor();
  await page.evaluate(() => (window.__sameDocument = true));
  await page.getByRole("link", { name: "Principal Customer Strategist" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Principal Customer Strategist" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/careers/tracks/customer-strategy/cs6");
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Customer strategy" }).waitFor();
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Principal Customer Strategist" }).waitFor();
  // Within the public bundle, the overview is a route like the others.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tracks" }).click();
  await page.getByRole("heading", { level: 2, name: "Tracks side by side" }).waitFor();
  await page.getByRole("table").getByRole("link", { name: "Customer strategy" }).click();
  await page.getByRole("heading", { level: 1, name: "Customer strategy" }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no full page load");
  page.assertClean();
  await page.closeAll();
});

test("compare shows two roles side by side with differences marked", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "compare");
  await appReady(page);
  await page.getByLabel("First role").selectOption("technical/t6");
  await page.getByLabel("Second role").selectOption("people-management/pm6");
  await page.getByRole("table").waitFor();
  assert.match(page.url(), /compare\?a=technical\/t6&b=people-management\/pm6$/);
  const rows = page.getByRole("table").locator("tbody tr");
  const pay = rows.filter({ hasText: "Pay (yearly)" });
  assert.equal(await pay.locator(".diff-marker").count(), 0, "same band pays the same");
  const differing = page.locator("tr.differs").filter({ has: page.locator(".direction") });
  assert.ok((await differing.count()) > 0, "competency differences are highlighted");
  // Not colour alone, and not only "differs": each says which role expects more.
  for (const direction of await differing.locator(".direction").allInnerTexts()) {
    assert.match(direction, /^(Principal Engineer expects more: \S.* vs \S|Director expects more: \S.* vs \S|Only (Principal Engineer|Director) expects it$)/);
  }
  const technical = rows.filter({ hasText: "Technical depth" });
  assert.equal(await technical.locator(".direction").innerText(), "Only Principal Engineer expects it");
  await page.getByText(/^Of \d+ competencies, Principal Engineer expects more in (\d+|none)(, Director in (\d+|none), and both expect the same step in \d+| and Director in (\d+|none))\.$/).waitFor();
  await page.goBack();
  assert.match(page.url(), /compare\?a=technical\/t6$/);
  page.assertClean();
  await page.closeAll();
});

test("choosing a role with the arrow keys adds one history entry, not one per key", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "compare?a=technical/t6");
  await appReady(page);
  const entries = () => page.evaluate(() => history.length);
  const before = await entries();
  const second = page.getByLabel("Second role");
  await second.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await page.getByRole("table").waitFor();
  const chosen = await second.inputValue();
  assert.notEqual(chosen, "");
  assert.match(page.url(), new RegExp(`compare\\?a=technical/t6&b=${chosen}$`));
  assert.equal(await entries(), before + 1, "four key presses, one entry");
  const title = await page.title();
  assert.match(title, /^Compare Principal Engineer and \S/);
  // Leaving the picker ends the choice: the next one is an entry of its own.
  await page.keyboard.press("Tab");
  await second.focus();
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction((n) => history.length === n, before + 2);
  await page.goBack();
  assert.match(page.url(), new RegExp(`b=${chosen}$`));
  await page.goBack();
  assert.match(page.url(), /compare\?a=technical\/t6$/, "Back returns to before the choosing");
  page.assertClean();
  await page.closeAll();
});

test("compare names each role's band and says which role is in the higher band", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "compare?a=technical/t6&b=people-management/pm5");
  await appReady(page);
  const band = page.getByRole("table").getByRole("row", { name: /^Band/ });
  assert.match(await band.locator(".direction").innerText(), /^Principal Engineer is in the higher band$/);
  assert.match(await band.locator("td").first().innerText(), /\S \(b6\)$/, "the band's name, then its ID");
  page.assertClean();
  await page.closeAll();
});

test("search finds tracks, roles and competencies as you type", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "search");
  await appReady(page);
  const box = page.getByRole("searchbox", { name: "Search tracks, roles and competencies" });
  await box.fill("principal");
  await page.getByRole("status").filter({ hasText: /results? for “principal”/ }).waitFor();
  const results = await page.locator(".search-results li").allInnerTexts();
  assert.ok(results.some((r) => r.startsWith("Principal Engineer")));
  await box.fill("zzzz-nothing");
  await page.getByText("No results for “zzzz-nothing”.").waitFor();
  page.assertClean();
  await page.closeAll();
});

test("works by keyboard alone: skip link, then links activated with Enter", async () => {
  const page = await openPage(browser, url);
  await page.goto(url);
  await appReady(page);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.closest("main") !== null);
  assert.ok(focused, "after skipping, focus moves into the main content");
  await page.evaluate(() => document.querySelector("main a").focus());
  const target = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: target }).waitFor();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.ok(["solid", "auto", "none"].includes(outline));
  page.assertClean();
  await page.closeAll();
});

test("every page fits a 360 px wide phone without sideways scrolling", async () => {
  const page = await openPage(browser, url, { viewport: { width: 360, height: 740 } });
  for (const route of ROUTES) {
    await page.goto(url + route.path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `/${route.path} overflows by ${overflow}px`);
  }
  page.assertClean();
  await page.closeAll();
});

test("prints cleanly: navigation hidden, content kept", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "tracks/technical/t5");
  await appReady(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false);
  assert.equal(await page.getByRole("heading", { level: 1 }).isVisible(), true);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, "a real PDF is produced");
  page.assertClean();
  await page.closeAll();
});

test("the careers site never downloads the private self-assessment, which loads on its own pages", async () => {
  const page = await openPage(browser, url);
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  await appReady(page);
  await page.getByRole("link", { name: "Compare roles" }).click();
  await page.getByRole("heading", { level: 1, name: "Compare roles" }).waitFor();
  assert.equal(requested.filter((path) => path.includes("mosaic-private")).length, 0);
  await page.getByRole("link", { name: "Assess myself" }).click();
  await page.getByRole("heading", { level: 1, name: "Assess myself" }).waitFor();
  assert.ok(requested.includes("/careers/mosaic-private_bg.wasm"), "private bundle loaded for the private page");
  await page.getByRole("link", { name: "Tracks", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Northwind Careers" }).waitFor();
  // Candidates never download the framework studio (nor its styles), public or private page.
  assert.deepEqual(requested.filter((path) => /mosaic-studio|studio\.css/.test(path)), []);
  page.assertClean();
  await page.closeAll();
});

test("the public bundles carry none of the private pages' text, the overview no diagnostics", () => {
  const wasm = (name) => readFileSync(join(DIST, name));
  const bundles = readdirSync(DIST).filter((name) => name.endsWith(".wasm"));
  const overview = bundles.filter((name) => name.startsWith("mosaic-overview"));
  assert.equal(overview.length, 1, `one overview bundle: ${bundles}`);
  const publicBundles = [overview[0], "mosaic_bg.wasm"];
  // Words only the private pages say (the navigation's link names are in every bundle).
  const privateOnly = ["Yes, delete everything", "Your data on this device", "Yes, delete it"];
  for (const text of privateOnly) {
    assert.ok(wasm("mosaic-private_bg.wasm").includes(text), `the private bundle says "${text}"`);
    for (const name of publicBundles) assert.ok(!wasm(name).includes(text), `${name} says "${text}"`);
  }
  // Words only the framework studio says: in no bundle a candidate or a person downloads.
  const studioOnly = ["Open pasted text", "Draft — not published.", "Yes, discard the draft"];
  for (const text of studioOnly) {
    assert.ok(wasm("mosaic-studio_bg.wasm").includes(text), `the studio bundle says "${text}"`);
    for (const name of [...publicBundles, "mosaic-private_bg.wasm"]) {
      assert.ok(!wasm(name).includes(text), `${name} says "${text}"`);
    }
  }
  // The located problems of a broken file are the public bundle's (the overview hands over):
  // words of the diagnostics path and of the problems page.
  const diagnostics = ["The file ends too early", "Details for the framework's authors"];
  for (const text of diagnostics) {
    assert.ok(wasm("mosaic_bg.wasm").includes(text), `the public bundle says "${text}"`);
    assert.ok(!wasm(overview[0]).includes(text), `the overview bundle says "${text}"`);
  }
});

describe("the parity statement claims only what the file says", () => {
  /** The overview of the default framework changed by `change`, served on its own. */
  async function overviewOf(change) {
    const framework = defaultFramework();
    change(framework);
    const { server, url: changedUrl } = await serve(distWithFramework(JSON.stringify(framework)));
    const page = await openPage(browser, changedUrl);
    await page.goto(changedUrl);
    await appReady(page);
    return { page, server };
  }

  test("with no pay published, nothing is said to be equal pay", async () => {
    const { page, server } = await overviewOf((framework) => {
      for (const band of framework.bands) delete band.compensation;
    });
    const parity = page.getByRole("region", { name: "Parity between tracks" });
    await parity.getByText("The framework publishes no pay, so it says nothing about pay across tracks.").waitFor();
    const said = await page.locator("main").innerText();
    assert.doesNotMatch(said, /same pay|pays the same|equal across tracks/);
    page.assertClean();
    await page.closeAll();
    server.close();
  });

  test("a broken promise is named plainly; the located warning is folded for the authors", async () => {
    const { page, server } = await overviewOf((framework) => {
      const director = framework.tracks.find((t) => t.id === "people-management").levels.find((l) => l.id === "pm6");
      director.compensation = { min: 1, mid: 2, max: 3, currency: "EUR" };
    });
    const parity = page.getByRole("region", { name: "Parity between tracks" });
    await parity.getByText("Pay differs by track at these bands:").waitFor();
    assert.match(await parity.innerText(), /Organization \(b6\)/);
    assert.doesNotMatch(await parity.innerText(), /line \d+/, "no line numbers for candidates");
    const notes = page.getByRole("region", { name: "For the framework's authors" });
    const warnings = notes.getByRole("list", { name: "Parity warnings" });
    assert.equal(await warnings.isVisible(), false, "folded");
    await notes.locator("summary").click();
    assert.match(await warnings.innerText(), /line \d+, column \d+[\s\S]*Band b6 pays differently by track/);
    await assertAccessible(page, "overview with a parity warning");
    page.assertClean();
    await page.closeAll();
    server.close();
  });
});

// The sample was last reviewed on 2025-12-01 with a 12-month cadence: due by 2026-12-01.
describe("the footer states the next review, and says plainly when it is overdue", () => {
  for (const path of ["", "tracks/technical"]) {
    test(`on /${path}`, async () => {
      const page = await openPage(browser, url);
      await page.clock.setFixedTime(new Date("2026-06-01T12:00:00"));
      await page.goto(url + path);
      await appReady(page);
      const footer = page.locator("footer");
      await footer.getByText("Next review due by 2026-12-01.").waitFor();
      assert.equal(await footer.getByText(/overdue/).count(), 0);
      await page.clock.setFixedTime(new Date("2027-01-10T12:00:00"));
      await page.reload();
      await appReady(page);
      await footer.getByText("Its review is overdue: it was due by 2026-12-01.").waitFor();
      assert.equal(await footer.getByText("Next review due by").count(), 0);
      page.assertClean();
      await page.closeAll();
    });
  }
});
