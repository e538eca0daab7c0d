// The framework studio (/studio, its own bundle): an author opens a draft by file, by drop
// or by paste; it is kept on the device until discarded (the same storage care as personal
// data: a full quota keeps it on screen, unreadable data is moved aside); the Problems page
// lists every finding with its location and shows its line in the source; the preview
// renders every public page over the draft under a "Draft — not published" banner; "What
// changes for me" reads the person's assessment without writing it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  ROOT,
  appReady,
  assertAccessible,
  defaultFramework,
  distWithFramework,
  openPage,
  serve,
  servedApp,
} from "./harness.mjs";

let browser, url;
servedApp((ready) => ({ browser, url } = ready));

const DRAFT_KEY = "mosaic:studio:draft";

/** The default framework changed by `change`, as an author would write it. */
function draftText(change) {
  const framework = defaultFramework();
  change(framework);
  return JSON.stringify(framework, null, 2);
}

/** A draft with one error: a role on a band the framework doesn't have. */
const BROKEN = draftText((f) => {
  f.tracks[1].levels[0].band = "b99";
});
const BROKEN_LINE = BROKEN.split("\n").findIndex((line) => line.includes('"b99"')) + 1;

/** A draft that loads, told apart from the published framework on every page it shows. */
const GOOD = draftText((f) => {
  f.meta.name = "Draft Careers";
  f.meta.version = "2027.1";
  f.tracks.find((t) => t.id === "technical").name = "Technical (draft)";
  f.competencies.find((c) => c.id === "system-design").name = "System design (draft)";
});

async function openStudio(page, path = "studio") {
  await page.goto(url + path);
  await appReady(page);
}

const stored = (page, key = DRAFT_KEY) => page.evaluate((key) => localStorage.getItem(key), key);

