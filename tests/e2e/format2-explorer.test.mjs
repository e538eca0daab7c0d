// The public explorer on format-2 frameworks (tests/fixtures/format2): a role's own words
// beside the competency's general description, examples/signals/links as real lists, safe
// links, promotion process, typical time in a level, points thresholds, tracks grouped by
// family and branching tracks on the map. Every page is accessible and fits a 360 px phone.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, assertAccessible, distWithFramework, launchBrowser, openPage, ROOT, serve } from "./harness.mjs";

const FIXTURES = ["ladder-yaml", "points-ladder", "multi-discipline"];

let browser;
const servers = [];
const urls = {};
before(async () => {
  browser = await launchBrowser();
  for (const name of FIXTURES) {
    const text = readFileSync(join(ROOT, "tests/fixtures/format2", `${name}.json`), "utf8");
    const { server, url } = await serve(distWithFramework(text));
    servers.push(server);
    urls[name] = url;
  }
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** Opens `path` of the app serving `fixture`, at `width` px wide. */
async function open(fixture, path, width = 1280) {
  const page = await openPage(browser, urls[fixture], { viewport: { width, height: 900 } });
  await page.goto(urls[fixture] + path);
  await appReady(page);
  return page;
}

async function assertNoSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} overflows a 360 px screen by ${overflow}px`);
}

describe("role page of a per-level ladder", () => {
  test("shows the role's own words with the general description at hand", async () => {
    const page = await open("ladder-yaml", "tracks/engineering/engineer-2");
    assert.equal(await page.locator("h1").innerText(), "Engineer II");
    const expectations = page.getByRole("region", { name: "What this role expects" });
    const delivery = expectations.locator(".expectation").filter({ hasText: "Delivery and planning" });
    await delivery.getByText("Plans and estimates their own tasks accurately.").waitFor();
    assert.match(await delivery.innerText(), /Applying/);
    assert.match(await delivery.innerText(), /level 2 of 5/, "the badge is on the competency's own 5-step scale");
    const general = delivery.locator("details").filter({ hasText: "General description at Applying" });
    assert.equal(await general.getByText("Plans their own work and mostly hits the dates they give.").isVisible(), false);
    await general.locator("summary").click();
    await general.getByText("Plans their own work and mostly hits the dates they give.").waitFor();
    const examples = delivery.getByRole("list", { name: "Examples" }).getByRole("listitem");
    assert.deepEqual(await examples.allInnerTexts(), [
      "Broke a two-week feature into daily tasks and delivered within a day of the estimate.",
    ]);
    await page.getByText("1 year 6 months, as stated for this role").waitFor();
    page.assertClean();
    await page.closeAll();
  });

  test("lists examples, signals and safe links for the role and its milestones", async () => {
    const page = await open("ladder-yaml", "tracks/engineering-management/engineering-manager");
    const roleExamples = page.getByRole("list", { name: "Examples" }).first();
    assert.match(await roleExamples.innerText(), /Hired three engineers in a quarter/);
    const signals = await page.getByRole("list", { name: "Signals" }).first().getByRole("listitem").allInnerTexts();
    assert.deepEqual(signals, [
      "The team's engagement survey improves or stays high.",
      "Delivery dates the team gives are believed by partners.",
    ]);
    const link = page.getByRole("link", { name: "Manager handbook" });
    assert.equal(await link.getAttribute("href"), "https://example.com/handbook/managers");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    const milestones = page.getByRole("region", { name: "Milestones" });
    await milestones.getByRole("heading", { name: "Ran a full review cycle" }).waitFor();
    page.assertClean();
    await page.closeAll();
  });

  test("the first level of a branching track says where it branches from", async () => {
    const page = await open("ladder-yaml", "tracks/engineering-management/engineering-manager");
    const branch = page.locator(".branching");
    assert.match(await branch.innerText(), /^Branches from Engineer II \(Engineering\)/);
    await branch.getByRole("link", { name: "Engineer II" }).click();
    await page.getByRole("heading", { level: 1, name: "Engineer II" }).waitFor();
    // Both tracks that branch here follow Engineer II as promotions, not mobility moves.
    const next = page.getByRole("region", { name: "Roles that usually come next" });
    const cards = await next.locator(".next-role").allInnerTexts();
    assert.ok(cards.some((c) => c.startsWith("Senior Engineer") && /Promotion into Individual contributor/.test(c)), cards.join("\n"));
    assert.ok(cards.some((c) => c.startsWith("Engineering Manager") && /Promotion into Engineering management/.test(c)), cards.join("\n"));
    page.assertClean();
    await page.closeAll();
  });

  test("shows how promotion to the role is decided", async () => {
    const page = await open("ladder-yaml", "tracks/individual-contributor/staff-engineer");
    const promotion = page.getByRole("region", { name: "How promotion to this role is decided" });
    const text = await promotion.innerText();
    assert.match(text, /As stated for this role\./);
    assert.match(text, /Decided by\s+A promotion panel of two staff-plus engineers/);
    assert.match(text, /Calibration\s+The panel compares every staff case/);
    assert.match(text, /Interviews\s+A 45-minute conversation/);
    const link = promotion.getByRole("link", { name: "Writing a staff promotion case" });
    assert.equal(await link.getAttribute("href"), "https://example.org/ladder/staff-case");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    await page.getByText("2 years 6 months").first().waitFor();
    page.assertClean();
    await page.closeAll();

    const other = await open("ladder-yaml", "tracks/engineering/engineer-1");
    const fallback = other.getByRole("region", { name: "How promotion to this role is decided" });
    assert.match(await fallback.innerText(), /The framework's process for every role that doesn't state its own\./);
    assert.match(await fallback.innerText(), /Decided by\s+Your manager proposes/);
    await other.closeAll();
  });
});

describe("points-based ladder", () => {
  test("a role shows its points threshold with the most possible beside it", async () => {
    const page = await open("points-ladder", "tracks/engineer/engineer-6");
    const points = page.getByRole("region", { name: "Points threshold" });
    const text = await points.innerText();
    assert.match(text, /a total of 190 points/);
    assert.match(text, /the total would be 300\./, "15 competencies at 20 points each");
    const minimums = await points.getByRole("list", { name: "And within that total" }).getByRole("listitem").allInnerTexts();
    assert.deepEqual(minimums, [
      "At least 45 points from the Technical craft competencies, which give at most 80.",
      "At least 20 points from the Organisation competencies, which give at most 60.",
    ]);
    await points.locator("summary", { hasText: "Points per step of each competency" }).click();
    await points.getByText("Emerging 1 · Capable 3 · Strong 6 · Exemplary 12 · Defining 20").first().waitFor();
    await page.getByText("The framework lists no milestones for this role.").waitFor();
    await page.getByText("1 year 6 months, as stated for this role").waitFor();
    page.assertClean();
    await page.closeAll();
  });

  test("compare puts both thresholds side by side", async () => {
    const page = await open("points-ladder", "compare?a=engineer/engineer-5&b=manager/manager-1");
    const row = page.getByRole("row").filter({ hasText: "Points threshold" });
    const cells = await row.getByRole("cell").allInnerTexts();
    assert.deepEqual(cells, [
      "135 points in all; at least 30 points from Technical craft",
      "135 points in all; at least 30 points from People",
    ]);
    assert.equal(await row.locator(".diff-marker").count(), 1, "different minimums differ");
    const health = page.getByRole("row").filter({ hasText: "Team health" });
    assert.match(await health.innerText(), /Helps the team work through disagreements without escalation\./);
    page.assertClean();
    await page.closeAll();
  });

  test("the competency page gives the points of each step", async () => {
    const page = await open("points-ladder", "competencies/mentorship");
    const table = page.getByRole("table");
    assert.deepEqual(await table.locator("thead th").allInnerTexts(), ["Proficiency", "What it looks like", "Points"]);
    const last = await table.locator("tbody tr").last().innerText();
    assert.match(last, /Defining[\s\S]*20$/);
    page.assertClean();
    await page.closeAll();
  });
});

describe("overview", () => {
  test("a shared trunk shows in the columns of the tracks that branch from it", async () => {
    const page = await open("ladder-yaml", "");
    const map = page.getByRole("table", { name: "Roles by track and band, highest band first" });
    const header = await map.locator("thead th").allInnerTexts();
    assert.ok(header.some((h) => /^Engineering management[\s\S]*branches from Engineer II$/.test(h)), header.join(" | "));
    // Cells follow the band's row header, one column to the left of their column header.
    const column = header.findIndex((h) => h.startsWith("Engineering management")) - 1;
    const level2 = map.getByRole("row").filter({ hasText: "Level 2" });
    const cell = level2.locator("td").nth(column);
    assert.equal(await cell.innerText(), "Engineer II\nshared with Engineering; Engineering management branches here");
    const level1 = map.getByRole("row").filter({ hasText: "Level 1" });
    assert.equal(await level1.locator("td").nth(column).innerText(), "Engineer I\nshared with Engineering");
    page.assertClean();
    await page.closeAll();
  });

  test("tracks are grouped by the framework's own families", async () => {
    const page = await open("multi-discipline", "");
    const framework = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/format2/multi-discipline.json"), "utf8"));
    const tracks = page.getByRole("region", { name: "The tracks" });
    const families = await tracks.getByRole("heading", { level: 3 }).allInnerTexts();
    assert.deepEqual(families, framework.families.map((f) => f.name));
    const design = framework.families.find((f) => f.id === "design");
    // A family's section is not a landmark (the track map's family region is, by the same name).
    const designSection = tracks.locator("section.family").filter({ has: page.getByRole("heading", { level: 3, name: design.name }) });
    const designTracks = framework.tracks.filter((t) => t.family === "design").map((t) => t.name);
    assert.deepEqual(await designSection.getByRole("heading", { level: 4 }).allInnerTexts(), designTracks);
    for (const family of framework.families) {
      await page.getByRole("table", { name: `${family.name}: roles by track and band, highest band first` }).waitFor();
    }
    assert.equal(await page.getByText("Other", { exact: true }).count(), 0, "no track falls into the built-in 'other'");
    // The one role without criteria is pointed out to the authors, folded away at the end.
    const notes = page.getByRole("region", { name: "For the framework's authors" });
    await notes.getByText("1 note about the framework file").click();
    assert.match(
      await notes.getByRole("list", { name: "Notes about the framework file" }).innerText(),
      /"Support Apprentice" \(customer-support\/support-apprentice\) has no criteria/,
    );
    page.assertClean();
    await page.closeAll();
  });
});

describe("scales that differ by competency", () => {
  test("a competency names its scale and a comparison badges each competency on its own", async () => {
    const framework = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/format2/multi-discipline.json"), "utf8"));
    const scaleOf = (competency) => framework.scales.find((s) => s.id === competency.scale);
    const shortScale = framework.competencies.find((c) => scaleOf(c).levels.length === 2);
    const page = await open("multi-discipline", `competencies/${shortScale.id}`);
    assert.match(await page.locator(".kind").first().innerText(), new RegExp(`rated on ${scaleOf(shortScale).name}, 2 steps`));
    assert.equal(await page.getByRole("table").locator("tbody tr").count(), 2);
    page.assertClean();
    await page.closeAll();

    const [a, b] = [framework.tracks[0], framework.tracks.find((t) => t.family === "engineering")];
    const compare = await open("multi-discipline", `compare?a=${a.id}/${a.levels[1].id}&b=${b.id}/${b.levels[2].id}`);
    const gauges = await compare.locator(".comparison .proficiency .visually-hidden").allInnerTexts();
    const steps = new Set(gauges.map((g) => g.match(/of (\d+)\)/)[1]));
    assert.ok(steps.size >= 2, `badges on scales of different lengths: ${[...steps]}`);
    compare.assertClean();
    await compare.closeAll();
  });

  test("a role with no criteria says the framework doesn't define them", async () => {
    const framework = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/format2/multi-discipline.json"), "utf8"));
    const [track, level] = framework.tracks
      .flatMap((t) => t.levels.map((l) => [t, l]))
      .find(([, l]) => !l.expectations?.length && !l.milestones?.length && !l.points);
    const page = await open("multi-discipline", `tracks/${track.id}/${level.id}`);
    await page.getByText("The framework doesn't define what this role expects").waitFor();
    assert.equal(await page.getByRole("region", { name: "What this role expects" }).count(), 0);
    page.assertClean();
    await page.closeAll();
  });
});

describe("search", () => {
  test("finds a role by its own expectation text and by an example", async () => {
    const page = await open("ladder-yaml", "search?q=" + encodeURIComponent("ambiguous plans into milestones"));
    await page.getByRole("status").filter({ hasText: /result/ }).waitFor();
    assert.ok((await page.locator(".search-results li").allInnerTexts()).some((r) => r.startsWith("Staff Engineer")));
    await page.goto(urls["ladder-yaml"] + "search?q=" + encodeURIComponent("faster checkout"));
    await page.getByRole("status").filter({ hasText: /faster checkout/ }).waitFor();
    assert.ok((await page.locator(".search-results li").allInnerTexts()).some((r) => r.startsWith("Staff Engineer")));
    page.assertClean();
    await page.closeAll();
  });
});

const PAGES = [
  ["ladder-yaml", ""],
  ["ladder-yaml", "tracks/engineering/engineer-2"],
  ["ladder-yaml", "tracks/engineering-management/engineering-manager"],
  ["ladder-yaml", "tracks/individual-contributor/staff-engineer"],
  ["ladder-yaml", "tracks/engineering-management"],
  ["ladder-yaml", "competencies/business-impact"],
  ["ladder-yaml", "compare?a=engineering/engineer-2&b=engineering-management/engineering-manager"],
  ["points-ladder", ""],
  ["points-ladder", "tracks/engineer/engineer-6"],
  ["points-ladder", "tracks/manager/manager-1"],
  ["points-ladder", "competencies/mentorship"],
  ["points-ladder", "compare?a=engineer/engineer-5&b=manager/manager-1"],
  ["multi-discipline", ""],
  ["multi-discipline", "tracks/product-manager/lead-product-manager"],
  ["multi-discipline", "tracks/customer-support/support-apprentice"],
  ["multi-discipline", "tracks/backend-engineer"],
  ["multi-discipline", "competencies/coding"],
  ["multi-discipline", "compare?a=product-manager/product-manager&b=backend-engineer/backend-engineer-ii"],
];

describe("every format-2 page is accessible and fits a 360 px phone", () => {
  for (const [fixture, path] of PAGES) {
    test(`${fixture} /${path}`, async () => {
      for (const width of [1280, 360]) {
        const page = await open(fixture, path, width);
        if (width === 360) await assertNoSidewaysScroll(page, `${fixture} /${path}`);
        // Open every general description, so what it holds is checked too.
        for (const details of await page.locator("details").all()) await details.evaluate((d) => (d.open = true));
        await assertAccessible(page, `${fixture} /${path} at ${width} px`);
        page.assertClean();
        await page.closeAll();
      }
    });
  }
});
