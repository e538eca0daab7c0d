// Issue 13: the journey explore → assess → plan → export with the keyboard alone (no clicks),
// asserting after each action where focus lands (the focused element's role and accessible
// name) and that the private pages' one live region says what happened; then, on the pages
// with the most controls, that no ID is used twice and every control on /plan with
// alternatives has a name — on the default framework and on format-2 fixtures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, appReady, distWithFramework, openPage, serve, servedApp } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

/** The focused element: its tag, ID, role and accessible name (aria-labelledby, aria-label, its label, else its text). */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", id: "", role: "", name: "" };
    const text = (node) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();
    const implicit = { A: "link", BUTTON: "button", SELECT: "combobox", TEXTAREA: "textbox", SUMMARY: "button", H1: "heading", H2: "heading", H3: "heading", H4: "heading", MAIN: "main" };
    let role = el.getAttribute("role") ?? implicit[el.tagName] ?? "";
    if (el.tagName === "INPUT") role = { checkbox: "checkbox", radio: "radio", file: "button" }[el.type] ?? "textbox";
    let name = "";
    if (el.getAttribute("aria-labelledby")) name = el.getAttribute("aria-labelledby").split(/\s+/).map((id) => text(document.getElementById(id))).join(" ");
    else if (el.getAttribute("aria-label")) name = el.getAttribute("aria-label");
    else if (el.labels?.length) name = text(el.labels[0]);
    else name = text(el);
    return { tag: el.tagName.toLowerCase(), id: el.id, role, name, group: el.getAttribute("name") ?? "" };
  });
}

/** The text of the private pages' live region. */
function live(page) {
  return page.locator("#announcements").textContent();
}

/** Waits until the live region's text differs from `before` and contains `expected`; returns it. */
async function announced(page, before, expected) {
  await page.waitForFunction(
    ([previous, wanted]) => {
      const text = document.getElementById("announcements")?.textContent ?? "";
      return text !== previous && text.includes(wanted);
    },
    [before, expected],
    { timeout: 5000 },
  ).catch(async () => assert.fail(`live region did not change to say “${expected}”: it reads “${await live(page)}”, before “${before}”`));
  return live(page);
}

/** Presses Tab (Shift+Tab with `back`) until the focused element matches; fails after `limit` presses. */
async function tabTo(page, { role, name, group = "" }, { back = false, limit = 400 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if ((!role || now.role === role) && (typeof name === "string" ? now.name === name : name.test(now.name)) && now.group.startsWith(group)) return now;
  }
  assert.fail(`no ${role ?? "element"} named ${name} reached by Tab`);
}

/** Waits until focus is on an element with this role and a name matching `name`. */
async function focusIs(page, role, name, why) {
  for (let i = 0; i < 50; i++) {
    const now = await focused(page);
    if (now.role === role && (typeof name === "string" ? now.name === name : name.test(now.name))) return now;
    await page.waitForTimeout(20);
  }
  const now = await focused(page);
  assert.fail(`${why}: focus is on ${now.tag} ${now.role} “${now.name}”, not ${role} ${name}`);
}

