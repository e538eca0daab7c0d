// Path planning and the development plan in real Chromium against the release build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

/** A page on /plan for someone in `role` (default: Senior Engineer) with a few ratings. */
async function planPage(role = "technical/t3") {
  const page = await openPage(browser, url);
  await page.goto(url + "assess");
  await appReady(page);
  await page.getByLabel("Current role").selectOption(role);
  for (const [competency, level] of [["System design", "Practitioner"], ["Technical depth", "Advanced"], ["Communication", "Practitioner"]]) {
    await page.getByRole("group", { name: competency, exact: true }).getByRole("radio", { name: new RegExp(`^${level} —`) }).check();
  }
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Plan my path" }).waitFor();
  return page;
}

test("a target in another track gets a path with a move, alternatives and time estimates", async () => {
  const page = await planPage("customer-strategy/cs3");
  await page.locator("table.horizons").waitFor();
  assert.match(await page.locator("table.horizons").innerText(), /Within 1 year/);
  await page.getByLabel("Target role").selectOption("project-leadership/pl5");
  const recommended = page.locator("article.path.recommended");
  await recommended.waitFor();
  assert.match(await recommended.locator("h3").innerText(), /^Recommended: .+ — about \d+/);
  const steps = await recommended.locator(".step").allInnerTexts();
  assert.ok(steps.some((s) => /(Rotation|Secondment|Transfer) into Project leadership/.test(s)), steps.join("\n"));
  assert.match(steps.at(-1), /Staff Program Lead/);
  await page.getByText("Starting from your current role, Customer Strategist II.").waitFor();
  assert.ok((await page.locator("article.path").count()) >= 2, "alternatives are offered");
  await assertAccessible(page, "plan");
  page.assertClean();
  await page.closeAll();
});

test("people management is excluded unless chosen, and a management target is that choice", async () => {
  const page = await planPage();
  const management = page.getByRole("group", { name: "Tracks the path may not enter" }).getByLabel("People management");
  assert.equal(await management.isChecked(), true, "never routed through management by default");
  await page.getByText("A path never goes through managing people unless you choose it").waitFor();
  await page.getByLabel("Target role").selectOption("people-management/pm5");
  // Choosing a management role is choosing management: no "excluded" answer, a path.
  await page.locator("article.path.recommended").waitFor();
  assert.match(await page.locator("article.path.recommended").innerText(), /into People management/);
  assert.equal(await page.getByText(/a track you excluded/).count(), 0);
  assert.equal(await management.isChecked(), false);
  assert.equal(await management.isDisabled(), true);
  assert.match(await page.getByRole("group", { name: "Tracks the path may not enter" }).innerText(), /open: your target is in this track/);
  await page.getByRole("heading", { level: 2, name: "Ways to Senior Manager (People management)" }).waitFor();
  // Another target: the default is back, and no route passes through management.
  await page.getByLabel("Target role").selectOption("technical/t7");
  await page.locator("article.path.recommended").waitFor();
  assert.equal(await management.isChecked(), true);
  for (const text of await page.locator("article.path").allInnerTexts()) {
    assert.doesNotMatch(text, /into People management/);
  }
  page.assertClean();
  await page.closeAll();
});

