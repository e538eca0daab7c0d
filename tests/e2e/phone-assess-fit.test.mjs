// /assess and /fit on a 360 px phone and a 1280 px screen. /assess: progress ("3 of 21
// rated", in all and per theme) follows each rating; the themes' links move to (and focus)
// their section; folding a theme or hiding rated competencies hides them without unrating
// anything or losing a draft of evidence (stored data byte for byte the same). /fit and the
// gap view: no sideways page scroll and the name column (role, competency) in view, with the
// tier still agreeing with the percentage beside it; on the default framework, the 10×
// framework and the multi-discipline fixture (scales of 2, 4 and 7 steps). axe clean.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertAccessible, distWithFramework, launchBrowser, openPage, ROOT, serve } from "./harness.mjs";

const WIDTHS = [360, 1280];

let browser;
const hosts = {};
before(async () => {
  browser = await launchBrowser();
  const texts = {
    default: readFileSync(join(ROOT, "public/framework.json"), "utf8"),
    large: readFileSync(join(ROOT, "tests/fixtures/large.json"), "utf8"),
    multi: readFileSync(join(ROOT, "tests/fixtures/format2/multi-discipline.json"), "utf8"),
  };
  for (const [name, text] of Object.entries(texts)) {
    const { server, url } = await serve(distWithFramework(text));
    hosts[name] = { server, url, framework: JSON.parse(text) };
  }
});
after(async () => {
  await browser?.close();
  for (const host of Object.values(hosts)) host.server.close();
});

const keyOf = (framework) => `mosaic:assessment:${framework.meta.id}`;
const stored = (page, framework) => page.evaluate((key) => localStorage.getItem(key), keyOf(framework));
const rating = (page, competency) => page.getByRole("group", { name: competency, exact: true });
const progress = (page) => page.locator(".rating-progress strong");

/** Themes in the file's order, with their competencies. */
function themesOf(framework) {
  const themes = new Map();
  for (const c of framework.competencies) themes.set(c.theme, [...(themes.get(c.theme) ?? []), c]);
  return [...themes];
}

/** The steps of a competency's own scale. */
function stepsOf(framework, competency) {
  const scale = (framework.scales ?? []).find((s) => s.id === competency.scale);
  return scale ? scale.levels : framework.proficiency_scale;
}

async function openAssess(host, width) {
  const page = await openPage(browser, host.url, { viewport: { width, height: 800 } });
  await page.goto(host.url + "assess");
  await page.getByRole("heading", { level: 1, name: "Assess myself" }).waitFor();
  return page;
}

async function rate(page, framework, competency, step) {
  await rating(page, competency.name).getByRole("radio", { name: new RegExp(`^${step.name} —`) }).check();
  await page.waitForFunction(
    ([key, id, level]) => JSON.parse(localStorage.getItem(key) ?? "null")?.assessment.ratings[id]?.proficiency === level,
    [keyOf(framework), competency.id, step.id],
  );
}

/** Theme contents entry: "Craft — 1 of 4 rated". */
const contentsEntry = (page, theme) =>
  page.getByRole("navigation", { name: "Themes" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: theme, exact: true }) });

async function noSidewaysScroll(page, label) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(scrollWidth <= innerWidth, `${label}: page ${scrollWidth} px wide in a ${innerWidth} px viewport`);
}

/** The element is on screen horizontally (its left and right edges inside the viewport). */
async function inViewportHorizontally(locator, label) {
  const box = await locator.boundingBox();
  const width = await locator.page().evaluate(() => innerWidth);
  assert.ok(box, `${label} is drawn`);
  assert.ok(box.x >= 0 && box.x + box.width <= width, `${label} at ${box.x}–${box.x + box.width} px of ${width}`);
}

