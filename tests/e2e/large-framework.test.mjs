// The framework ten times the default (tests/fixtures/large.json), dropped into dist/ as a
// host would: every private page works on it, and the fixture matches its generator.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { appReady, distWithFramework, launchBrowser, openPage, ROOT, serve } from "./harness.mjs";

const LARGE = readFileSync(join(ROOT, "tests/fixtures/large.json"), "utf8");
const framework = JSON.parse(LARGE);
let browser, server, url, dir;

before(async () => {
  browser = await launchBrowser();
  dir = distWithFramework(LARGE);
  ({ server, url } = await serve(dir));
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("the committed fixture is what its generator writes", () => {
  execFileSync(process.execPath, [join(ROOT, "tests/fixtures/generate-large.mjs"), "--check"], { stdio: "pipe" });
});

test("assess, fit, gaps and history work on a framework ten times the default", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  assert.equal(await page.locator("h1").innerText(), "Assess myself");
  await page.getByText(`0 of ${framework.competencies.length} rated`, { exact: true }).waitFor();
  const competency = framework.competencies[120];
  await page
    .getByRole("group", { name: competency.name, exact: true })
    .getByRole("radio", { name: /^Advanced —/ })
    .check();
  await page.getByText(`1 of ${framework.competencies.length} rated`, { exact: true }).waitFor();

  await page.getByRole("link", { name: "Where I fit", exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: "Where I fit" }).waitFor();
  assert.equal(await page.locator(".fit-cards > li").count(), framework.tracks.length, "a card per track");
  const rows = page.getByRole("region", { name: "All roles, most ready first", exact: true }).locator("tbody tr");
  assert.equal(await rows.count(), 50, "the 50 most ready roles first");
  await page.getByRole("button", { name: "Show all 270 roles" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".fit-table tbody tr").length === 270);
  const revealed = await rows.nth(50).getByRole("link").innerText();
  await page.waitForFunction((text) => document.activeElement?.textContent === text, revealed);
  const percents = (await rows.locator("td.num").allInnerTexts()).map((t) => parseInt(t, 10));
  assert.ok(percents.every((p, i) => i === 0 || percents[i - 1] >= p), "most ready first");
  await page.getByLabel("Track", { exact: true }).selectOption(framework.tracks[3].id);
  assert.equal(await rows.count(), framework.tracks[3].levels.length, "the filter keeps one track's roles");

  await rows.first().getByRole("link").click();
  await page.getByRole("heading", { level: 1, name: /^My gaps for / }).waitFor();
  await page.getByRole("img", { name: /^Your proficiency compared with / }).waitFor();

  await page.getByRole("link", { name: "History", exact: true }).click();
  await page.getByLabel("Snapshot name").fill("Large framework");
  await page.getByRole("button", { name: "Take snapshot of my ratings" }).click();
  await page.getByRole("columnheader", { name: /Large framework/ }).waitFor();
  const cells = page.locator("#snapshot-table").locator("tbody tr");
  assert.equal(await cells.count(), framework.competencies.length, "a row per competency");
  page.assertClean();
  await page.closeAll();
});
