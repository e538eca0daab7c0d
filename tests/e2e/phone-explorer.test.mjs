// The pages a candidate reads on a phone — the overview's track × band map, a role page and
// compare — at 360 px and 1280 px, on the default framework and on format-2 fixtures: no
// sideways page scroll, the key column in view (the band beside every track, what a role
// expects in its own words, both compared roles), and axe clean.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, assertAccessible, DIST, distWithFramework, launchBrowser, openPage, ROOT, serve } from "./harness.mjs";

const WIDTHS = [360, 1280];

// A senior engineer and a manager role on each framework, and the role page to read.
const FRAMEWORKS = {
  default: {
    dir: () => DIST,
    senior: { key: "technical/t3", title: "Senior Engineer" },
    manager: { key: "people-management/pm4", title: "Manager" },
  },
  "ladder-yaml": {
    dir: () => distWithFramework(fixtureText("ladder-yaml")),
    senior: { key: "individual-contributor/senior-engineer", title: "Senior Engineer" },
    manager: { key: "engineering-management/engineering-manager", title: "Engineering Manager" },
  },
  "multi-discipline": {
    dir: () => distWithFramework(fixtureText("multi-discipline")),
    senior: { key: "backend-engineer/senior-backend-engineer", title: "Senior Backend Engineer" },
    manager: { key: "engineering-leadership/engineering-manager", title: "Engineering Manager" },
  },
};

function fixtureText(name) {
  return readFileSync(join(ROOT, "tests/fixtures/format2", `${name}.json`), "utf8");
}

let browser;
const servers = [];
const urls = {};
before(async () => {
  browser = await launchBrowser();
  for (const [name, framework] of Object.entries(FRAMEWORKS)) {
    const { server, url } = await serve(framework.dir());
    servers.push(server);
    urls[name] = url;
  }
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

async function open(name, path, width) {
  const page = await openPage(browser, urls[name], { viewport: { width, height: 800 } });
  await page.goto(urls[name] + path);
  await appReady(page);
  return page;
}

async function assertNoSidewaysScroll(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: the page is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

/** Fails unless `locator`'s box lies within the window's width (and has a size). */
async function assertInView(page, locator, label) {
  const box = await locator.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  assert.ok(box && box.width > 0 && box.height > 0, `${label} is shown`);
  assert.ok(box.x >= 0 && box.x + box.width <= width + 0.5, `${label} lies at ${box.x}–${box.x + box.width}px of ${width}px`);
}

for (const [name, framework] of Object.entries(FRAMEWORKS)) {
  describe(`${name} framework on a phone and a desktop`, () => {
    for (const width of WIDTHS) {
      test(`overview at ${width} px: every band label stays in view while the tracks scroll`, async () => {
        const page = await open(name, "", width);
        await assertNoSidewaysScroll(page, "overview");
        const maps = page.locator(".track-map");
        assert.ok((await maps.count()) >= 1);
        for (const map of await maps.all()) {
          // Scrolled to the last track, the band column is still where it was.
          await map.evaluate((table) => {
            const region = table.closest(".table-scroll");
            region.scrollLeft = region.scrollWidth;
          });
          const lastHeader = map.locator("thead th").last();
          await assertInView(page, lastHeader, `the last track's header (${await lastHeader.innerText()})`);
          for (const band of await map.locator("tbody th[scope=row]").all()) {
            await assertInView(page, band, `band "${(await band.innerText()).replace(/\s+/g, " ")}"`);
          }
        }
        await assertAccessible(page, `${name} overview at ${width}`);
        page.assertClean();
        await page.closeAll();
      });

      test(`role page at ${width} px: each competency, its step and what it looks like are in view`, async () => {
        const page = await open(name, `tracks/${framework.senior.key}`, width);
        assert.equal(await page.locator("h1").innerText(), framework.senior.title);
        await assertNoSidewaysScroll(page, "role page");
        const expectations = page.getByRole("region", { name: "What this role expects" }).locator(".expectation");
        assert.ok((await expectations.count()) >= 3);
        for (const expectation of await expectations.all()) {
          const competency = await expectation.locator("h3").innerText();
          await assertInView(page, expectation.locator("h3"), `${competency}'s name`);
          await assertInView(page, expectation.locator(".proficiency").first(), `${competency}'s expected step`);
          await assertInView(page, expectation.locator(".expectation-body > p").first(), `what ${competency} looks like`);
        }
        await assertAccessible(page, `${name} role page at ${width}`);
        page.assertClean();
        await page.closeAll();
      });

      test(`compare at ${width} px: a senior engineer and a manager, both columns readable`, async () => {
        const { senior, manager } = framework;
        const page = await open(name, `compare?a=${senior.key}&b=${manager.key}`, width);
        await assertNoSidewaysScroll(page, "compare");
        const table = page.getByRole("table");
        const rows = table.locator("tbody tr");
        assert.ok((await rows.count()) >= 5);
        for (const row of await rows.all()) {
          const aspect = (await row.locator("th").innerText()).split("\n")[0];
          const [first, second] = await row.locator("td").all();
          await assertInView(page, first, `${senior.title}'s ${aspect}`);
          await assertInView(page, second, `${manager.title}'s ${aspect}`);
          if (width === 360) {
            // The headers scrolled away: each cell names its role.
            assert.match(await first.innerText(), new RegExp(`^${senior.title}\\b`), `${aspect}: first cell labelled`);
            assert.match(await second.innerText(), new RegExp(`^${manager.title}\\b`), `${aspect}: second cell labelled`);
          }
        }
        // The band is named, not only its ID.
        const band = (await table.getByRole("row", { name: /^Band/ }).innerText()).replace(/\s+/g, " ");
        assert.match(band, /\(\S+\)/, `the band row shows each band's name and ID: ${band}`);
        // Which role expects more is said in words, with the steps compared.
        const directions = await table.locator(".direction").allInnerTexts();
        assert.ok(
          directions.some((d) => new RegExp(`^(${senior.title}|${manager.title}) expects more: \\S.* vs \\S`).test(d)),
          `a competency says who expects more: ${directions.join(" | ")}`,
        );
        assert.ok(directions.every((d) => !/^Differs$/.test(d)));
        await page.getByRole("status").filter({ hasText: `${senior.title} expects more in` }).waitFor();
        await assertAccessible(page, `${name} compare at ${width}`);
        page.assertClean();
        await page.closeAll();
      });
    }
  });
}
