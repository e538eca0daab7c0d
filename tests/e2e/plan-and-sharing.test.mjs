// Planning without surprises and working with a manager (issue 9), in Chromium against the
// release build: a management target is planned (choosing it is choosing management) while
// no other target routes through a management track, on the format-2 fixtures with shared
// trunks; the export for sharing holds ratings and evidence but no note entered on /plan;
// the 360 view and the import say which file they read and who rated higher; destructive
// buttons look destructive; every page here at 360 and 1280 px, axe clean.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, appReady, assertAccessible, distWithFramework, launchBrowser, openPage, serve } from "./harness.mjs";

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => browser?.close());

const PHONE = { viewport: { width: 360, height: 780 } };

/** Serves dist/ with `framework` (a fixture file name, or the default) as framework.json. */
async function served(name) {
  const text = readFileSync(name ? join(ROOT, "tests/fixtures/format2", name) : join(ROOT, "public/framework.json"), "utf8");
  const dir = distWithFramework(text);
  const { server, url } = await serve(dir);
  return { url, close: () => { server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens /plan for someone in `role`, without opening any track. */
async function planFrom(url, role, options) {
  const page = await openPage(browser, url, options);
  await page.goto(url + "assess");
  await appReady(page);
  await page.getByLabel("Current role").selectOption(role);
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Plan my path" }).waitFor();
  return page;
}

/** The paths offered for `target`, as text; fails on any "excluded" answer. */
async function pathsTo(page, target) {
  await page.getByLabel("Target role").selectOption(target);
  await page.locator("article.path.recommended").waitFor();
  assert.equal(await page.getByText(/you excluded/).count(), 0, `no “excluded” answer for ${target}`);
  return page.locator("article.path").allInnerTexts();
}

/** The element is inside the window's width once scrolled to (not cut off sideways). */
async function inView(page, locator, label) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${label}: ${JSON.stringify(box)} in a ${width}px window`);
}

async function noSidewaysScroll(page, label) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= width, `${label}: ${scroll}px wide in a ${width}px window`);
}

for (const [fixture, start, managers, ics, managementTrack] of [
  ["ladder-yaml.json", "engineering/engineer-1",
    ["engineering-management/engineering-manager", "engineering-management/director-of-engineering"],
    ["individual-contributor/senior-engineer", "individual-contributor/principal-engineer"], "Engineering management"],
  ["points-ladder.json", "engineer/engineer-1", ["manager/manager-1", "manager/manager-3"], ["engineer/engineer-7"], "Manager"],
]) {
  test(`${fixture}: a management target is planned; other targets never pass through management`, async () => {
    const { url, close } = await served(fixture);
    for (const options of [{}, PHONE]) {
      const page = await planFrom(url, start, options);
      for (const target of managers) {
        const paths = await pathsTo(page, target);
        assert.match(paths[0], /By promotion into|into/, paths[0]);
        await page.getByRole("heading", { level: 2, name: /^Ways to / }).waitFor();
      }
      for (const target of ics) {
        const paths = await pathsTo(page, target);
        for (const text of paths) {
          assert.doesNotMatch(text, new RegExp(`into ${managementTrack}\\b|Through ${managementTrack}\\b`), text);
        }
      }
      await page.getByText("A path never goes through managing people unless you choose it").waitFor();
      await noSidewaysScroll(page, `${fixture} /plan`);
      await assertAccessible(page, `${fixture} plan`);
      page.assertClean();
      await page.closeAll();
    }
    close();
  });
}

test("the export for sharing holds ratings and evidence, no notes; the 360 and import name the file", async () => {
  const { url, close } = await served();
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await page.getByLabel("Current role").selectOption("technical/t3");
  const design = page.getByRole("group", { name: "System design", exact: true });
  await design.getByRole("radio", { name: /^Advanced —/ }).check();
  await page.getByRole("group", { name: "Communication", exact: true }).getByRole("radio", { name: /^Working —/ }).check();
  await design.getByText("Evidence for System design (0)").click();
  await design.getByLabel("New evidence for System design").fill("Designed the billing event pipeline");
  await design.getByRole("button", { name: "Add evidence" }).click();
  await design.getByText("Evidence for System design (1)").waitFor();

  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Plan my path" }).waitFor();
  await page.getByLabel("My own action").fill("Quietly prepare for the band conversation");
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByLabel("Notes from the conversation").fill("Private worry: thinking about leaving in spring");
  await page.getByRole("button", { name: "Add check-in" }).click();
  await page.getByText("Private worry: thinking about leaving in spring").waitFor();
  // On a phone the plan's actions are cards: no sideways scroll, the action's title in view.
  await page.setViewportSize({ width: 360, height: 780 });
  await noSidewaysScroll(page, "/plan with an action at 360");
  await inView(page, page.getByRole("rowheader", { name: "Quietly prepare for the band conversation" }), "the action's title at 360");
  await inView(page, page.getByLabel("Status of Quietly prepare for the band conversation"), "the action's status at 360");
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  await page.getByText("Don't send it to anyone.").waitFor();
  const [sharing] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export for sharing with my manager" }).click()]);
  assert.match(sharing.suggestedFilename(), /^mosaic-ratings-to-share-northwind-careers-\d{4}-\d\d-\d\d\.json$/);
  const shared = readFileSync(await sharing.path(), "utf8");
  assert.ok(shared.includes("Designed the billing event pipeline"), "the evidence is shared");
  assert.equal(JSON.parse(shared).assessment.ratings["system-design"].proficiency, "advanced");
  for (const words of ["Private worry", "thinking about leaving", "Quietly prepare for the band conversation"]) {
    assert.ok(!shared.includes(words), `the sharing export holds “${words}”`);
  }
  const [full] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export my data" }).click()]);
  assert.match(full.suggestedFilename(), /^mosaic-full-backup-northwind-careers-\d{4}-\d\d-\d\d\.json$/);
  assert.ok(readFileSync(await full.path(), "utf8").includes("Private worry"), "the backup holds everything");

  // A manager's copy: their rating of System design is lower, of Communication higher.
  const theirs = JSON.parse(shared);
  theirs.assessment.ratings["system-design"].proficiency = "working";
  theirs.assessment.ratings["communication"].proficiency = "advanced";
  await page.getByLabel("Their exported file").setInputFiles({ name: "priya-ratings.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(theirs)) });
  await page.getByText("Comparing with “priya-ratings.json”.").waitFor();
  await page.getByText("you rated higher on 1, they rated higher on 1.").waitFor();
  const table = page.locator(".agreement-table");
  assert.match(await table.getByRole("row", { name: /^System design/ }).innerText(), /You rated higher: Advanced vs Working \(2 steps\)/);
  assert.match(await table.getByRole("row", { name: /^Communication/ }).innerText(), /They rated higher: Advanced vs Working \(2 steps\)/);
  // On a phone each competency is a card with both ratings and who rated higher in view.
  await page.setViewportSize({ width: 360, height: 780 });
  await noSidewaysScroll(page, "/data with the 360 view at 360");
  const phoneRow = table.getByRole("row", { name: /^System design/ });
  await inView(page, phoneRow.getByText("You rated higher: Advanced vs Working (2 steps)"), "who rated higher at 360");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel("Their exported file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await page.getByRole("alert").filter({ hasText: "“notes.json” can't be compared." }).waitFor();
  assert.equal(await page.getByText("Comparing with “priya-ratings.json”.").count(), 0, "the wrong file is not said to be loaded");

  await page.getByLabel("Import a file exported from Mosaic").setInputFiles({ name: "my-ratings.json", mimeType: "application/json", buffer: Buffer.from(shared) });
  await page.getByText(/^“my-ratings\.json” holds 2 rated competencies/).waitFor();
  await page.getByRole("button", { name: "Cancel import" }).click();
  await page.getByLabel("Import a file exported from Mosaic").setInputFiles({ name: "photo.json", mimeType: "application/json", buffer: Buffer.from("not json") });
  await page.getByRole("alert").filter({ hasText: "“photo.json” can't be imported." }).waitFor();

  // Destructive buttons don't look like the export.
  const look = (name) => page.getByRole("button", { name }).evaluate((b) => { const s = getComputedStyle(b); return `${s.backgroundColor} ${s.color} ${s.borderColor}`; });
  assert.notEqual(await look("Delete everything…"), await look("Export my data"));
  await assertAccessible(page, "data with the 360 comparison");
  await noSidewaysScroll(page, "/data at 1280");
  await page.setViewportSize({ width: 360, height: 780 });
  await noSidewaysScroll(page, "/data at 360");
  await assertAccessible(page, "data at 360 px");
  page.assertClean();
  await page.closeAll();
  close();
});