/** Moves a focused select with ArrowDown until its value is `value` (each press is a change, as a person's would be). */
async function arrowSelectTo(page, value) {
  for (let i = 0; i < 100; i++) {
    if ((await page.evaluate(() => document.activeElement.value)) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  assert.fail(`the select never reached ${value}`);
}

test("explore → assess → plan → export by keyboard: focus never drops, every change is announced", async () => {
  const page = await openPage(browser, url);
  await page.goto(url);
  await appReady(page);
  // Explore → assess: the navigation by keyboard.
  await tabTo(page, { role: "link", name: "Assess myself" });
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Assess myself" }).waitFor();
  assert.equal(await page.locator("#announcements[role=status]").count(), 1, "the live region is there from the first render");

  // The current role, chosen with the arrow keys.
  await tabTo(page, { role: "combobox", name: "Current role" });
  let said = await live(page);
  await arrowSelectTo(page, "technical/t3");
  said = await announced(page, said, "Saved.");

  // A rating: Tab into the group, each arrow checks the next level. Each save is said, even within the same minute.
  const radio = await tabTo(page, { role: "radio", name: /./, group: "rate-" });
  await page.keyboard.press("ArrowDown");
  said = await announced(page, said, "Saved.");
  await page.keyboard.press("ArrowDown");
  said = await announced(page, said, "Saved.");
  assert.match(said, /Saved\./);
  assert.equal((await focused(page)).group, radio.group, "the arrow moved within the same competency");

  // Evidence: empty says what is missing on the required field; added, then removed with focus kept in the editor.
  await tabTo(page, { role: "button", name: /Evidence/ });
  await page.keyboard.press("Enter");
  const note = await tabTo(page, { role: "textbox", name: /^New evidence for / });
  const subject = note.name.replace(/^New evidence for /, "");
  assert.equal(await page.locator(`#${note.id}`).getAttribute("required"), "");
  await tabTo(page, { role: "button", name: "Add evidence" });
  await page.keyboard.press("Enter");
  await focusIs(page, "textbox", note.name, "an empty note sends focus back to the note");
  assert.equal(await page.locator(`#${note.id}`).getAttribute("aria-invalid"), "true");
  const describedBy = await page.locator(`#${note.id}`).getAttribute("aria-describedby");
  assert.match(await page.locator(`#${describedBy}`).innerText(), /Write a short note first/);
  await page.keyboard.type("Led the design review of the payments service.");
  await tabTo(page, { role: "button", name: "Add evidence" });
  await page.keyboard.press("Enter");
  said = await announced(page, said, `Evidence added for ${subject}.`);
  await tabTo(page, { role: "button", name: "Remove evidence 1" }, { back: true });
  await page.keyboard.press("Enter");
  said = await announced(page, said, `Evidence 1 for ${subject} removed.`);
  await focusIs(page, "textbox", note.name, "the last evidence removed: focus goes to the note to add more");

  // Assess → plan, by the navigation.
  await tabTo(page, { role: "link", name: "Plan" }, { back: true });
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Plan my path" }).waitFor();
  await tabTo(page, { role: "combobox", name: "Target role" });
  await arrowSelectTo(page, "technical/t5");
  said = await announced(page, said, "Saved.");
  await page.locator("article.path.recommended").waitFor();

  // "On this page" skips the paths' many stops: straight to the plan's own form.
  await tabTo(page, { role: "link", name: "Add my own action" }, { back: true });
  await page.keyboard.press("Enter");
  await focusIs(page, "textbox", "My own action", "“Add my own action” moves focus to the field");
  await tabTo(page, { role: "link", name: "Recommended path" }, { back: true });
  await page.keyboard.press("Enter");
  await focusIs(page, "heading", /^Recommended: /, "“Recommended path” moves focus to its heading");

  // A gap's level: each ArrowDown rates this competency and focus stays on this select, also when the gap closes.
  const select = await tabTo(page, { role: "combobox", name: /^My level in / });
  const competency = select.name.replace(/^My level in /, "");
  const row = page.locator(`li:has(> .inline-field > #${select.id})`);
  for (let i = 0; i < 8 && !(await row.evaluate((li) => li.classList.contains("gap-closed"))); i++) {
    const before = await live(page);
    await page.keyboard.press("ArrowDown");
    said = await announced(page, before, `My level in ${competency}:`);
    const now = await focused(page);
    assert.equal(now.id, select.id, `after ArrowDown ${i + 1}, focus stays on “My level in ${competency}”`);
  }
  assert.ok(await row.evaluate((li) => li.classList.contains("gap-closed")), "the gap closed and its row stayed, marked closed");
  assert.match(said, /This gap is closed/);
  assert.match(await row.innerText(), /closed: your level now meets it/);

  // "Plan to grow …": the button goes, focus goes to the "(in your plan)" that replaces it.
  await tabTo(page, { role: "button", name: /^Plan to grow / });
  const growTitle = (await focused(page)).name.replace(/^Plan to grow (.+) to (.+)$/, "Grow $1 to $2");
  await page.keyboard.press("Enter");
  await focusIs(page, "", "(in your plan)", "the added suggestion takes focus");
  said = await announced(page, said, `Added “${growTitle}” to your plan.`);

  // A learning opportunity, the same way.
  const learning = await tabTo(page, { role: "button", name: /^Add “.+” to my plan$/ });
  await page.keyboard.press("Enter");
  await focusIs(page, "", "(in your plan)", "the added learning takes focus");
  said = await announced(page, said, `Added “${learning.name.match(/^Add “(.+)” to my plan$/)[1]}” to your plan.`);

  // The own action: empty says what is missing; then added by Enter in the field.
  await tabTo(page, { role: "link", name: "Add my own action" }, { back: true });
  await page.keyboard.press("Enter");
  await tabTo(page, { role: "button", name: "Add action" });
  await page.keyboard.press("Enter");
  await focusIs(page, "textbox", "My own action", "an empty action sends focus to its field");
  said = await announced(page, said, "Write what you will do before adding the action.");
  await page.keyboard.type("Write the caching design doc");
  await page.keyboard.press("Enter");
  said = await announced(page, said, "Added “Write the caching design doc” to your plan.");
  await page.getByText("0 of 3 actions done.").waitFor();

  // An empty check-in says what is missing and keeps focus on its note.
  await tabTo(page, { role: "button", name: "Add check-in" });
  await page.keyboard.press("Enter");
  await focusIs(page, "textbox", "Notes from the conversation", "an empty check-in sends focus to its note");
  said = await announced(page, said, "Write what you talked about before adding the check-in.");
  await page.keyboard.type("Talked about the design doc.");
  await tabTo(page, { role: "button", name: "Add check-in" });
  await page.keyboard.press("Enter");
  said = await announced(page, said, "added.");

  // Removing actions: focus goes to the next row's Remove, and after the last to the plan's heading.
  await tabTo(page, { role: "link", name: "My development plan" }, { back: true });
  await page.keyboard.press("Enter");
  await focusIs(page, "heading", "My development plan", "“My development plan” moves focus to its heading");
  let remove = await tabTo(page, { role: "button", name: /^Remove “/ });
  for (let left = 3; left > 0; left--) {
    await page.keyboard.press("Enter");
    said = await announced(page, said, `Removed ${remove.name.replace(/^Remove /, "")} from your plan.`);
    if (left > 1) remove = await focusIs(page, "button", /^Remove “/, "focus moves to the next action's Remove");
    else await focusIs(page, "heading", "My development plan", "the last action removed: focus goes to the plan's heading");
  }

  // Export the plan as Markdown: the download is announced.
  const download = page.waitForEvent("download");
  await tabTo(page, { role: "button", name: "Export plan as Markdown" });
  await page.keyboard.press("Enter");
  assert.match((await download).suggestedFilename(), /^development-plan-.+\.md$/);
  said = await announced(page, said, "Exported the plan as “development-plan-");

  // Plan → history: a snapshot taken, a deletion kept, then done and undone.
  await tabTo(page, { role: "link", name: "History" }, { back: true });
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
  await tabTo(page, { role: "textbox", name: "Snapshot name (e.g. Q3 review)" });
  await page.keyboard.type("Q1");
  await page.keyboard.press("Enter");
  said = await announced(page, said, "Snapshot “Q1” taken.");
  await tabTo(page, { role: "button", name: "Delete “Q1”…" });
  await page.keyboard.press("Enter");
  await focusIs(page, "button", "Yes, delete “Q1”", "the question takes focus");
  await page.keyboard.press("Tab");
  await focusIs(page, "button", "Keep it", "the next Tab reaches the other answer");
  await page.keyboard.press("Enter");
  await focusIs(page, "button", "Delete “Q1”…", "kept: focus goes back to the button that asked");
  said = await announced(page, said, "Nothing was deleted.");
  await page.keyboard.press("Enter");
  await focusIs(page, "button", "Yes, delete “Q1”", "asked again");
  await page.keyboard.press("Enter");
  await focusIs(page, "button", "Undo", "deleted: focus goes to Undo");
  said = await announced(page, said, "Deleted “Q1”.");

  // History → my data: export, delete (kept, then done), import merged.
  await tabTo(page, { role: "link", name: "My data" }, { back: true });
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
  const backup = page.waitForEvent("download");
  await tabTo(page, { role: "button", name: "Export my data (full backup)" });
  await page.keyboard.press("Enter");
  const backupFile = await (await backup).path();
  said = await announced(page, said, "Exported “mosaic-full-backup-");
  await tabTo(page, { role: "button", name: "Delete everything…" });
  await page.keyboard.press("Enter");
  await focusIs(page, "button", "Yes, delete everything", "the confirmation takes focus, so Tab doesn't skip past it");
  await page.keyboard.press("Tab");
  await focusIs(page, "button", "Keep my data", "the next Tab reaches “Keep my data”");
  await page.keyboard.press("Enter");
  await focusIs(page, "button", "Delete everything…", "kept: focus goes back to “Delete everything…”");
  said = await announced(page, said, "Nothing was deleted.");
  await page.keyboard.press("Enter");
  // As a person would: the second Enter once focus is on the confirmation.
  await focusIs(page, "button", "Yes, delete everything", "the confirmation takes focus again");
  await page.keyboard.press("Enter");
  await focusIs(page, "", "Everything was deleted from this device.", "deleted: focus goes to the outcome");
  said = await announced(page, said, "Everything was deleted from this device.");

  // Import the backup (the file is given to the picker; choosing it is the system's dialog) and merge it by keyboard.
  await page.getByLabel("Import a file exported from Mosaic").setInputFiles(backupFile);
  said = await announced(page, said, "is ready to import");
  await tabTo(page, { role: "button", name: "Merge into my data" });
  await page.keyboard.press("Enter");
  await focusIs(page, "", "Imported: the file was merged into your data.", "merged: focus goes to the outcome");
  said = await announced(page, said, "Imported: the file was merged into your data.");
  assert.match(said, /Saved\./);
  page.assertClean();
  await page.closeAll();
});

/** IDs used more than once on the page. */
function duplicateIds(page) {
  return page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  });
}