for (const width of WIDTHS) {
  test(`${width} px: /assess counts ratings in all and per theme as the person rates`, async () => {
    const { framework } = hosts.default;
    const page = await openAssess(hosts.default, width);
    const total = framework.competencies.length;
    const [[firstTheme, firstCompetencies], [secondTheme, secondCompetencies]] = themesOf(framework);
    await progress(page).getByText(`0 of ${total} rated`, { exact: true }).waitFor();
    await contentsEntry(page, firstTheme).getByText(`0 of ${firstCompetencies.length} rated`).waitFor();
    await rate(page, framework, secondCompetencies[0], framework.proficiency_scale[2]);
    await progress(page).getByText(`1 of ${total} rated`, { exact: true }).waitFor();
    assert.equal(await page.locator(".rating-progress progress").getAttribute("value"), "1");
    await contentsEntry(page, secondTheme).getByText(`1 of ${secondCompetencies.length} rated`).waitFor();
    await contentsEntry(page, firstTheme).getByText(`0 of ${firstCompetencies.length} rated`).waitFor();
    await page.getByRole("heading", { level: 3, name: `${secondTheme} — 1 of ${secondCompetencies.length} rated` }).waitFor();
    // Rating every competency of a theme says so.
    for (const competency of firstCompetencies) await rate(page, framework, competency, framework.proficiency_scale[0]);
    await progress(page).getByText(`${1 + firstCompetencies.length} of ${total} rated`, { exact: true }).waitFor();
    await contentsEntry(page, firstTheme).getByText(`all ${firstCompetencies.length} rated`).waitFor();
    // Evidence alone is not a rating; clearing a level takes it back.
    await rating(page, secondCompetencies[0].name).getByRole("radio", { name: "Not rated" }).check();
    await progress(page).getByText(`${firstCompetencies.length} of ${total} rated`, { exact: true }).waitFor();
    // The count stays on screen while the person scrolls through the competencies.
    await rating(page, framework.competencies.at(-1).name).scrollIntoViewIfNeeded();
    assert.ok(await progress(page).isVisible());
    const box = await progress(page).boundingBox();
    assert.ok(box.y >= 0 && box.y < 800, "the progress sticks in view");
    await noSidewaysScroll(page, "/assess");
    await assertAccessible(page, `/assess at ${width} px`);
    page.assertClean();
    await page.closeAll();
  });

  test(`${width} px: the themes' links move to their section, by mouse and keyboard`, async () => {
    const { framework } = hosts.default;
    const page = await openAssess(hosts.default, width);
    const themes = themesOf(framework);
    const [lastTheme, lastCompetencies] = themes.at(-1);
    await page.getByRole("navigation", { name: "Themes" }).getByRole("link", { name: lastTheme, exact: true }).click();
    const toggle = page.getByRole("button", { name: new RegExp(`^${lastTheme} — `) });
    await page.waitForFunction((id) => document.activeElement?.id === id, await toggle.getAttribute("id"));
    const heading = await toggle.boundingBox();
    assert.ok(heading.y >= 0 && heading.y + heading.height <= 800, `the ${lastTheme} heading is on screen`);
    assert.equal(new URL(page.url()).pathname, "/careers/assess", "no navigation");

    // Fold the theme: its competencies go out of view, the count stays; the link opens it again.
    await rate(page, framework, lastCompetencies[0], framework.proficiency_scale[1]);
    const before = await stored(page, framework);
    await toggle.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await rating(page, lastCompetencies[0].name).isVisible(), false);
    assert.equal(await stored(page, framework), before, "folding changes no stored data");
    await progress(page).getByText(`1 of ${framework.competencies.length} rated`, { exact: true }).waitFor();

    const [secondTheme] = themes[1];
    await page.getByRole("navigation", { name: "Themes" }).getByRole("link", { name: secondTheme, exact: true }).focus();
    await page.keyboard.press("Enter");
    const secondToggle = page.getByRole("button", { name: new RegExp(`^${secondTheme} — `) });
    await page.waitForFunction((id) => document.activeElement?.id === id, await secondToggle.getAttribute("id"));
    await page.getByRole("navigation", { name: "Themes" }).getByRole("link", { name: lastTheme, exact: true }).click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true", "a link opens a folded theme");
    assert.equal(
      await rating(page, lastCompetencies[0].name).getByRole("radio", { name: new RegExp(`^${framework.proficiency_scale[1].name} —`) }).isChecked(),
      true,
      "still rated after folding",
    );
    await assertAccessible(page, `/assess with a theme folded at ${width} px`);

    // Fold every theme: the page is a list of themes with their counts; unfold brings all back.
    await page.getByRole("button", { name: "Fold all themes", exact: true }).click();
    const toggles = page.locator(".theme-toggle");
    assert.deepEqual(new Set(await toggles.evaluateAll((all) => all.map((t) => t.getAttribute("aria-expanded")))), new Set(["false"]));
    assert.equal(await page.locator("fieldset.rating").filter({ visible: true }).count(), 0);
    assert.equal(await stored(page, framework), before, "folding all changes no stored data");
    await page.getByRole("button", { name: "Unfold all themes", exact: true }).click();
    assert.equal(await page.locator("fieldset.rating").filter({ visible: true }).count(), framework.competencies.length);
    page.assertClean();
    await page.closeAll();
  });

  test(`${width} px: hiding rated competencies keeps them rated and keeps a draft of evidence`, async () => {
    const { framework } = hosts.default;
    const page = await openAssess(hosts.default, width);
    const [a, b, c] = framework.competencies;
    await rate(page, framework, a, framework.proficiency_scale[3]);
    await rate(page, framework, b, framework.proficiency_scale[1]);
    // A draft of evidence, typed but not added yet.
    await rating(page, a.name).getByText(/^Evidence for .* \(\d+\)$/).click();
    await rating(page, a.name).getByLabel(`New evidence for ${a.name}`).fill("Led the storage redesign");
    const before = await stored(page, framework);
    const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight);

    const hide = page.getByRole("checkbox", { name: "Hide competencies I've rated" });
    await hide.check();
    assert.equal(await rating(page, a.name).isVisible(), false);
    assert.equal(await rating(page, b.name).isVisible(), false);
    assert.equal(await rating(page, c.name).isVisible(), true, "not rated yet: in view");
    assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) < heightBefore, "the page gets shorter");
    assert.equal(await stored(page, framework), before, "hiding changes no stored data");
    await progress(page).getByText(`2 of ${framework.competencies.length} rated`, { exact: true }).waitFor();

    // Rating while hiding: the competency stays in view (and focused), and counts.
    await rate(page, framework, c, framework.proficiency_scale[0]);
    assert.equal(await rating(page, c.name).isVisible(), true);
    await progress(page).getByText(`3 of ${framework.competencies.length} rated`, { exact: true }).waitFor();

    await hide.uncheck();
    assert.equal(await rating(page, a.name).isVisible(), true);
    assert.equal(await rating(page, a.name).getByRole("radio", { name: new RegExp(`^${framework.proficiency_scale[3].name} —`) }).isChecked(), true);
    assert.equal(await rating(page, a.name).getByLabel(`New evidence for ${a.name}`).inputValue(), "Led the storage redesign");
    const ratings = JSON.parse(await stored(page, framework)).assessment.ratings;
    assert.deepEqual(
      [ratings[a.id].proficiency, ratings[b.id].proficiency, ratings[c.id].proficiency],
      [framework.proficiency_scale[3].id, framework.proficiency_scale[1].id, framework.proficiency_scale[0].id],
    );
    await assertAccessible(page, `/assess hiding rated at ${width} px`);
    page.assertClean();
    await page.closeAll();
  });
}

