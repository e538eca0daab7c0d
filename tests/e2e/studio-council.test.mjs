// The author's and the council's journey in the studio, as issue 11's "done when" tells it:
// a draft with a vague milestone, a gendered word, a raised expectation and a pay cut is
// opened; each is named where it is; the site is previewed; the comparison with the
// published framework calls for a major version with a changelog entry to copy; governance
// says the version wasn't bumped; the council's packet prints and downloads as Markdown.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

let browser, url;
servedApp((ready) => ({ browser, url } = ready));

const DRAFT = readFileSync(join(ROOT, "tests/fixtures/studio/draft-major.json"), "utf8");
const lineOf = (needle) => DRAFT.split("\n").findIndex((line) => line.includes(needle)) + 1;

async function studioWithDraft(page, path = "studio", viewport) {
  // A fixed day: the sample's review falls due on 2026-12-01.
  await page.clock.setFixedTime(new Date("2026-11-30T12:00:00"));
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(url + "studio");
  await appReady(page);
  await page.getByLabel("Choose a framework file").setInputFiles({
    name: "draft-major.json",
    mimeType: "application/json",
    buffer: Buffer.from(DRAFT),
  });
  await page.getByRole("status").filter({ hasText: "Opened draft-major.json." }).waitFor();
  if (path !== "studio") {
    await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: path }).click();
    await appReady(page);
  }
}

test("the vague milestone and the gendered word are named on the line they are on", async () => {
  const page = await openPage(browser, url);
  await studioWithDraft(page, "Problems");
  const advice = page.getByRole("region", { name: /^Advice/ });
  const vague = advice.getByRole("listitem").filter({ hasText: "vague-wording" }).filter({ hasText: "Various" });
  assert.match(await vague.first().textContent(), new RegExp(`line ${lineOf("Various contributions as needed")},`));
  const gendered = advice.getByRole("listitem").filter({ hasText: "gendered-wording" });
  assert.match(await gendered.first().textContent(), /chairman/);
  assert.match(await gendered.first().textContent(), new RegExp(`line ${lineOf("chairman")},`));
  // Each rule says why it matters, how to fix it, and how to mark the item as intended.
  await gendered.first().getByText("Why, and how to fix it").click();
  await gendered.first().getByText(/^Why: /).first().waitFor();
  await gendered.first().getByText(/^Fix: /).first().waitFor();
  assert.match(
    await gendered.first().locator(".allow-entry").textContent(),
    /"rule": "gendered-wording", "at": "tracks\[3\]\.levels\[1\]\.summary"/,
  );
  page.assertClean();
  await page.closeAll();
});

test("compared with the published framework: major change, bump to 2027.0, with a changelog entry", async () => {
  const page = await openPage(browser, url);
  await studioWithDraft(page, "Compare");
  await page.getByText("Major change: bump 2026.1 to 2027.0.").waitFor();
  await page.getByText("The draft says version 2026.1; the changes call for 2027.0.").waitFor();
  const raised = page.getByRole("list", { name: "Expectations raised" });
  assert.match(await raised.textContent(), /Engineer II.*Technical depth at Advanced.*up from Practitioner/);
  const pay = page.getByRole("list", { name: "Pay lowered" });
  assert.match(await pay.textContent(), /Major.*band Established \(b3\).*77,000.*74,000/);
  const counts = page.getByRole("table", { name: "Changes by impact" });
  assert.match(await counts.getByRole("row", { name: /^Major/ }).textContent(), /3$/);
  const entry = JSON.parse(await page.getByLabel("Changelog entry to copy").inputValue());
  assert.equal(entry.version, "2027.0");
  assert.equal(entry.date, "2026-11-30");
  assert.match(entry.summary, /Pay lowered: Established/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the comparison (Markdown)" }).click(),
  ]);
  const markdown = readFileSync(await download.path(), "utf8");
  assert.match(markdown, /^# Changes from version 2026\.1 to 2026\.1/);
  assert.match(markdown, /\*\*Major change: bump 2026\.1 to 2027\.0\.\*\*/);
  await assertAccessible(page, "compare");
  page.assertClean();
  await page.closeAll();
});

