// /fit and the gap view on the three format-2 fixtures, served as the host's framework.json
// with a person's ratings already stored: the framework's readiness policy is shown, tiers
// carry their reasons and never contradict the percentages beside them, the best next role
// is never below the current role's band, a role without criteria is listed apart, and the
// gap view speaks in points (points ladder) and in each competency's own steps
// (multi-discipline).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, assertAccessible, distWithFramework, launchBrowser, openPage, ROOT, serve } from "./harness.mjs";

const fixture = (name) => readFileSync(join(ROOT, "tests/fixtures/format2", `${name}.json`), "utf8");

let browser;
const servers = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** Serves a fixture as framework.json; returns its URL and the framework. */
async function hosting(name) {
  const text = fixture(name);
  const { server, url } = await serve(distWithFramework(text));
  servers.push(server);
  return { url, framework: JSON.parse(text) };
}

/** Every competency rated at the step of this rank on its own scale (the top when shorter). */
function ratedAt(framework, rank, overrides = {}) {
  const scales = Object.fromEntries((framework.scales ?? []).map((s) => [s.id, s.levels]));
  const ratings = {};
  for (const c of framework.competencies) {
    const steps = c.scale ? scales[c.scale] : framework.proficiency_scale;
    const proficiency = overrides[c.id] ?? steps[Math.min(rank, steps.length - 1)].id;
    ratings[c.id] = { proficiency, updated: "2026-11-01T00:00:00Z" };
  }
  return ratings;
}

/** A page whose localStorage holds this person's data for the framework before the app starts. */
async function personPage(url, framework, assessment) {
  const page = await openPage(browser, url);
  const key = `mosaic:assessment:${framework.meta.id}`;
  const document = JSON.stringify({
    kind: "mosaic-assessment",
    schema_version: 3,
    saved_at: "2026-11-01T00:00:00Z",
    assessment: { framework: { id: framework.meta.id, version: framework.meta.version }, ...assessment },
  });
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [key, document]);
  return page;
}

async function openFit(page, url) {
  await page.goto(url + "fit");
  await page.getByRole("heading", { level: 1, name: "Where I fit" }).waitFor();
  await page.locator(".fit-table tbody tr").first().waitFor();
}

const bandIndex = (framework, name) => framework.bands.findIndex((b) => b.name === name);

/** The ranked table as rows of { title, percent, tier, reason }. */
async function rankedRows(page) {
  return page.locator(".fit-table tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      title: row.querySelector("th").textContent,
      percent: parseInt(row.querySelector("td.num").textContent, 10),
      tier: row.querySelector(".tier").textContent,
      reason: row.querySelector(".reason").textContent,
    })),
  );
}

/** The best-next-role cards as { track, title, band, tier, reason }. */
async function bestCards(page) {
  return page.locator(".fit-card").evaluateAll((cards) =>
    cards.map((card) => ({
      track: card.querySelector(".kind").textContent,
      title: card.querySelector("h3").textContent,
      band: card.querySelector(".band").textContent.replace(/ band$/, ""),
      tier: card.querySelector(".tier").textContent,
      reason: card.querySelector(".reason").textContent,
    })),
  );
}

/** Tiers never contradict the percentages: a row above a higher percentage is Ready now and says why. */
function assertHonestRanking(rows) {
  assert.ok(rows.length > 0);
  for (const row of rows) assert.ok(row.reason.length > 10, `${row.title} shows the reason for its tier`);
  const order = ["Ready now", "Close", "Stretch", "Aspirational"];
  for (let i = 1; i < rows.length; i++) {
    assert.ok(order.indexOf(rows[i - 1].tier) <= order.indexOf(rows[i].tier), "by tier first");
  }
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i].percent < rows[j].percent) {
        assert.equal(rows[i].tier, "Ready now", `${rows[i].title} (${rows[i].percent}%) above ${rows[j].title} (${rows[j].percent}%)`);
        assert.match(rows[i].reason, /the framework asks for|doesn't require/, `${rows[i].title} says why`);
      }
    }
  }
}