test("/assess on the 10× framework and on scales of 2, 4 and 7 steps counts every theme", async () => {
  for (const name of ["large", "multi"]) {
    const host = hosts[name];
    const { framework } = host;
    const page = await openAssess(host, 360);
    const themes = themesOf(framework);
    const links = page.getByRole("navigation", { name: "Themes" }).getByRole("link");
    assert.deepEqual(await links.allInnerTexts(), themes.map(([theme]) => theme), name);
    for (const [theme, competencies] of themes) {
      await contentsEntry(page, theme).getByText(`0 of ${competencies.length} rated`).waitFor();
    }
    // One competency of each scale length, rated at its top step.
    const byLength = new Map();
    for (const c of framework.competencies) if (!byLength.has(stepsOf(framework, c).length)) byLength.set(stepsOf(framework, c).length, c);
    for (const c of byLength.values()) await rate(page, framework, c, stepsOf(framework, c).at(-1));
    await progress(page).getByText(`${byLength.size} of ${framework.competencies.length} rated`, { exact: true }).waitFor();
    for (const [theme, competencies] of themes) {
      const rated = competencies.filter((c) => [...byLength.values()].includes(c)).length;
      const words = rated === competencies.length ? `all ${rated} rated` : `${rated} of ${competencies.length} rated`;
      await contentsEntry(page, theme).getByText(words).waitFor();
    }
    const [lastTheme] = themes.at(-1);
    await links.last().click();
    const toggle = page.getByRole("button", { name: new RegExp(`^${lastTheme} — `) });
    await page.waitForFunction((id) => document.activeElement?.id === id, await toggle.getAttribute("id"));
    await noSidewaysScroll(page, `/assess on ${name}`);
    page.assertClean();
    await page.closeAll();
  }
});

