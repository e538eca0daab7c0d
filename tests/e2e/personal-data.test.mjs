// Personal data you can trust, in real Chromium against the release build: every defect
// of issue 7 tried as a person would, with what is stored checked after each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

const KEY = "mosaic:assessment:northwind-careers";
let browser, url;
servedApp((app) => ({ browser, url } = app));

const rating = (page, competency) => page.getByRole("group", { name: competency, exact: true });
const stored = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));

async function rate(page, competency, proficiency) {
  await rating(page, competency).getByRole("radio", { name: new RegExp(`^${proficiency} —`) }).check();
}

async function addEvidence(page, competency, note) {
  const group = rating(page, competency);
  await group.locator("summary").click();
  await group.getByLabel(`New evidence for ${competency}`).fill(note);
  await group.getByRole("button", { name: "Add evidence" }).click();
}

async function seeded(page, entries) {
  await page.addInitScript((entries) => {
    if (!sessionStorage.getItem("seeded")) {
      for (const [key, value] of entries) localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, entries);
}

test("evidence before a rating is kept as evidence, and a reload claims no framework change", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await addEvidence(page, "System design", "Sketched the event bus");
  await rating(page, "System design").getByText("Evidence for System design (1)").waitFor();
  await rate(page, "Technical depth", "Working");
  await page.getByText(/^Saved on this device at/).waitFor();
  const document = await stored(page);
  assert.equal(document.assessment.ratings["system-design"].proficiency, undefined, "not rated is no level");
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByText("The framework has changed").count(), 0);
  assert.equal(await rating(page, "System design").getByRole("radio", { name: "Not rated" }).isChecked(), true);
  await rating(page, "System design").getByText("Evidence for System design (1)").waitFor();
  assert.equal((await stored(page)).assessment.retired, undefined, "nothing retired");
  page.assertClean();
  await page.closeAll();
});

test("un-rating clears the level and keeps the evidence", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "Communication", "Advanced");
  await addEvidence(page, "Communication", "Ran the all-hands demo");
  await rating(page, "Communication").getByText("Evidence for Communication (1)").waitFor();
  await rating(page, "Communication").getByRole("radio", { name: "Not rated" }).check();
  await page.waitForFunction((key) => !JSON.parse(localStorage.getItem(key)).assessment.ratings.communication.proficiency, KEY);
  await page.reload();
  await appReady(page);
  assert.equal(await rating(page, "Communication").getByRole("radio", { name: "Not rated" }).isChecked(), true);
  await rating(page, "Communication").getByText("Evidence for Communication (1)").waitFor();
  await page.getByText("0 of 21 rated", { exact: true }).waitFor();
  page.assertClean();
  await page.closeAll();
});

test("an empty evidence note is refused with a message next to the field", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  const group = rating(page, "Problem solving");
  await group.locator("summary").click();
  await group.getByRole("button", { name: "Add evidence" }).click();
  await group.getByRole("alert").filter({ hasText: "Write a short note first" }).waitFor();
  assert.equal(await group.getByLabel("New evidence for Problem solving").getAttribute("aria-invalid"), "true");
  await group.getByLabel("Link (optional, a web address)").fill("javascript:alert(1)");
  await group.getByLabel("New evidence for Problem solving").fill("Found the leak");
  await group.getByRole("button", { name: "Add evidence" }).click();
  await group.getByRole("alert").filter({ hasText: "The link must be a web address" }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, "nothing stored");
  await assertAccessible(page, "evidence error");
  page.assertClean();
  await page.closeAll();
});

test("the milestone status always shows what is stored when switching roles", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  const role = page.getByLabel("Role", { exact: true });
  await role.selectOption("technical/t1");
  const status = page.getByLabel("Status of “", { exact: false }).first();
  await status.selectOption("achieved");
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes("achieved"), KEY);
  await role.selectOption("technical/t2");
  assert.equal(await page.getByLabel("Status of “", { exact: false }).first().inputValue(), "not_started");
  await page.getByLabel("Status of “", { exact: false }).first().selectOption("in_progress");
  await role.selectOption("technical/t1");
  assert.equal(await page.getByLabel("Status of “", { exact: false }).first().inputValue(), "achieved");
  await role.selectOption("technical/t2");
  assert.equal(await page.getByLabel("Status of “", { exact: false }).first().inputValue(), "in_progress");
  const milestones = (await stored(page)).assessment.milestones;
  assert.equal(milestones["technical/t1/first-changes"].status, "achieved");
  assert.equal(milestones["technical/t2/features-delivered"].status, "in_progress");
  page.assertClean();
  await page.closeAll();
});