async function openPolicy(page) {
  const how = page.locator("details.how");
  await how.locator("summary").click();
  return how;
}

test("ladder-yaml: the default policy, both branches offered at the top of the trunk, steps named", async () => {
  const { url, framework } = await hosting("ladder-yaml");
  const page = await personPage(url, framework, {
    profile: { current_role: { track: "engineering", level: "engineer-2" } },
    ratings: ratedAt(framework, 1, { "technical-skill": "owning" }),
  });
  await openFit(page, url);
  const how = await openPolicy(page);
  await how.getByText("(set by Engineering progression working group in the framework)").waitFor();
  await how.getByText("Expectations are a checklist: Ready now needs every one of them met.").waitFor();
  await how.getByText("Ready now needs every milestone of the role achieved.", { exact: false }).waitFor();
  await how.getByText("not ready now, with readiness of 85% or more", { exact: false }).waitFor();

  await page.getByText("never below the band of your current role (Engineer II, Level 2 band)", { exact: false }).waitFor();
  const cards = await bestCards(page);
  assert.deepEqual(cards.map((c) => c.title), ["Senior Engineer", "Engineering Manager"], "the trunk has nothing above Engineer II");
  for (const card of cards) assert.ok(bandIndex(framework, card.band) >= bandIndex(framework, "Level 2"), `${card.title} is not below Level 2`);
  const rows = await rankedRows(page);
  assertHonestRanking(rows);
  // With the default policy, Ready now is exactly 100%.
  for (const row of rows) assert.equal(row.tier === "Ready now", row.percent === 100, row.title);
  const engineerII = rows.find((r) => r.title === "Engineer II");
  assert.equal(engineerII.tier, "Ready now");
  assert.equal(engineerII.reason, "all 8 expectations met");
  await assertAccessible(page, "fit on ladder-yaml");

  await page.getByRole("link", { name: "Senior Engineer" }).first().click();
  await page.getByRole("heading", { level: 1, name: "My gaps for Senior Engineer" }).waitFor();
  const table = page.getByRole("region", { name: "Competency by competency", exact: true });
  await table.getByText("Multiplying").first().waitFor();
  await table.getByText("Applying").first().waitFor();
  await table.getByText("it grows on the job, at this framework's pace of about 6 months per step", { exact: false }).first().waitFor();
  assert.equal(await table.getByText("ask your manager").count(), 0, "never a dead end");
  page.assertClean();
  await page.closeAll();
});

test("points-ladder: points shortfall in words, raises by name, milestones not required", async () => {
  const { url, framework } = await hosting("points-ladder");
  const page = await personPage(url, framework, {
    profile: { current_role: { track: "engineer", level: "engineer-2" } },
    ratings: ratedAt(framework, 1),
  });
  await openFit(page, url);
  const how = await openPolicy(page);
  await how.getByText("Ready now doesn't need milestones: this framework doesn't require them.", { exact: false }).waitFor();
  await how.getByText("A role reached by points counts the share of its points you have", { exact: false }).waitFor();
  const cards = await bestCards(page);
  for (const card of cards) assert.ok(bandIndex(framework, card.band) >= bandIndex(framework, "Grade 2"), `${card.title} is not below Grade 2`);
  assert.ok(!cards.some((c) => c.title === "Engineer 2"), "never the current role");
  assert.deepEqual(cards.map((c) => c.title), ["Engineer 3", "Engineering Manager"]);
  const rows = await rankedRows(page);
  assertHonestRanking(rows);
  assert.match(rows.find((r) => r.title === "Engineer 3").reason, /^10 points short$/);
  await assertAccessible(page, "fit on points-ladder");

  await page.goto(url + "fit/engineer/engineer-3");
  await page.getByRole("heading", { level: 1, name: "My gaps for Engineer 3" }).waitFor();
  const points = page.getByRole("region", { name: "Points" });
  await points.getByText("You have 45 of the 55 points this role needs.").waitFor();
  const raises = await points.getByText(/^You need 10 more points; in the fewest steps, (this raise gets|these raises get) you there: /).textContent();
  assert.match(raises, / from Capable to (Strong|Exemplary|Defining) \(\+\d+ points?\)/);
  for (const c of framework.competencies) assert.ok(!raises.includes(c.id), `names, never the ID ${c.id}`);
  await points.getByText("Client engineering", { exact: false }).waitFor();

  // A threshold with a theme minimum the person is short of.
  await page.goto(url + "fit/manager/manager-1");
  await page.getByRole("heading", { level: 1, name: "My gaps for Engineering Manager" }).waitFor();
  await page.getByText(/readiness counts the lower of the two/).waitFor();
  await page.getByRole("region", { name: "Points" }).getByText(/more in People/).waitFor();
  await assertAccessible(page, "gap view on points-ladder");
  page.assertClean();
  await page.closeAll();
});

