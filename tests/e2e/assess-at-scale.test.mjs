// /assess on a framework of 1,000 competencies (issue 14: it took 8.7 s to answer, most of it
// the browser scanning a <form> per competency). The page now starts with its themes folded
// and builds a theme when it is opened, fifty competencies at a time; an evidence form exists
// only while its disclosure is open. Checked here: the page opens with a bounded number of
// elements and forms, opening a theme and rating in it takes effect (stored, counted in all
// and per theme), "Show more" adds the next competencies and moves focus to the first of them,
// evidence is added, and axe finds nothing serious. Timings are printed, never asserted.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { assertAccessible, distWithFramework, launchBrowser, openPage, serve } from "./harness.mjs";
import { frameworkWithCompetencies } from "./many-competencies.mjs";

const TOTAL = 1000;
const { text, framework, themes } = frameworkWithCompetencies(TOTAL);
const KEY = `mosaic:assessment:${framework.meta.id}`;
let browser, server, url, dir;

before(async () => {
  browser = await launchBrowser();
  dir = distWithFramework(text);
  ({ server, url } = await serve(dir));
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const progress = (page) => page.locator("#rating-progress-text");
const rating = (page, competency) => page.getByRole("group", { name: competency.name, exact: true });
const toggle = (page, theme) => page.getByRole("button", { name: new RegExp(`^${theme} — `) });
const stored = async (page) => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "null");
const counts = (page) =>
  page.evaluate(() => ({ forms: document.forms.length, elements: document.getElementsByTagName("*").length }));

test("/assess at 1,000 competencies opens folded, and rating in an opened theme takes effect", async () => {
  const page = await openPage(browser, url);
  const opening = Date.now();
  await page.goto(url + "assess");
  await progress(page).getByText(`0 of ${TOTAL} rated`, { exact: true }).waitFor();
  const opened = Date.now() - opening;

  const atFirst = await counts(page);
  assert.ok(atFirst.forms <= 5, `${atFirst.forms} forms: not one per competency`);
  assert.ok(atFirst.elements < 2000, `${atFirst.elements} elements before any theme is opened`);
  await page.getByText(`This framework has ${TOTAL} competencies in ${themes.length + 6} themes`).waitFor();
  assert.equal(await toggle(page, themes[3]).getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("fieldset.rating").count(), 0, "no theme is built before it is opened");

  // Open a generated theme (98 competencies): the first fifty are built.
  const theme = themes[3];
  const inTheme = framework.competencies.filter((c) => c.theme === theme);
  const clicked = Date.now();
  await toggle(page, theme).click();
  await rating(page, inTheme[0]).waitFor();
  const themeOpened = Date.now() - clicked;
  assert.equal(await toggle(page, theme).getAttribute("aria-expanded"), "true");
  const section = page.getByRole("region", { name: new RegExp(`^${theme} — `) });
  assert.equal(await section.locator("fieldset.rating").count(), 50);
  await section.getByText(`50 of ${inTheme.length} shown`).waitFor();

  // Rate one: stored, and counted in all and in its theme.
  const rated = Date.now();
  await rating(page, inTheme[7]).getByRole("radio", { name: /^Practitioner —/ }).check();
  await progress(page).getByText(`1 of ${TOTAL} rated`, { exact: true }).waitFor();
  const ratedAfter = Date.now() - rated;
  await toggle(page, theme).getByText(`1 of ${inTheme.length} rated`).waitFor();
  assert.equal((await stored(page)).assessment.ratings[inTheme[7].id].proficiency, "practitioner");

  // Show the rest: the rated competency keeps its level, focus goes to the first one added.
  await section.getByRole("button", { name: `Show ${inTheme.length - 50} more of ${theme}` }).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `rating--${inTheme[50].id}`);
  assert.equal(await section.locator("fieldset.rating").count(), inTheme.length);
  assert.equal(await section.getByRole("button", { name: /^Show \d+ more/ }).count(), 0);
  assert.ok(await rating(page, inTheme[7]).getByRole("radio", { name: /^Practitioner —/ }).isChecked());

  // Evidence: its form exists while its disclosure is open.
  const last = inTheme.at(-1);
  await rating(page, last).locator("summary").click();
  await rating(page, last).getByLabel(`New evidence for ${last.name}`).fill("Ran the practice review");
  await rating(page, last).getByRole("button", { name: "Add evidence" }).click();
  await rating(page, last).getByText(`Evidence for ${last.name} (1)`).waitFor();
  assert.equal((await stored(page)).assessment.ratings[last.id].evidence[0].note, "Ran the practice review");
  assert.ok((await counts(page)).forms <= 5);

  // Folding keeps what was built: rated and typed stay.
  await toggle(page, theme).click();
  assert.equal(await rating(page, inTheme[7]).isVisible(), false);
  await toggle(page, theme).click();
  assert.ok(await rating(page, inTheme[7]).getByRole("radio", { name: /^Practitioner —/ }).isChecked());
  await assertAccessible(page, `/assess at ${TOTAL} competencies with a theme open`);

  // Unfolding every theme builds the first fifty of each; still no form per competency.
  const unfolding = Date.now();
  await page.getByRole("button", { name: "Unfold all themes", exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll(".theme-toggle[aria-expanded=false]").length === 0);
  const unfolded = Date.now() - unfolding;
  const all = await counts(page);
  assert.ok(all.forms <= 5, `${all.forms} forms with every theme open`);

  console.log(
    `/assess at ${TOTAL} competencies: opened in ${opened} ms (${atFirst.elements} elements, ${atFirst.forms} forms); ` +
      `a theme of ${inTheme.length} opened in ${themeOpened} ms; a rating counted in ${ratedAfter} ms; ` +
      `every theme unfolded in ${unfolded} ms (${all.elements} elements, ${all.forms} forms)`,
  );
  page.assertClean();
  await page.closeAll();
});