test("actions and check-ins are kept across visits, with progress, print view and Markdown export", async () => {
  const page = await planPage();
  await page.getByLabel("Target role").selectOption("technical/t5");
  await page.locator("article.path.recommended").waitFor();
  const addLearning = page.locator("article.path.recommended").getByRole("button", { name: /^Add “.+” to my plan$/ }).first();
  const learningTitle = (await addLearning.innerText()).match(/^Add “(.+)” to my plan$/)[1];
  await addLearning.click();
  await page.getByLabel("My own action").fill("Write the caching design doc");
  await page.getByLabel("Target date", { exact: true }).fill("2027-01-31");
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByLabel("Status of Write the caching design doc").selectOption("done");
  await page.getByLabel("Notes from the conversation").fill("Career planning session with Priya: aim for t5 by next summer.");
  await page.getByRole("button", { name: "Add check-in" }).click();
  await page.getByText("1 of 2 actions done.").waitFor();

  await page.reload();
  await appReady(page);
  await page.getByText("1 of 2 actions done.").waitFor();
  const actions = page.locator("table.plan-actions");
  await actions.getByRole("rowheader", { name: learningTitle }).waitFor();
  await actions.getByRole("rowheader", { name: "Write the caching design doc" }).waitFor();
  await page.getByText("Career planning session with Priya: aim for t5 by next summer.").waitFor();
  assert.equal(await page.getByLabel("Target role").inputValue(), "technical/t5");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export plan as Markdown" }).click()]);
  const markdown = readFileSync(await download.path(), "utf8");
  assert.match(markdown, /^# Development plan — Northwind Careers/);
  assert.match(markdown, /## Path: .+/);
  assert.match(markdown, /- \[x\] Write the caching design doc \(Done\)/);
  assert.ok(markdown.includes(`- [ ] ${learningTitle} (Planned)`));

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("article.path.recommended").isVisible(), true);
  assert.equal(await page.getByLabel("Target role").isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Add check-in" }).isVisible(), false);
  // The printed plan names its target, and dates print as words, never as empty boxes.
  assert.equal(await page.locator("#paths-heading").isVisible(), true);
  assert.match(await page.locator("#paths-heading").innerText(), /^Ways to .+ \(Technical mastery\)$/);
  assert.equal(await page.locator('.plan-actions input[type="date"]').first().isVisible(), false);
  assert.equal(await page.locator('input[type="date"]:visible').count(), 0);
  const printedRows = await actions.locator("tbody tr").allInnerTexts();
  assert.ok(printedRows.some((r) => /Write the caching design doc[\s\S]*31 January 2027/.test(r)), printedRows.join("\n"));
  assert.ok(printedRows.some((r) => r.includes(learningTitle) && /No date/.test(r)), printedRows.join("\n"));
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000);
  await page.emulateMedia({ media: "screen" });
  page.assertClean();
  await page.closeAll();
});

/** Everything the origin keeps in localStorage, as one comparable object. */
function storedData(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

test("visiting /plan writes nothing to storage", async () => {
  const page = await openPage(browser, url);
  // Someone who rated themselves but never opened the plan.
  await page.goto(url + "assess");
  await appReady(page);
  await page.getByLabel("Current role").selectOption("technical/t3");
  const before = await storedData(page);
  assert.ok(Object.keys(before).length >= 1, "the assessment is stored");
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await page.locator("table.horizons").waitFor();
  await page.reload();
  await appReady(page);
  await page.locator("table.horizons").waitFor();
  assert.deepEqual(await storedData(page), before);
  page.assertClean();
  await page.closeAll();
});

test("allowing people management is remembered after a reload, also with an otherwise untouched plan", async () => {
  const page = await planPage();
  const management = () => page.getByRole("group", { name: "Tracks the path may not enter" }).getByLabel("People management");
  assert.equal(await management().isChecked(), true);
  await management().uncheck();
  await page.reload();
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Plan my path" }).waitFor();
  assert.equal(await management().isChecked(), false, "the untick survives a reload");
  await page.getByLabel("Target role").selectOption("people-management/pm5");
  await page.locator("article.path.recommended").waitFor();
  // Back to no target: everything but the choice of tracks is at its default again.
  await page.getByLabel("Target role").selectOption("");
  await page.reload();
  await appReady(page);
  await page.locator("table.horizons").waitFor();
  assert.equal(await management().isChecked(), false, "the defaults don't take the choice back");
  page.assertClean();
  await page.closeAll();
});

test("an own action without a title or a check-in without a note says what is missing", async () => {
  const page = await planPage();
  const title = page.getByLabel("My own action");
  assert.equal(await title.getAttribute("required"), "", "the field says it is required");
  await page.getByRole("button", { name: "Add action" }).click();
  // Said in the page's one live region, shown under the field and tied to it; focus goes to the field.
  await page.getByRole("status").filter({ hasText: "Write what you will do before adding the action." }).waitFor();
  const titleError = page.locator(".own-action .error").filter({ hasText: "Write what you will do before adding the action." });
  await titleError.waitFor();
  assert.equal(await title.getAttribute("aria-describedby"), await titleError.getAttribute("id"));
  assert.equal(await title.getAttribute("aria-invalid"), "true");
  await page.waitForFunction(() => document.activeElement?.id === "own-title");
  await page.getByText("0 of 0 actions done.").waitFor();
  await title.fill("Write the caching design doc");
  assert.equal(await titleError.count(), 0, "typing clears the message");
  assert.equal(await title.getAttribute("aria-invalid"), null);
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByText("0 of 1 actions done.").waitFor();

  await page.getByLabel("Notes from the conversation").fill("   ");
  await page.getByRole("button", { name: "Add check-in" }).click();
  const noteError = page.locator(".checkin-form .error").filter({ hasText: "Write what you talked about before adding the check-in." });
  await noteError.waitFor();
  await page.getByRole("status").filter({ hasText: "Write what you talked about before adding the check-in." }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "checkin-note");
  assert.equal(await page.getByLabel("Notes from the conversation").getAttribute("required"), "");
  assert.equal(await page.getByLabel("Notes from the conversation").getAttribute("aria-describedby"), await noteError.getAttribute("id"));
  assert.equal(await page.locator("ul.checkins li").count(), 0);
  await assertAccessible(page, "plan with field errors");
  page.assertClean();
  await page.closeAll();
});

test("a learning opportunity, a milestone and a gap are each added once, known by what they are", async () => {
  const page = await planPage();
  await page.getByLabel("Target role").selectOption("technical/t5");
  const recommended = page.locator("article.path.recommended");
  await recommended.waitFor();
  const learning = recommended.getByRole("button", { name: /^Add “.+” to my plan$/ }).first();
  const learningTitle = (await learning.innerText()).match(/^Add “(.+)” to my plan$/)[1];
  // An own action with the same title is not the learning opportunity.
  await page.getByLabel("My own action").fill(learningTitle);
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByText("0 of 1 actions done.").waitFor();
  assert.equal(await recommended.getByRole("button", { name: `Add “${learningTitle}” to my plan` }).count(), 1, "still offered");
  await recommended.getByRole("button", { name: `Add “${learningTitle}” to my plan` }).first().click();
  await page.getByText("0 of 2 actions done.").waitFor();
  assert.equal(await recommended.getByRole("button", { name: `Add “${learningTitle}” to my plan` }).count(), 0, "offered once");

  const milestone = recommended.getByRole("button", { name: /^Add milestone “.+” to my plan$/ }).first();
  const milestoneName = await milestone.innerText();
  await milestone.click();
  await page.getByText("0 of 3 actions done.").waitFor();
  assert.equal(await recommended.getByRole("button", { name: milestoneName }).count(), 0);

  const gap = recommended.getByRole("button", { name: /^Plan to grow .+ to .+$/ }).first();
  const [, competency, level] = (await gap.innerText()).match(/^Plan to grow (.+) to (.+)$/);
  await gap.click();
  await page.getByText("0 of 4 actions done.").waitFor();
  await page.locator("table.plan-actions").getByRole("rowheader", { name: `Grow ${competency} to ${level}` }).waitFor();
  page.assertClean();
  await page.closeAll();
});

test("changing a rating updates the path, measured with performance marks", async () => {
  const page = await planPage();
  await page.getByLabel("Target role").selectOption("technical/t5");
  const recommended = page.locator("article.path.recommended");
  await recommended.waitFor();
  const select = recommended.getByLabel(/^My level in /).first();
  const competency = (await select.getAttribute("id")).split("-").slice(3).join("-");
  const before = await recommended.innerText();
  await select.selectOption("expert");
  await page.waitForFunction((before) => document.querySelector("article.path.recommended")?.innerText !== before, before);
  const measures = await page.evaluate(() => performance.getEntriesByName("mosaic:rating-to-path").map((m) => m.duration));
  assert.ok(measures.length >= 1, "the update is measured");
  console.log(`rating → path update: ${measures.at(-1).toFixed(2)} ms (competency ${competency})`);
  page.assertClean();
  await page.closeAll();
});

test("the private pages fit a 360 px wide phone without sideways scrolling", async () => {
  const page = await planPage("customer-strategy/cs3");
  await page.getByLabel("Target role").selectOption("project-leadership/pl5");
  await page.locator("article.path.recommended").waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["assess", "fit", "fit/project-leadership/pl5", "plan", "history", "data"]) {
    await page.goto(url + path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `/${path} overflows by ${overflow}px`);
  }
  page.assertClean();
  await page.closeAll();
});
