// History in real Chromium against the release build: snapshots are drawn in date order
// whatever order they were taken in, and deleting one asks first and can be undone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

const KEY = "mosaic:assessment:northwind-careers";
let browser, url;
servedApp((app) => ({ browser, url } = app));

async function rate(page, competency, proficiency) {
  await page
    .getByRole("group", { name: competency, exact: true })
    .getByRole("radio", { name: new RegExp(`^${proficiency} —`) })
    .check();
}

async function takeSnapshot(page, label, date) {
  await page.getByLabel("Snapshot name").fill(label);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("button", { name: "Take snapshot of my ratings" }).click();
  await page.getByRole("columnheader", { name: new RegExp(label) }).waitFor();
}

/** The snapshot labels of the table's columns, left to right. */
async function columns(page) {
  const headers = await page.locator("#snapshot-table").getByRole("columnheader").allInnerTexts();
  return headers.slice(1).map((text) => text.split("\n")[0].trim());
}

/** The labels under the chart's points, left to right. */
async function chartLabels(page, labels) {
  const texts = await page.getByRole("img", { name: /across your snapshots$/ }).locator("text").allTextContents();
  return texts.filter((t) => labels.includes(t));
}

/** A page on /history with a rating or two and the given snapshots, taken in that order. */
async function historyWith(snapshots) {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "Technical depth", "Working");
  await page.getByRole("link", { name: "History", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
  for (const [label, date] of snapshots) await takeSnapshot(page, label, date);
  return page;
}

test("a back-dated snapshot is drawn at its date, in the table and the chart", async () => {
  const page = await historyWith([["Q3 review", "2026-09-30"], ["Q4 review", "2026-12-15"], ["Q1 review", "2026-03-31"]]);
  const expected = ["Q1 review", "Q3 review", "Q4 review"];
  assert.deepEqual(await columns(page), expected);
  assert.deepEqual(await chartLabels(page, expected), expected);
  await page.reload();
  await appReady(page);
  assert.deepEqual(await columns(page), expected, "still in date order after a reload");
  page.assertClean();
  await page.closeAll();
});

test("deleting a snapshot asks first, can be undone, and the restored one survives a reload", async () => {
  const page = await historyWith([["Q1", "2026-03-31"], ["Q2", "2026-06-30"], ["Q3", "2026-09-30"]]);
  const storedIds = () =>
    page.evaluate((key) => JSON.parse(localStorage.getItem(key)).assessment.snapshots.map((s) => s.id), KEY);
  const idsBefore = await storedIds();

  // Asking is not deleting; "Keep it" leaves everything as it was.
  await page.getByRole("button", { name: "Delete “Q2”…" }).click();
  const confirm = page.getByRole("group", { name: "Confirm deleting a snapshot" });
  await confirm.getByText("Delete the snapshot “Q2” of 2026-06-30?").waitFor();
  assert.deepEqual(await columns(page), ["Q1", "Q2", "Q3"]);
  await assertAccessible(page, "history, confirming a deletion");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await confirm.waitFor({ state: "detached" });
  assert.deepEqual(await columns(page), ["Q1", "Q2", "Q3"]);

  await page.getByRole("button", { name: "Delete “Q2”…" }).click();
  const yes = confirm.getByRole("button", { name: "Yes, delete “Q2”" });
  assert.equal(await yes.evaluate((button) => button === document.activeElement), true, "focus is on the answer");
  await yes.click();
  await page.getByRole("status").filter({ hasText: "Deleted “Q2”." }).waitFor();
  assert.deepEqual(await columns(page), ["Q1", "Q3"]);
  assert.equal((await storedIds()).length, 2, "the deletion is saved");
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  assert.equal(await undo.evaluate((button) => button === document.activeElement), true, "focus moves to Undo");

  await undo.click();
  await page.getByRole("status").filter({ hasText: "Restored “Q2”." }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "snapshot-table");
  assert.deepEqual(await columns(page), ["Q1", "Q2", "Q3"]);
  assert.deepEqual(await storedIds(), idsBefore, "back in its place, with its ID");
  await page.reload();
  await appReady(page);
  assert.deepEqual(await columns(page), ["Q1", "Q2", "Q3"], "the restored snapshot survives a reload");
  page.assertClean();
  await page.closeAll();
});

test("a deleted snapshot that is not restored stays deleted after a reload", async () => {
  const page = await historyWith([["Before", "2026-01-31"], ["After", "2026-02-28"]]);
  await page.getByRole("button", { name: "Delete “Before”…" }).click();
  await page.getByRole("button", { name: "Yes, delete “Before”" }).click();
  await page.getByRole("status").filter({ hasText: "Deleted “Before”." }).waitFor();
  await page.reload();
  await appReady(page);
  assert.deepEqual(await columns(page), ["After"]);
  assert.equal(await page.getByRole("button", { name: "Undo", exact: true }).count(), 0, "nothing left to undo");
  page.assertClean();
  await page.closeAll();
});