/** Controls in the accessibility tree without a name (Chromium's own computation). */
async function unnamedControls(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const controls = new Set(["button", "link", "combobox", "textbox", "checkbox", "radio", "spinbutton", "searchbox", "listbox", "menulistpopup"]);
  return nodes
    .filter((n) => !n.ignored && controls.has(n.role?.value) && !n.name?.value?.trim())
    .map((n) => `${n.role.value} (backend node ${n.backendDOMNodeId})`);
}

/**
 * Targets roles on /plan (set-up, not the journey) until the recommended path and an
 * alternative share a step with a level to rate; else the first target found with
 * alternatives, else with a path.
 */
async function planWithSharedStep(page) {
  const targets = await page.getByLabel("Target role").locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  let withAlternatives = null, withPath = null;
  for (const target of targets.reverse()) {
    await page.getByLabel("Target role").selectOption(target);
    await page.waitForTimeout(50);
    const shared = await page.evaluate(() => {
      const paths = [...document.querySelectorAll("article.path")];
      if (paths.length < 2) return paths.length === 1 ? "path" : "none";
      const steps = (p) => [...p.querySelectorAll(".step h4 a")].map((a) => a.getAttribute("href"));
      const first = new Set(steps(paths[0]));
      return paths.slice(1).some((p) => steps(p).some((s) => first.has(s)) && p.querySelector("select")) ? "shared" : "alternatives";
    });
    if (shared === "shared") return { target, shared: true };
    if (shared === "alternatives") withAlternatives ??= target;
    if (shared === "path") withPath ??= target;
  }
  withAlternatives ??= withPath;
  if (withAlternatives) await page.getByLabel("Target role").selectOption(withAlternatives);
  return { target: withAlternatives, shared: false };
}

