// The private self-assessment in real Chromium against the release build: it saves as you
// go, survives every storage fault without losing data, and moves between devices only
// through files the person exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

const KEY = "mosaic:assessment:northwind-careers";
let browser, url;
servedApp((app) => ({ browser, url } = app));

const rating = (page, competency) => page.getByRole("group", { name: competency, exact: true });

async function rate(page, competency, proficiency) {
  await rating(page, competency).getByRole("radio", { name: new RegExp(`^${proficiency} —`) }).check();
}

async function stored(page) {
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

test("assess, reload, and everything is back", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await page.getByText("Stored only on this device.").waitFor();
  await rate(page, "System design", "Practitioner");
  await page.getByRole("status").filter({ hasText: /^Saved on this device at \d\d:\d\d\.$/ }).waitFor();
  await rate(page, "Technical depth", "Advanced");
  await page.getByLabel("Current role").selectOption("technical/t3");
  await page.getByRole("group", { name: "Tracks I want to avoid" }).getByLabel("People management").check();
  const design = rating(page, "System design");
  await design.getByText("Evidence for System design (0)").click();
  await design.getByLabel("New evidence for System design").fill("Designed the billing event pipeline");
  await design.getByRole("button", { name: "Add evidence" }).click();
  await design.getByText("Evidence for System design (1)").waitFor();
  await assertAccessible(page, "assess");

  await page.reload();
  await appReady(page);
  assert.equal(await rating(page, "System design").getByRole("radio", { name: /^Practitioner —/ }).isChecked(), true);
  assert.equal(await rating(page, "Technical depth").getByRole("radio", { name: /^Advanced —/ }).isChecked(), true);
  assert.equal(await page.getByLabel("Current role").inputValue(), "technical/t3");
  assert.equal(await page.getByRole("group", { name: "Tracks I want to avoid" }).getByLabel("People management").isChecked(), true);
  await rating(page, "System design").getByText("Evidence for System design (1)").click();
  await page.getByText("Designed the billing event pipeline").waitFor();
  const document = JSON.parse(await stored(page));
  assert.equal(document.schema_version, 3);
  assert.equal(document.assessment.ratings["system-design"].proficiency, "practitioner");
  page.assertClean();
  await page.closeAll();
});

test("where I fit: readiness per role, best next role per track, explained by gaps", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "System design", "Advanced");
  await rate(page, "Technical depth", "Advanced");
  await rate(page, "Problem solving", "Advanced");
  await page.getByRole("group", { name: "Tracks I want to avoid" }).getByLabel("People management").check();
  await page.getByRole("link", { name: "Where I fit" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Where I fit" }).waitFor();
  const cards = page.locator(".fit-card");
  assert.equal(await cards.count(), 4, "one card per track not avoided");
  assert.equal(await cards.filter({ hasText: "People management" }).count(), 0, "avoided track is left out");
  await page.getByText("Not shown, as you asked: People management.").waitFor();
  const rows = page.getByRole("region", { name: "All roles, most ready first", exact: true }).locator("tbody tr");
  const total = await rows.count();
  assert.ok(total >= 20);
  const percents = (await rows.locator("td.num").allInnerTexts()).map((t) => parseInt(t, 10));
  assert.deepEqual(percents, [...percents].sort((a, b) => b - a), "most ready first");
  await page.getByLabel("Track", { exact: true }).selectOption("customer-strategy");
  assert.equal(await rows.count(), 6);
  await rows.first().getByRole("link").click();
  await page.getByRole("heading", { level: 1, name: /^My gaps for / }).waitFor();
  await page.getByRole("img", { name: /^Your proficiency compared with / }).waitFor();
  const gapRows = page.getByRole("region", { name: "Competency by competency", exact: true }).locator("tbody tr");
  assert.ok((await gapRows.count()) >= 5);
  assert.ok((await page.locator("tr.gap").count()) > 0, "gaps are marked");
  assert.match(await page.locator("tr.gap").first().innerText(), /\d+ steps? to go/);
  await assertAccessible(page, "gap view");
  await page.getByRole("link", { name: "Where I fit" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Where I fit" }).waitFor();
  await assertAccessible(page, "fit");
  page.assertClean();
  await page.closeAll();
});

test("a full storage quota is reported and the last saved state stays intact", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "System design", "Working");
  await page.getByText(/^Saved on this device at/).waitFor();
  const before = await stored(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await rate(page, "System design", "Expert");
  await page.getByRole("alert").filter({ hasText: "Not saved: this browser's storage for the site is full" }).waitFor();
  assert.equal(await rating(page, "System design").getByRole("radio", { name: /^Expert —/ }).isChecked(), true, "the change stays on screen");
  assert.equal(await stored(page), before, "last saved state intact");
  page.assertClean();
  await page.closeAll();
});

for (const [label, raw, reason] of [
  ["corrupted", "{\"kind\": \"mosaic-assessment\", \"schema_vers", /The data is damaged: it is not valid JSON/],
  ["from a newer version", JSON.stringify({ kind: "mosaic-assessment", schema_version: 7, saved_at: "", assessment: { future: true } }), /saved by a newer version of Mosaic \(data version 7/],
]) {
  test(`a stored value ${label} is kept aside, never overwritten, and offered for download`, async () => {
    const page = await openPage(browser, url);
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    }, [KEY, raw]);
    await page.goto(url + "assess");
    await appReady(page);
    const alert = page.getByRole("alert").filter({ hasText: "Your saved data could not be read." });
    await alert.waitFor();
    assert.match(await alert.innerText(), reason);
    const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).map((k) => localStorage.getItem(k)), KEY);
    assert.deepEqual(kept, [raw], "the unreadable value is kept untouched");
    const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download the data that could not be read" }).click()]);
    assert.equal(readFileSync(await download.path(), "utf8"), raw);
    await rate(page, "System design", "Working");
    await page.getByText(/^Saved on this device at/).waitFor();
    assert.match(await stored(page), /"practitioner"|"working"/);
    await assertAccessible(page, `assess with ${label} data`);
    page.assertClean();
    await page.closeAll();
  });
}