test("multi-discipline: most-of policy, a role without criteria apart, each competency's own steps", async () => {
  const { url, framework } = await hosting("multi-discipline");
  const page = await personPage(url, framework, {
    profile: { current_role: { track: "backend-engineer", level: "backend-engineer-i" } },
    ratings: ratedAt(framework, 1, { coding: "contributing" }),
  });
  await openFit(page, url);
  const how = await openPolicy(page);
  await how.getByText("Expectations are \"most of\", not a checklist: Ready now needs expectations making up at least 80% of a role's weight fully met.").waitFor();
  await how.getByText("not ready now, with readiness of 80% or more", { exact: false }).waitFor();
  await how.getByText("each counts on its own scale", { exact: false }).waitFor();

  const apart = page.getByRole("region", { name: "Roles without criteria" });
  await apart.getByText("Roles without criteria in this framework:", { exact: false }).waitFor();
  await apart.getByRole("link", { name: "Support Apprentice (Customer support)" }).waitFor();
  await page.getByRole("button", { name: /^Show all \d+ roles$/ }).click();
  const rows = await rankedRows(page);
  assert.ok(!rows.some((r) => r.title === "Support Apprentice"), "no percentage, never Ready now");
  assertHonestRanking(rows);
  const cards = await bestCards(page);
  assert.ok(cards.length >= 20);
  for (const card of cards) assert.ok(bandIndex(framework, card.band) >= bandIndex(framework, "Grade 2"), `${card.track}: ${card.title} is not below Grade 2`);
  assert.ok(!cards.some((c) => c.title === "Support Apprentice"));
  await assertAccessible(page, "fit on multi-discipline");

  await page.goto(url + "fit/backend-engineer/backend-engineer-ii");
  await page.getByRole("heading", { level: 1, name: "My gaps for Backend Engineer II" }).waitFor();
  await page.getByRole("img", { name: "Your proficiency compared with Backend Engineer II" }).waitFor();
  const table = page.getByRole("region", { name: "Competency by competency", exact: true });
  const coding = table.locator("tr", { has: page.getByRole("link", { name: "Coding", exact: true }) });
  assert.match(await coding.textContent(), /Contributing.*\(level 3 of 7\).*Contributing.*\(level 3 of 7\).*Met/);
  const ownership = table.locator("tr", { has: page.getByRole("link", { name: "Ownership", exact: true }) });
  assert.match(await ownership.textContent(), /Established.*\(level 2 of 2\)/);
  await assertAccessible(page, "gap view on multi-discipline");

  await page.goto(url + "fit/customer-support/support-apprentice");
  await page.getByRole("heading", { level: 1, name: "My gaps for Support Apprentice" }).waitFor();
  await page.getByText("This framework doesn't define criteria for Support Apprentice", { exact: false }).waitFor();
  assert.equal(await page.getByText("Ready now").count(), 0);
  page.assertClean();
  await page.closeAll();
});