test("the time a change was saved is the person's local time", async () => {
  const page = await openPage(browser, url, { timezoneId: "Pacific/Chatham" });
  await page.goto(url + "assess");
  await appReady(page);
  const clock = () => page.evaluate(() => {
    const d = new Date();
    return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
  });
  const before = await clock();
  await rate(page, "System design", "Working");
  const shown = (await page.getByText(/^Saved on this device at/).innerText()).match(/at (\d\d:\d\d)\./)[1];
  const afterwards = await clock();
  assert.ok([before, afterwards].includes(shown), `${shown} is local (${before}–${afterwards}), not UTC`);
  const utc = new Date().toISOString().slice(11, 16);
  assert.notEqual(shown, utc, "Chatham is never on UTC");
  page.assertClean();
  await page.closeAll();
});

test("a newer deploy writing in another tab is kept aside, never overwritten", async () => {
  const first = await openPage(browser, url);
  await first.goto(url + "assess");
  await appReady(first);
  await rate(first, "System design", "Advanced");
  await first.getByText(/^Saved on this device at/).waitFor();
  const newer = JSON.stringify({ kind: "mosaic-assessment", schema_version: 9, saved_at: "", assessment: { from: "the future" } });
  const second = await first.context().newPage();
  await second.goto(url + "search");
  await second.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, newer]);
  const alert = first.getByRole("alert").filter({ hasText: "Your saved data could not be read." });
  await alert.waitFor();
  assert.match(await alert.innerText(), /newer version of Mosaic \(data version 9/);
  assert.match(await alert.innerText(), /what you see here was saved in its place/, "not “starting afresh”: nothing on screen was dropped");
  await rate(first, "Technical depth", "Working");
  const keys = await first.evaluate(() => Object.keys(localStorage));
  const aside = keys.filter((k) => k.startsWith(`${KEY}:unreadable:`));
  assert.equal(aside.length, 1);
  assert.equal(await first.evaluate((k) => localStorage.getItem(k), aside[0]), newer, "kept byte for byte");
  const mine = await stored(first);
  assert.equal(mine.assessment.ratings["system-design"].proficiency, "advanced", "nothing of mine lost");
  assert.equal(mine.assessment.ratings["technical-depth"].proficiency, "working");
  first.assertClean();
  await first.closeAll();
});

test("deleting everything deletes this framework's data only", async () => {
  const page = await openPage(browser, url);
  const other = JSON.stringify({ kind: "mosaic-assessment", schema_version: 3, saved_at: "", assessment: { framework: { id: "northwind-careers-uk", version: "1" } } });
  await seeded(page, [[`${KEY}-uk`, other], [`${KEY}:unreadable:2026-01-01`, "old"], ["unrelated", "x"]]);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "System design", "Advanced");
  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("button", { name: "Delete everything…" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.locator("#data-outcome").getByText("Everything was deleted from this device.").waitFor();
  const keys = (await page.evaluate(() => Object.keys(localStorage))).sort();
  assert.deepEqual(keys, [`${KEY}-uk`, "unrelated"]);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), `${KEY}-uk`), other, "untouched");
  page.assertClean();
  await page.closeAll();
});

test("an import with a level the framework doesn't have says what is left out", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "data");
  await appReady(page);
  const file = {
    kind: "mosaic-assessment", schema_version: 3, saved_at: "2026-11-01T00:00:00Z",
    assessment: {
      framework: { id: "northwind-careers", version: "1" },
      ratings: { "system-design": { proficiency: "guru", updated: "2026-11-01T00:00:00Z" }, communication: { proficiency: "working", updated: "2026-11-01T00:00:00Z" } },
    },
  };
  await page.getByLabel("Import a file exported from Mosaic").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  const confirm = page.getByRole("group", { name: "Confirm import" });
  await confirm.getByText("“mine.json” holds 1 rated competency").waitFor();
  await confirm.getByText("Your rating “guru” for “System design” is not on the framework's scale.", { exact: false }).waitFor();
  await assertAccessible(page, "import with a level left out");
  await confirm.getByRole("button", { name: "Replace my data" }).click();
  await page.locator("#data-outcome").getByText("Imported: your data was replaced.").waitFor();
  await page.getByRole("heading", { name: "Retired" }).waitFor();
  await page.getByText("System design: guru").waitFor();
  const mine = await stored(page);
  assert.equal(mine.assessment.retired.ratings["system-design"].proficiency, "guru", "kept, not dropped");
  page.assertClean();
  await page.closeAll();
});
