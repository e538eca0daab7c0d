// Search as people type it, on a phone and a laptop: typos still find the role, each result
// says which field matched, and a query that finds nothing offers a suggestion that works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

let browser, url;
servedApp((app) => ({ browser, url } = app));

async function searchPage(width) {
  const page = await openPage(browser, url, { viewport: { width, height: 900 } });
  await page.goto(url + "search");
  await appReady(page);
  return page;
}

async function assertNoSidewaysScroll(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `no sideways scroll at ${width} px (${scrollWidth} px)`);
}

for (const width of [360, 1280]) {
  test(`typos still find the role, with why each result matched (${width} px)`, async () => {
    const page = await searchPage(width);
    const box = page.getByRole("searchbox", { name: "Search tracks, roles and competencies" });
    await box.fill("Senior Enginer");
    await page.getByRole("status").filter({ hasText: /results? for “Senior Enginer”/ }).waitFor();
    const results = page.locator(".search-results > li");
    const first = results.first();
    assert.equal(await first.getByRole("link").innerText(), "Senior Engineer");
    assert.match(await first.innerText(), /Role title: Senior Engineer/);
    assert.deepEqual(await first.locator("mark").allInnerTexts(), ["Senior", "Engineer"]);
    await page.getByText("“enginer” isn't in the framework; these results have").waitFor();

    await box.fill("managr");
    await page.getByRole("status").filter({ hasText: /results? for “managr”/ }).waitFor();
    const titles = await results.getByRole("link").allInnerTexts();
    for (const title of ["Manager", "Senior Manager", "People management"]) assert.ok(titles.includes(title), title);
    // Every result names the field that matched and marks the words.
    const count = await results.count();
    for (let i = 0; i < count; i++) {
      const reason = results.nth(i).locator(".match-reason").first();
      assert.match(await reason.locator(".match-field").innerText(), /^[A-Z][^:]+: $/);
      assert.ok((await reason.locator("mark").count()) > 0, `result ${i} marks what matched`);
    }
    await assertNoSidewaysScroll(page, width);
    await assertAccessible(page, `search with typos at ${width} px`);
    page.assertClean();
    await page.closeAll();
  });

  test(`a result found in a role's text says where (${width} px)`, async () => {
    const page = await searchPage(width);
    await page.goto(url + "search?q=" + encodeURIComponent("design reviews"));
    await page.getByRole("status").filter({ hasText: /results? for “design reviews”/ }).waitFor();
    const senior = page.locator(".search-results > li").filter({ has: page.getByRole("link", { name: "Senior Engineer", exact: true }) });
    assert.match(await senior.innerText(), /Scope of the role: .*leads the team's design reviews/);
    await assertNoSidewaysScroll(page, width);
    page.assertClean();
    await page.closeAll();
  });

  test(`nothing found offers a suggestion that runs its search (${width} px)`, async () => {
    const page = await searchPage(width);
    const box = page.getByRole("searchbox", { name: "Search tracks, roles and competencies" });
    await box.fill("mnagr");
    await page.getByText("No results for “mnagr”.").waitFor();
    const suggestion = page.getByRole("link", { name: "“manager”" });
    assert.equal(await page.locator(".suggestion").innerText(), "Did you mean “manager”?");
    await assertAccessible(page, `search suggestion at ${width} px`);
    await suggestion.click();
    await page.getByRole("status").filter({ hasText: /results? for “manager”/ }).waitFor();
    assert.match(page.url(), /search\?q=manager$/);
    assert.equal(await box.inputValue(), "manager");
    assert.ok((await page.locator(".search-results > li").count()) > 0);
    await box.fill("zzzz-nothing");
    await page.getByText("No results for “zzzz-nothing”.").waitFor();
    assert.equal(await page.locator(".suggestion").count(), 0, "no suggestion when nothing is near");
    await assertNoSidewaysScroll(page, width);
    page.assertClean();
    await page.closeAll();
  });
}

test("screen readers hear the count from one status that stays, not the whole list", async () => {
  const page = await searchPage(1280);
  const box = page.getByRole("searchbox", { name: "Search tracks, roles and competencies" });
  const status = page.locator("#search-count");
  assert.equal(await status.getAttribute("role"), "status");
  await status.evaluate((el) => (el.dataset.kept = "yes"));
  await box.fill("manager");
  await status.filter({ hasText: /^\d+ results? for “manager”\.$/ }).waitFor();
  assert.match(await page.title(), /^Search: “manager” · /);
  await box.fill("zzzz-nothing");
  await status.filter({ hasText: "No results for “zzzz-nothing”." }).waitFor();
  assert.equal(await status.getAttribute("data-kept"), "yes", "the same element, its text changed");
  await box.fill("design");
  await page.locator(".search-results > li").first().waitFor();
  const liveAroundResults = await page.locator(".search-results").evaluate((list) => Boolean(list.closest("[aria-live], [role=status], [role=log], [role=alert]")));
  assert.equal(liveAroundResults, false, "the list itself is not announced");
  assert.equal(await page.getByRole("status").count(), 1);
  await box.fill("");
  assert.equal((await status.innerText()).trim(), "");
  assert.match(await page.title(), /^Search · /);
  page.assertClean();
  await page.closeAll();
});