test("without storage the app works in memory and says data won't persist", async () => {
  const page = await openPage(browser, url);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await page.goto(url + "assess");
  await appReady(page);
  await page.getByRole("alert").filter({ hasText: "Your data won't be kept after you close this tab" }).waitFor();
  await rate(page, "System design", "Advanced");
  await page.getByRole("link", { name: "Where I fit" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Where I fit" }).waitFor();
  await page.getByRole("link", { name: "Assess myself" }).click();
  await page.getByRole("heading", { level: 1, name: "Assess myself" }).waitFor();
  assert.equal(await rating(page, "System design").getByRole("radio", { name: /^Advanced —/ }).isChecked(), true, "kept in memory");
  page.assertClean();
  await page.closeAll();
});

test("two tabs see each other's changes and no write is lost", async () => {
  const first = await openPage(browser, url);
  const second = await first.context().newPage();
  await first.goto(url + "assess");
  await appReady(first);
  await second.goto(url + "assess");
  await appReady(second);
  await rate(first, "System design", "Advanced");
  await second.getByText("Updated with changes made in another tab.").waitFor();
  assert.equal(await rating(second, "System design").getByRole("radio", { name: /^Advanced —/ }).isChecked(), true);
  await rate(second, "Communication", "Expert");
  await rating(first, "Communication").getByRole("radio", { name: /^Expert —/ }).waitFor({ state: "attached" });
  await first.waitForFunction(() => document.querySelector('input[name="rate-communication"][value="expert"]')?.checked);
  await rate(first, "Mentoring and knowledge sharing", "Working");
  await first.reload();
  await appReady(first);
  for (const [competency, level] of [["System design", "Advanced"], ["Communication", "Expert"], ["Mentoring and knowledge sharing", "Working"]]) {
    assert.equal(await rating(first, competency).getByRole("radio", { name: new RegExp(`^${level} —`) }).isChecked(), true, competency);
  }
  first.assertClean();
  await first.closeAll();
});

test("export, delete everything, import: restored exactly", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "System design", "Advanced");
  await rate(page, "Customer empathy", "Working");
  await page.getByRole("link", { name: "History" }).click();
  await page.getByLabel("Snapshot name").fill("Q3 review");
  await page.getByRole("button", { name: "Take snapshot of my ratings" }).click();
  await page.getByRole("columnheader", { name: /Q3 review/ }).waitFor();
  await page.getByRole("img", { name: "Technical depth across your snapshots" }).waitFor();
  await assertAccessible(page, "history");
  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export my data" }).click()]);
  assert.match(download.suggestedFilename(), /^mosaic-full-backup-northwind-careers-\d{4}-\d\d-\d\d\.json$/);
  const exportedPath = await download.path();
  const exported = JSON.parse(readFileSync(exportedPath, "utf8"));
  assert.equal(exported.schema_version, 3);

  await page.getByRole("button", { name: "Delete everything…" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.locator("#data-outcome").getByText("Everything was deleted from this device.").waitFor();
  await page.getByText("On this device: 0 rated competencies, 0 milestones with progress, 0 snapshots, 0 plan actions.").waitFor();
  assert.equal(await stored(page), null);
  await assertAccessible(page, "my data");

  await page.getByLabel("Import a file exported from Mosaic").setInputFiles(exportedPath);
  await page.getByRole("group", { name: "Confirm import" }).getByRole("button", { name: "Replace my data" }).click();
  await page.locator("#data-outcome").getByText("Imported: your data was replaced.").waitFor();
  assert.equal(await page.locator("#data-outcome").getByText("Everything was deleted from this device.").count(), 0, "one outcome at a time");
  await page.getByText("On this device: 2 rated competencies, 0 milestones with progress, 1 snapshot, 0 plan actions.").waitFor();
  const restored = JSON.parse(await stored(page));
  assert.deepEqual(restored.assessment, exported.assessment, "restored exactly");
  page.assertClean();
  await page.closeAll();
});

test("a wrong import file is refused with the reason and nothing changes", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "data");
  await appReady(page);
  await page.getByLabel("Import a file exported from Mosaic").setInputFiles({
    name: "framework.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: 1, tracks: [] })),
  });
  await page.getByRole("alert").filter({ hasText: "“framework.json” can't be imported. This is not a Mosaic assessment" }).waitFor();
  assert.equal(await page.getByRole("group", { name: "Confirm import" }).count(), 0);
  page.assertClean();
  await page.closeAll();
});

test("a manager's file is shown side by side with disagreements highlighted", async () => {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await rate(page, "System design", "Advanced");
  await rate(page, "Communication", "Working");
  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  const mine = JSON.parse(await stored(page));
  mine.assessment.ratings["system-design"].proficiency = "working";
  await page.getByLabel("Their exported file").setInputFiles({
    name: "manager.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(mine)),
  });
  await page.getByText("You and the other person disagree on 1 of 21 competencies: you rated higher on 1, they rated higher on 0.").waitFor();
  const row = page.locator(".agreement-table").locator("tr.differs");
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /System design[\s\S]*You rated higher: Advanced vs Working \(2 steps\)/);
  await page.getByText("Comparing with “manager.json”.").waitFor();
  assert.equal(JSON.parse(await stored(page)).assessment.ratings["system-design"].proficiency, "advanced", "their file changes nothing of mine");
  await assertAccessible(page, "360 comparison");
  page.assertClean();
  await page.closeAll();
});