async function paste(page, text) {
  // What a paste does: the whole text arrives at once, with one input event. (Playwright's
  // fill() types it in as text input, which takes minutes for a framework's thousands of lines.)
  await page.getByLabel("Or paste the framework's JSON").evaluate((box, text) => {
    box.focus();
    box.value = text;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await page.getByRole("button", { name: "Open pasted text" }).click();
  await page.getByRole("status").filter({ hasText: "Opened Pasted text." }).waitFor();
}

test("a draft opened by file is kept, its problems are located, and choosing one shows its line", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  assert.equal(await page.getByRole("link", { name: "Framework studio" }).count(), 1);
  const nav = page.getByRole("navigation", { name: "Studio" });
  for (const name of ["Draft", "Problems", "Preview"]) assert.equal(await nav.getByRole("link", { name }).count(), 1);
  await assertAccessible(page, "the studio with no draft");

  await page.getByLabel("Choose a framework file").setInputFiles({
    name: "careers-draft.json",
    mimeType: "application/json",
    buffer: Buffer.from(BROKEN),
  });
  await page.getByRole("status").filter({ hasText: "Opened careers-draft.json." }).waitFor();
  const open = page.getByRole("region", { name: "Open draft" });
  await open.getByText("It has 1 error").waitFor();
  assert.equal(JSON.parse(await stored(page)).draft.text, BROKEN, "kept byte for byte");
  assert.match(await open.getByRole("status").textContent(), /Kept on this device/);

  await page.reload();
  await appReady(page);
  await page.getByRole("region", { name: "Open draft" }).getByText("careers-draft.json").waitFor();

  await nav.getByRole("link", { name: "Problems" }).click();
  await page.getByRole("heading", { level: 1, name: "Problems" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Errors (1)" }).waitFor();
  const list = page.getByRole("list", { name: "Errors: Track “Project leadership” (tracks[1])" });
  const location = await list.locator(".problem-location").textContent();
  assert.match(location, new RegExp(`line ${BROKEN_LINE}, column \\d+ \\(tracks\\[1\\]\\.levels\\[0\\]\\.band\\)`));
  assert.match(await list.textContent(), /b99/);
  await list.getByRole("button", { name: `Show line ${BROKEN_LINE}` }).click();
  const line = page.locator(`#source-line-${BROKEN_LINE}`);
  await line.and(page.locator(".chosen")).waitFor();
  assert.match(await line.textContent(), /"band": "b99"/);
  await page.waitForFunction((id) => document.activeElement?.id === id, `source-line-${BROKEN_LINE}`);
  assert.equal(await line.getAttribute("aria-current"), "true");
  await assertAccessible(page, "the Problems page");

  await nav.getByRole("link", { name: "Preview" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "can't be previewed" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /it has 1 error/);
  await alert.getByRole("link", { name: "See the problems" }).click();
  await page.getByRole("heading", { level: 1, name: "Problems" }).waitFor();
  page.assertClean();
  await page.closeAll();
});

test("a pasted draft previews every public page under the draft banner, with links that stay in the preview", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  await paste(page, GOOD);
  await page.getByRole("region", { name: "Open draft" }).getByText("It loads: Draft Careers, version 2027.1").waitFor();
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Preview" }).click();
  await page.getByRole("heading", { level: 1, name: "Draft Careers" }).waitFor();
  const banner = page.getByRole("status").filter({ hasText: "Draft — not published." });
  assert.equal(await banner.count(), 1);
  await assertAccessible(page, "the preview's overview");

  // A link on the draft's overview leads to the draft's page, inside the preview.
  await page.getByRole("main").getByRole("link", { name: "Project leadership" }).first().click();
  await page.getByRole("heading", { level: 1, name: /Project leadership/ }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/careers\/studio\/preview\/tracks\/project-leadership$/);

  const pages = [
    ["studio/preview/tracks/technical", /Technical \(draft\)/],
    ["studio/preview/tracks/technical/t5", /Senior Staff Engineer/],
    ["studio/preview/competencies/system-design", /System design \(draft\)/],
    ["studio/preview/compare?a=technical/t4&b=technical/t5", /Compare roles/],
    ["studio/preview/search?q=design", /Search/],
    ["studio/preview", /Draft Careers/],
  ];
  for (const [path, heading] of pages) {
    await openStudio(page, path);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    assert.equal(await page.getByRole("status").filter({ hasText: "Draft — not published." }).count(), 1, path);
    const main = await page.getByRole("main").textContent();
    assert.match(main, /\(draft\)/, `${path} shows the draft, not the published framework`);
    assert.doesNotMatch(main, /Northwind Careers/, path);
  }
  await openStudio(page, "studio/preview/tracks/technical/t5");
  await assertAccessible(page, "a role in the preview");
  // Search inside the preview stays inside it.
  await openStudio(page, "studio/preview/search");
  await page.getByRole("searchbox").fill("design");
  await page.getByRole("searchbox").press("Enter");
  await page.waitForURL(/\/careers\/studio\/preview\/search\?q=design$/);
  page.assertClean();
  await page.closeAll();
});

test("what changes for me: the notes of publishing, from an assessment that is read and never written", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  await paste(page, draftText((f) => {
    f.competencies.find((c) => c.id === "system-design").name = "Systems architecture";
  }));
  await openStudio(page, "studio/preview/me");
  await page.getByRole("heading", { level: 1, name: "What changes for me" }).waitFor();
  await page.getByText("You have no self-assessment for this framework (“northwind-careers”) on this device").waitFor();

  const rating = (proficiency) => ({ proficiency, evidence: [], updated: "2026-02-01T10:00:00Z" });
  const assessment = JSON.stringify({
    kind: "mosaic-assessment",
    schema_version: 2,
    saved_at: "2026-02-01T10:00:00Z",
    assessment: {
      framework: { id: "northwind-careers", version: "2026.1", competency_names: { "system-design": "System design" } },
      ratings: { "system-design": rating("advanced"), delivery: rating("working") },
      milestones: {},
      snapshots: [],
      plan: {},
    },
  });
  await page.evaluate((value) => localStorage.setItem("mosaic:assessment:northwind-careers", value), assessment);
  await page.reload();
  const note = page.getByRole("note", { name: "The note you would see" });
  await note.waitFor();
  const text = await note.textContent();
  assert.match(text, /“System design” is now called “Systems architecture”; your rating is unchanged\./);
  assert.match(text, /“delivery” is no longer in the framework/);
  assert.equal(await stored(page, "mosaic:assessment:northwind-careers"), assessment, "byte for byte unchanged");
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ["mosaic:assessment:northwind-careers", DRAFT_KEY]);
  await assertAccessible(page, "what changes for me");
  page.assertClean();
  await page.closeAll();
});

test("discarding asks first, then removes the draft from the device", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  await paste(page, GOOD);
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  assert.notEqual(await stored(page), null);
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("button", { name: "Yes, discard the draft" }).click();
  await page.getByRole("status").filter({ hasText: "The draft was discarded" }).waitFor();
  assert.equal(await stored(page), null);
  assert.equal(await page.getByRole("region", { name: "Open draft" }).count(), 0);
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole("region", { name: "Open draft" }).count(), 0);
  page.assertClean();
  await page.closeAll();
});