// The default framework and the ladder fixture have targets whose alternatives share a step
// with the recommended path (where IDs used to repeat); on the 25-track fixture, a path.
for (const [label, fixture, role, mustShare] of [
  ["the default framework", null, "technical/t2", true],
  ["the ladder fixture", "ladder-yaml.json", null, true],
  ["the multi-discipline fixture", "multi-discipline.json", null, false],
]) {
  test(`unique IDs on /plan with alternatives, /assess, /history and /data, and every /plan control named (${label})`, async () => {
    let dir, local = { url, close: () => {} };
    if (fixture) {
      dir = distWithFramework(readFileSync(join(ROOT, "tests/fixtures/format2", fixture), "utf8"));
      const served = await serve(dir);
      local = { url: served.url, close: () => { served.server.close(); rmSync(dir, { recursive: true, force: true }); } };
    }
    const page = await openPage(browser, local.url);
    await page.goto(local.url + "assess");
    await appReady(page);
    const roles = await page.getByLabel("Current role").locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    await page.getByLabel("Current role").selectOption(role ?? roles[0]);
    // Some evidence and a rating, so the evidence lists have items.
    const firstGroup = page.locator("fieldset.rating").first();
    await firstGroup.getByRole("radio").first().check();
    assert.deepEqual(await duplicateIds(page), [], `/assess on ${label}`);

    await page.getByRole("link", { name: "Plan", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Plan my path" }).waitFor();
    // Open every track, so alternatives have somewhere to go.
    for (const box of await page.getByRole("group", { name: "Tracks the path may not enter" }).getByRole("checkbox").all()) {
      if ((await box.isChecked()) && !(await box.isDisabled())) await box.uncheck();
    }
    const { target, shared } = await planWithSharedStep(page);
    assert.ok(target, `some target on ${label} has a path`);
    if (mustShare) assert.ok(shared, `some target on ${label} has an alternative sharing a step with the recommended path`);
    const selects = await page.locator("article.path select").count();
    const named = await page.locator("article.path").getByRole("combobox", { name: /^My level in / }).count();
    assert.equal(named, selects, "every level select is named by its own label");
    assert.deepEqual(await duplicateIds(page), [], `/plan with alternatives (target ${target}) on ${label}`);
    assert.deepEqual(await unnamedControls(page), [], `every control on /plan (target ${target}) has a name`);

    await page.getByRole("link", { name: "History", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
    for (const name of ["Q1", "Q2"]) {
      await page.getByLabel("Snapshot name (e.g. Q3 review)").fill(name);
      await page.getByRole("button", { name: "Take snapshot of my ratings" }).click();
    }
    await page.getByRole("button", { name: "Delete “Q2”…" }).waitFor();
    assert.deepEqual(await duplicateIds(page), [], `/history on ${label}`);

    await page.getByRole("link", { name: "My data", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
    await page.getByRole("button", { name: "Delete everything…" }).click();
    assert.deepEqual(await duplicateIds(page), [], `/data on ${label}`);
    page.assertClean();
    await page.closeAll();
    local.close();
  });
}
