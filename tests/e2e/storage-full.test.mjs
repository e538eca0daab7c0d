// Issue 14: a full disk never costs a change, in real Chromium against the release build.
// The origin's real localStorage quota is filled from the page, as another app on the same
// origin would (the app's own keys untouched), then freed: every change made while it was
// full stays on screen and is stored with the next change once there is room; an import
// too large to store says so, and the next edit doesn't bring the old data back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

const KEY = "mosaic:assessment:northwind-careers";
const FILLER = "another-app-on-this-origin:";
const FULL = "Not saved: this browser's storage for the site is full";
let browser, url;
servedApp((app) => ({ browser, url } = app));

const rating = (page, competency) => page.getByRole("group", { name: competency, exact: true });
const level = (page, competency, proficiency) =>
  rating(page, competency).getByRole("radio", { name: new RegExp(`^${proficiency} —`) });
const storedDocument = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
const storedLevels = async (page) =>
  Object.fromEntries(
    Object.entries((await storedDocument(page)).assessment.ratings)
      .filter(([, r]) => r.proficiency)
      .map(([id, r]) => [id, r.proficiency]),
  );

/** Fills the origin's localStorage to the last character with keys of its own; returns how many. */
async function fillQuota(page) {
  const appKeysBefore = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("mosaic:")).map((k) => [k, localStorage.getItem(k)]));
  const count = await page.evaluate((prefix) => {
    let n = 0;
    let size = 1 << 21;
    while (size >= 1) {
      try {
        localStorage.setItem(`${prefix}${n}`, "x".repeat(size));
        n += 1;
      } catch (error) {
        if (error.name !== "QuotaExceededError") throw error;
        size = Math.floor(size / 2);
      }
    }
    return n;
  }, FILLER);
  const appKeysAfter = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("mosaic:")).map((k) => [k, localStorage.getItem(k)]));
  assert.deepEqual(appKeysAfter, appKeysBefore, "filling the quota leaves the app's own keys untouched");
  assert.ok(count > 1, "the quota is filled");
  return count;
}

async function freeQuota(page) {
  await page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, FILLER);
}

const notSaved = (page) => page.getByRole("alert").filter({ hasText: FULL });
const saved = (page) => page.getByRole("status").filter({ hasText: /^Saved on this device at \d\d:\d\d\.$/ });

/**
 * System design rated and stored; then, on /data with the quota full, a valid export that
 * replaces it with one expert rating whose evidence (`note` ten times) makes it larger than
 * what is stored. Returns the page once /data says the import is not saved.
 */
async function importThatDoesNotFit(note) {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await level(page, "System design", "Working").check();
  await saved(page).waitFor();
  const file = await storedDocument(page);
  file.assessment.ratings = {
    "technical-depth": { proficiency: "expert", evidence: [{ note: note.repeat(10), link: "", date: "" }] },
  };
  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  await fillQuota(page);
  await page.getByLabel("Import a file exported from Mosaic").setInputFiles({
    name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole("group", { name: "Confirm import" }).getByRole("button", { name: "Replace my data" }).click();
  await page.locator("#data-outcome").getByText(/not saved/i).waitFor();
  return page;
}

test("a rating made while storage is full is stored with the next one once there is room", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await level(page, "System design", "Working").check();
  await saved(page).waitFor();

  await fillQuota(page);
  await level(page, "Technical depth", "Advanced").check();
  await notSaved(page).waitFor();
  assert.equal(await level(page, "Technical depth", "Advanced").isChecked(), true, "B stays on screen");
  assert.deepEqual(await storedLevels(page), { "system-design": "working" }, "the last saved version is intact");
  await assertAccessible(page, "/assess, not saved");

  await freeQuota(page);
  await level(page, "Communication", "Working").check();
  await saved(page).waitFor();
  assert.deepEqual(
    await storedLevels(page),
    { "system-design": "working", "technical-depth": "advanced", communication: "working" },
    "A, B and C are stored",
  );
  await page.reload();
  await appReady(page);
  for (const [competency, proficiency] of [["System design", "Working"], ["Technical depth", "Advanced"], ["Communication", "Working"]]) {
    assert.equal(await level(page, competency, proficiency).isChecked(), true, `${competency} after a reload`);
  }
  page.assertClean();
  await page.closeAll();
});

test("a plan action added while storage is full is stored with the next change", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "plan");
  await appReady(page);
  const addAction = async (title) => {
    await page.getByLabel("My own action").fill(title);
    await page.getByRole("button", { name: "Add action" }).click();
  };
  await addAction("Pair with the platform team");
  await saved(page).waitFor();

  await fillQuota(page);
  await addAction("Write the incident review");
  await notSaved(page).waitFor();
  await page.getByRole("rowheader", { name: "Write the incident review" }).waitFor();

  await freeQuota(page);
  await addAction("Present at the guild");
  await saved(page).waitFor();
  const titles = (await storedDocument(page)).assessment.plan.actions.map((a) => a.title);
  assert.deepEqual(titles.sort(), ["Pair with the platform team", "Present at the guild", "Write the incident review"]);
  await page.reload();
  await appReady(page);
  for (const title of titles) await page.getByRole("rowheader", { name: title }).waitFor();
  page.assertClean();
  await page.closeAll();
});