test("a full storage keeps the draft on screen and says it is not saved on this device", async () => {
  const page = await openPage(browser, url);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith("mosaic:studio:")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await openStudio(page);
  await paste(page, GOOD);
  const alert = page.getByRole("alert").filter({ hasText: "not saved on this device" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /storage for this site is full/);
  await page.getByRole("region", { name: "Open draft" }).getByText("It loads: Draft Careers").waitFor();
  assert.equal(await stored(page), null);
  // Still previewable in this tab: the router keeps the draft on screen.
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Preview" }).click();
  await page.getByRole("heading", { level: 1, name: "Draft Careers" }).waitFor();
  page.assertClean();
  await page.closeAll();
});

test("a kept draft that can't be read is moved aside, never overwritten", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  await page.evaluate((key) => localStorage.setItem(key, "{ half a draft"), DRAFT_KEY);
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: "The draft kept on this device could not be read" });
  await alert.waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.filter((key) => key.startsWith(`${DRAFT_KEY}:unreadable:`));
  assert.equal(aside.length, 1, `moved aside: ${keys}`);
  assert.match(await alert.textContent(), new RegExp(aside[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.equal(await stored(page, aside[0]), "{ half a draft");
  const fresh = JSON.parse(await stored(page));
  assert.deepEqual([fresh.draft, fresh.recovered_from], [null, aside[0]], "a fresh start marked as a recovery");
  await paste(page, GOOD);
  assert.equal(await stored(page, aside[0]), "{ half a draft", "a new draft doesn't touch it");
  assert.equal(JSON.parse(await stored(page)).draft.text, GOOD);
  page.assertClean();
  await page.closeAll();
});

test("the studio works when the published framework.json is missing, and offers it when it is there", async () => {
  const dir = distWithFramework("{}");
  rmSync(join(dir, "framework.json"));
  const { server, url: bare } = await serve(dir);
  const page = await openPage(browser, bare);
  try {
    await page.goto(bare + "studio");
    await appReady(page);
    await page.getByText(/published framework\.json could not be read/).waitFor();
    await paste(page, GOOD);
    await page.getByRole("region", { name: "Open draft" }).getByText("It loads: Draft Careers").waitFor();
  } finally {
    await page.closeAll();
    server.close();
  }
  const withPublished = await openPage(browser, url);
  await openStudio(withPublished);
  await withPublished.getByRole("button", { name: "Start from the published framework" }).click();
  await withPublished.getByRole("region", { name: "Open draft" }).getByText("It loads: Northwind Careers").waitFor();
  assert.equal(JSON.parse(await stored(withPublished)).draft.text, readFileSync(join(ROOT, "public/framework.json"), "utf8"));
  withPublished.assertClean();
  await withPublished.closeAll();
});

test("a 30,000-line draft: the source view renders only what is in view, from the first line to the last", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  const large = readFileSync(join(ROOT, "tests/fixtures/large.json"), "utf8");
  const lines = large.split("\n").filter((_, i, all) => i < all.length - 1 || all[i] !== "").length;
  await page.getByLabel("Choose a framework file").setInputFiles({
    name: "large.json",
    mimeType: "application/json",
    buffer: Buffer.from(large),
  });
  await page.getByRole("status").filter({ hasText: "Opened large.json." }).waitFor();
  await page.goto(url + "studio/problems");
  await page.getByRole("heading", { level: 2, name: `Source (${lines} lines)` }).waitFor();
  const view = page.getByRole("region", { name: "Source of the draft, with line numbers" });
  const rendered = await view.locator("li").count();
  assert.ok(rendered > 10 && rendered < 200, `${rendered} lines in the page`);
  await view.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.locator(`#source-line-${lines}`).waitFor();
  assert.equal(await page.locator(`#source-line-${lines}`).textContent(), large.trimEnd().split("\n").at(-1));
  assert.ok((await view.locator("li").count()) < 200);
  page.assertClean();
  await page.closeAll();
});