test("compared with another file instead: the same file has no changes, and back to the published one", async () => {
  const page = await openPage(browser, url);
  await studioWithDraft(page, "Compare");
  await page.getByText("Major change: bump 2026.1 to 2027.0.").waitFor();
  await page.getByLabel(/Compare with another version of the file/).setInputFiles({
    name: "same.json",
    mimeType: "application/json",
    buffer: Buffer.from(DRAFT),
  });
  await page.getByRole("heading", { name: "Compared with “same.json”, version 2026.1" }).waitFor();
  await page.getByText("No changes: no new version is needed.").waitFor();
  await page.getByLabel(/Compare with another version of the file/).setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from("{ not json"),
  });
  await page.getByRole("alert").filter({ hasText: "“broken.json” has 1 problems" }).waitFor();
  await page.getByRole("button", { name: "Compare with the published framework" }).click();
  await page.getByText("Major change: bump 2026.1 to 2027.0.").waitFor();
  page.assertClean();
  await page.closeAll();
});

test("governance: the version was not bumped, and the review date is stated", async () => {
  const page = await openPage(browser, url);
  await studioWithDraft(page, "Governance");
  await page.getByText(/next due by 2026-12-01/).waitFor();
  const warnings = page.getByRole("list", { name: "Open governance warnings" });
  assert.match(await warnings.textContent(), /2026\.1/);
  assert.match(await warnings.textContent(), /governance\.|meta\.version/);
  await assertAccessible(page, "governance");
  page.assertClean();
  await page.closeAll();
});

describe("the council's review packet", () => {
  test("prints on its own (no navigation, no buttons) and downloads as the same Markdown", async () => {
    const page = await openPage(browser, url);
    await page.addInitScript(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await studioWithDraft(page, "Review packet");
    const title = "Council review packet: Northwind Careers, version 2026.1";
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    for (const name of ["Summary", /^Parity \(/, /^Warnings \(/, /^Lint advice \(/, "Comparison with the published version", "Changelog", /^Governance \(/]) {
      assert.equal(await page.getByRole("heading", { level: 2, name }).count(), 1, `section ${name}`);
    }
    const figures = page.getByRole("table", { name: "The draft in figures" });
    assert.match(await figures.getByRole("row", { name: /^Tracks/ }).textContent(), /5$/);
    const adviceHeading = await page.getByRole("heading", { level: 2, name: /^Lint advice \(/ }).textContent();
    const adviceCount = Number(adviceHeading.match(/\((\d+)\)/)[1]);
    assert.ok(adviceCount >= 2);
    assert.match(await figures.getByRole("row", { name: /^Lint advice/ }).textContent(), new RegExp(`${adviceCount}$`));
    await page.getByText("Major change: bump 2026.1 to 2027.0.").waitFor();
    await assertAccessible(page, "review packet");

    await page.getByRole("button", { name: "Print the packet" }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [page.locator(".site-header"), page.locator(".site-footer"), page.getByRole("button", { name: "Print the packet" })]) {
      assert.equal(await hidden.isVisible(), false);
    }
    assert.equal(await page.getByRole("heading", { level: 1, name: title }).isVisible(), true);
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 10_000, `a printed packet (${pdf.length} bytes)`);
    await page.emulateMedia({ media: "screen" });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "review-packet-northwind-careers-2026.1.md");
    const markdown = readFileSync(await download.path(), "utf8");
    assert.ok(markdown.startsWith(`# ${title}\n`));
    assert.match(markdown, new RegExp(`## Lint advice \\(${adviceCount}\\)`));
    assert.match(markdown, /Major change: bump 2026\.1 to 2027\.0\./);
    page.assertClean();
    await page.closeAll();
  });

  test("fits a phone: nothing wider than the screen", async () => {
    const page = await openPage(browser, url, { viewport: { width: 360, height: 740 } });
    await studioWithDraft(page, "Review packet");
    await page.getByText("Major change: bump 2026.1 to 2027.0.").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the packet is ${overflow}px wider than the screen`);
    page.assertClean();
    await page.closeAll();
  });
});

test("with no draft open, each page says so and links to opening one", async () => {
  const page = await openPage(browser, url);
  for (const path of ["studio/compare", "studio/governance", "studio/packet"]) {
    await page.goto(url + path);
    await page.getByText("No draft is open.").waitFor();
    assert.equal(await page.getByRole("link", { name: "Open a draft" }).count(), 1);
  }
  page.assertClean();
  await page.closeAll();
});