/** A page whose localStorage holds ratings for about two competencies in three. */
async function ratedPage(host, width) {
  const { framework, url } = host;
  const page = await openPage(browser, url, { viewport: { width, height: 800 } });
  const ratings = {};
  framework.competencies.forEach((c, i) => {
    if (i % 3 === 2) return;
    const steps = stepsOf(framework, c);
    ratings[c.id] = { proficiency: steps[Math.min(1, steps.length - 1)].id, updated: "2026-11-01T00:00:00Z" };
  });
  const document = JSON.stringify({
    kind: "mosaic-assessment",
    schema_version: 3,
    saved_at: "2026-11-01T00:00:00Z",
    assessment: { framework: { id: framework.meta.id, version: framework.meta.version }, ratings },
  });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [keyOf(framework), document]);
  return page;
}

for (const width of WIDTHS) {
  for (const name of ["default", "multi"]) {
    test(`${width} px: /fit and the gap view keep the role and the competency in view (${name})`, async () => {
      const host = hosts[name];
      const page = await ratedPage(host, width);
      await page.goto(host.url + "fit");
      await page.getByRole("heading", { level: 1, name: "Where I fit" }).waitFor();
      const rows = page.getByRole("region", { name: "All roles, most ready first", exact: true }).locator(".fit-table tbody tr");
      await rows.first().waitFor();
      await noSidewaysScroll(page, `/fit (${name})`);
      // Each row's role name in view, and its tier agreeing with its percentage.
      const count = Math.min(await rows.count(), 8);
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i);
        await row.scrollIntoViewIfNeeded();
        const role = row.getByRole("rowheader");
        await inViewportHorizontally(role, `role ${i + 1}`);
        const percent = parseInt(await row.locator("td.num").innerText(), 10);
        const tier = await row.locator(".tier").innerText();
        await inViewportHorizontally(row.locator("td.num"), `${await role.innerText()}'s readiness`);
        await inViewportHorizontally(row.locator(".tier"), `${await role.innerText()}'s tier`);
        if (percent === 100) assert.equal(tier, "Ready now", await role.innerText());
        if (tier === "Ready now" && percent < 100) assert.match(await row.locator(".reason").innerText(), /the framework asks for|doesn't require/);
      }
      await assertAccessible(page, `/fit at ${width} px (${name})`);

      await rows.first().getByRole("rowheader").getByRole("link").click();
      await page.getByRole("heading", { level: 1, name: /^My gaps for / }).waitFor();
      await noSidewaysScroll(page, `gap view (${name})`);
      const gapRows = page.getByRole("region", { name: "Competency by competency", exact: true }).locator("tbody tr");
      if (await gapRows.count()) {
        for (let i = 0; i < Math.min(await gapRows.count(), 6); i++) {
          const row = gapRows.nth(i);
          await row.scrollIntoViewIfNeeded();
          await inViewportHorizontally(row.getByRole("rowheader").getByRole("link"), `competency ${i + 1}`);
          await inViewportHorizontally(row.locator("td").nth(1), `competency ${i + 1}'s required step`);
        }
      }
      await assertAccessible(page, `gap view at ${width} px (${name})`);
      page.assertClean();
      await page.closeAll();
    });
  }
}
