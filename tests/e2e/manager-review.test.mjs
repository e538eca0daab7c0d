// A manager rates someone else in their own browser: a workspace apart from their own
// self-assessment, which stays byte for byte what it was; the review survives a reload and
// its export opens in the person's 360 view on /data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

const OWN_KEY = "mosaic:assessment:northwind-careers";
const REVIEW_KEY = "mosaic:review:northwind-careers:ana-lima";
let browser, url;
servedApp((app) => ({ browser, url } = app));

const group = (page, competency) => page.getByRole("group", { name: competency, exact: true });
const raw = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

async function rateOwn(page, competency, proficiency) {
  await group(page, competency).getByRole("radio", { name: new RegExp(`^${proficiency} —`) }).check();
}

async function assertNoSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px`);
}

/** The report's own export: what their "Export my data" writes, rated by them. */
async function reportsExport(page) {
  const theirs = JSON.parse(await raw(page, OWN_KEY));
  theirs.assessment.ratings = {
    "system-design": { proficiency: "advanced", evidence: [{ note: "Designed the billing pipeline", date: "2026-10-01" }], updated: "2026-10-01T00:00:00Z" },
    communication: { proficiency: "working", updated: "2026-10-01T00:00:00Z" },
  };
  theirs.assessment.plan.checkins = [{ id: "c1", date: "2026-10-02", note: "Private: thinking of moving teams" }];
  return Buffer.from(JSON.stringify(theirs));
}

test("a manager rates a report's export without touching their own self-assessment", async () => {
  const page = await openPage(browser, url);
  // The manager's own self-assessment, as the app stores it.
  await page.goto(url + "assess");
  await appReady(page);
  await rateOwn(page, "System design", "Expert");
  await rateOwn(page, "Communication", "Advanced");
  await page.getByText(/^Saved on this device at/).waitFor();
  const ownBefore = await raw(page, OWN_KEY);
  const file = await reportsExport(page);

  await page.getByRole("link", { name: "Rate someone else" }).click();
  await page.getByRole("heading", { level: 1, name: "Rate someone else" }).waitFor();
  await page.getByText("This is not your self-assessment.").waitFor();
  await page.getByText("No reviews on this device yet.").waitFor();
  await assertAccessible(page, "review workspace, empty");

  // A name is needed.
  await page.getByRole("button", { name: "Start a review" }).click();
  await page.getByRole("alert").filter({ hasText: "Write the person's name" }).waitFor();
  await page.getByLabel("Their name").fill("Ana Lima");
  await page.getByRole("button", { name: "Start a review" }).click();
  await page.getByRole("heading", { level: 2, name: "Your review of Ana Lima" }).waitFor();
  assert.match(page.url(), /\/review\?person=ana-lima$/);
  await page.getByText("You are rating Ana Lima, not yourself.").waitFor();

  // A wrong file is named for what is wrong, and changes nothing.
  await page.getByLabel("Ana Lima's exported file").setInputFiles({
    name: "framework.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: 1, tracks: [] })),
  });
  await page.getByRole("alert").filter({ hasText: "“framework.json” can't be loaded as Ana Lima's ratings. This is not a Mosaic assessment" }).waitFor();
  await page.getByText("No file of theirs is loaded yet").waitFor();

  await page.getByLabel("Ana Lima's exported file").setInputFiles({ name: "ana-export.json", mimeType: "application/json", buffer: file });
  await page.getByText("Their file is loaded: they rated 2 of 21 competencies. (from “ana-export.json”)").waitFor();
  const design = group(page, "System design");
  await design.getByText("Their own rating: ●●●●○ Advanced").waitFor();
  await design.getByRole("list", { name: "Their evidence for System design" }).getByText("Designed the billing pipeline").waitFor();

  // The manager rates two competencies and adds a comment of their own.
  await design.getByRole("radio", { name: /^Practitioner —/ }).check();
  await group(page, "Communication").getByRole("radio", { name: /^Advanced —/ }).check();
  await design.locator("summary").click();
  await design.getByLabel("New evidence for your rating of System design").fill("Led the storage migration review");
  await design.getByRole("button", { name: "Add evidence" }).click();
  await design.getByText("Evidence for your rating of System design (1)").waitFor();
  await page.getByText("You have rated 2 of 21 competencies.").waitFor();
  await assertAccessible(page, "review of Ana Lima");

  const review = JSON.parse(await raw(page, REVIEW_KEY));
  assert.equal(review.kind, "mosaic-review");
  assert.equal(review.manager.assessment.ratings["system-design"].proficiency, "practitioner");
  assert.equal(review.theirs.assessment.ratings["system-design"].proficiency, "advanced");
  assert.deepEqual(review.theirs.assessment.plan.checkins, [], "their private notes are not kept");
  assert.equal(await raw(page, OWN_KEY), ownBefore, "the manager's own assessment is byte for byte unchanged");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export your ratings of Ana Lima" }).click()]);
  assert.match(download.suggestedFilename(), /^mosaic-review-of-ana-lima-\d{4}-\d\d-\d\d\.json$/);
  const exportedPath = await download.path();
  const exported = JSON.parse(readFileSync(exportedPath, "utf8"));
  assert.equal(exported.kind, "mosaic-assessment");
  assert.equal(exported.assessment.ratings.communication.proficiency, "advanced");

  // A reload keeps the review; /assess still shows the manager's own ratings.
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your review of Ana Lima" }).waitFor();
  assert.equal(await group(page, "System design").getByRole("radio", { name: /^Practitioner —/ }).isChecked(), true);
  await page.getByRole("link", { name: "Ana Lima" }).waitFor();
  await page.getByRole("link", { name: "Assess myself" }).click();
  await page.getByRole("heading", { level: 1, name: "Assess myself" }).waitFor();
  assert.equal(await group(page, "System design").getByRole("radio", { name: /^Expert —/ }).isChecked(), true);
  assert.equal(await group(page, "Communication").getByRole("radio", { name: /^Advanced —/ }).isChecked(), true);
  assert.equal(await raw(page, OWN_KEY), ownBefore, "still byte for byte unchanged");

  // The person opens the manager's file in their 360 view: the review's ratings, beside theirs.
  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  await page.getByText("Your reviews of other people (Ana Lima) are not deleted with your own data.").waitFor();
  await page.getByLabel("Their exported file").setInputFiles(exportedPath);
  const region = page.locator(".agreement-table");
  await region.waitFor();
  assert.match(await region.getByRole("row", { name: /System design/ }).innerText(), /Expert[\s\S]*Practitioner/);

  // Deleting the review removes its key only.
  await page.goto(url + "review?person=ana-lima");
  await page.getByRole("button", { name: "Delete this review…" }).click();
  await page.getByRole("button", { name: "Yes, delete the review of Ana Lima" }).click();
  await page.getByText("Your review of Ana Lima was deleted from this device.").waitFor();
  await page.getByText("No reviews on this device yet.").waitFor();
  assert.equal(await raw(page, REVIEW_KEY), null);
  assert.equal(await raw(page, OWN_KEY), ownBefore);
  page.assertClean();
  await page.closeAll();
});

test("several reviews, one per person, switch and fit a phone and a desktop", async () => {
  for (const width of [360, 1280]) {
    const page = await openPage(browser, url, { viewport: { width, height: 800 } });
    await page.goto(url + "review");
    await appReady(page);
    for (const person of ["Bo Chen", "Ana Lima"]) {
      await page.getByLabel("Their name").fill(person);
      await page.getByRole("button", { name: "Start a review" }).click();
      await page.getByRole("heading", { level: 2, name: `Your review of ${person}` }).waitFor();
    }
    await group(page, "Technical depth").getByRole("radio", { name: /^Working —/ }).check();
    await page.getByRole("link", { name: "Bo Chen" }).click();
    await page.getByRole("heading", { level: 2, name: "Your review of Bo Chen" }).waitFor();
    assert.equal(await group(page, "Technical depth").getByRole("radio", { name: "Not rated" }).isChecked(), true, "Ana's rating is not Bo's");
    // The same name again opens that review.
    await page.getByLabel("Their name").fill("ana  LIMA");
    await page.getByRole("button", { name: "Start a review" }).click();
    await page.getByRole("heading", { level: 2, name: "Your review of Ana Lima" }).waitFor();
    assert.equal(await group(page, "Technical depth").getByRole("radio", { name: /^Working —/ }).isChecked(), true);
    const links = await page.locator(".review-list a").allInnerTexts();
    assert.deepEqual(links, ["Ana Lima", "Bo Chen"]);
    await assertNoSidewaysScroll(page, `/review at ${width}px`);
    await assertAccessible(page, `review at ${width}px`);
    await page.goto(url + "review?person=nobody");
    await page.getByRole("alert").filter({ hasText: "There is no review of “nobody” on this device." }).waitFor();
    page.assertClean();
    await page.closeAll();
  }
});