test("an import too large to store says it is not saved, and the next edit keeps the imported data", async () => {
  const page = await importThatDoesNotFit("Led the storage engine rewrite. ");
  const outcome = page.locator("#data-outcome");
  const said = await outcome.innerText();
  assert.doesNotMatch(said, /^Imported: your data was replaced\.$/, "not claimed as done");
  assert.match(said, /on screen/, "says where the imported data is");
  assert.match(said, /free/i, "says what to do");
  await notSaved(page).waitFor();
  await page.getByText("On screen, not saved yet: 1 rated competency,", { exact: false }).waitFor();
  assert.deepEqual(await storedLevels(page), { "system-design": "working" }, "the last saved version is intact");
  await assertAccessible(page, "/data, import not saved");

  // The next edit, still full: the imported data stays on screen, the old data doesn't return.
  await page.getByRole("link", { name: "Assess myself" }).first().click();
  await appReady(page);
  await level(page, "Communication", "Working").check();
  await notSaved(page).waitFor();
  assert.equal(await level(page, "Technical depth", "Expert").isChecked(), true, "the imported rating stays");
  assert.equal(await rating(page, "System design").getByRole("radio", { name: "Not rated" }).isChecked(), true, "the replaced rating doesn't come back");

  await freeQuota(page);
  await level(page, "Problem solving", "Working").check();
  await saved(page).waitFor();
  assert.deepEqual(
    await storedLevels(page),
    { "technical-depth": "expert", communication: "working", "problem-solving": "working" },
    "the import and both edits are stored, the replaced data is not",
  );
  await page.reload();
  await appReady(page);
  assert.equal(await level(page, "Technical depth", "Expert").isChecked(), true);
  assert.equal(await level(page, "Communication", "Working").isChecked(), true);
  assert.equal(await rating(page, "System design").getByRole("radio", { name: "Not rated" }).isChecked(), true);
  page.assertClean();
  await page.closeAll();
});

test("“Save now” stores an import that didn't fit, once there is room, and the page says where the data is", async () => {
  const page = await importThatDoesNotFit("Ran the incident review. ");
  const saveNow = page.getByRole("button", { name: "Save now" });
  // Still full: pressing it says so, and nothing changes.
  await saveNow.click();
  await page.getByRole("status").filter({ hasText: /^Still not saved/ }).waitFor();
  await page.getByText("On screen, not saved yet: 1 rated competency,", { exact: false }).waitFor();
  assert.deepEqual(await storedLevels(page), { "system-design": "working" }, "the last saved version is intact");

  await freeQuota(page);
  await saveNow.click();
  await page.getByRole("status").filter({ hasText: /^Saved: what you see is now stored on this device\.$/ }).waitFor();
  await saveNow.waitFor({ state: "detached" });
  await page.getByText("On this device: 1 rated competency,", { exact: false }).waitFor();
  assert.deepEqual(await storedLevels(page), { "technical-depth": "expert" }, "the import is stored");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  await page.getByText("On this device: 1 rated competency,", { exact: false }).waitFor();
  page.assertClean();
  await page.closeAll();
});
