// axe-core with the rules of WCAG 2.0, 2.1 and 2.2 (A and AA) and best practices, over every
// route, public and private, with content in them (a stored assessment with evidence, a plan
// with a target, actions and a check-in, history snapshots, a review of someone else), every
// disclosure opened, on the sample framework and format-2 fixtures, on a laptop and at 320 px:
// no violation at all.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, assertAccessible, launchBrowser, openPage, serve } from "./harness.mjs";
import { FRAMEWORKS, hostingDir, openEveryDisclosure, routes, seed, startReview, visit } from "./routes-with-content.mjs";

let browser;
const servers = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

for (const entry of FRAMEWORKS) for (const width of [1280, 320]) {
  test(`every route on ${entry.name} at ${width} px passes axe's WCAG 2.2 AA and best-practice rules`, async () => {
    const { dir, framework } = hostingDir(entry);
    const { server, url } = await serve(dir);
    servers.push(server);
    const page = await openPage(browser, url, { viewport: { width, height: 900 } });
    await seed(page, framework, entry);
    await startReview(page, url, framework, entry);
    // Every route is checked before the test fails, so one run lists every violation.
    const failures = [];
    const check = (label) =>
      assertAccessible(page, `${label} (${entry.name}, ${width} px)`, { everyRule: true }).catch((e) => failures.push(e.message));
    for (const [label, path] of routes(framework, entry)) {
      await visit(page, url, path);
      await check(label);
      await openEveryDisclosure(page);
      await check(`${label}, disclosures open`);
    }
    assert.equal(failures.length, 0, failures.join("\n\n"));
    page.assertClean();
    await page.closeAll();
  });
}

// The framework studio: every page with a draft open (a 25-track framework with warnings and
// advice, converted from its workbook so its findings carry cells), the Draft page listing a
// workbook's own mistakes, and the preview of public pages under the draft's banner.
for (const width of [1280, 320]) {
  test(`every studio page at ${width} px passes axe's WCAG 2.2 AA and best-practice rules`, async () => {
    const { server, url } = await serve();
    servers.push(server);
    const page = await openPage(browser, url, { viewport: { width, height: 900 } });
    const failures = [];
    const check = (label) =>
      assertAccessible(page, `${label} (studio, ${width} px)`, { everyRule: true }).catch((e) => failures.push(e.message));
    const picker = () => page.getByLabel("Choose a framework file, a workbook or its CSV files");
    const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    await visit(page, url, "studio");
    await check("studio, no draft");
    await picker().setInputFiles({ name: "two-tracks.xlsx", mimeType: XLSX, buffer: readFileSync(join(ROOT, "tests/fixtures/workbook/two-tracks.xlsx")) });
    await page.getByRole("heading", { name: "Problems in the workbook" }).waitFor();
    await check("studio, a workbook's mistakes");
    await picker().setInputFiles({ name: "multi-discipline.json", mimeType: "application/json", buffer: readFileSync(join(ROOT, "tests/fixtures/format2/multi-discipline.json")) });
    await page.getByRole("status").filter({ hasText: "Opened multi-discipline.json." }).waitFor();
    await visit(page, url, "studio/export");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the workbook (.xlsx)" }).click()]);
    await visit(page, url, "studio");
    await picker().setInputFiles({ name: "team.xlsx", mimeType: XLSX, buffer: readFileSync(await download.path()) });
    await page.getByRole("status").filter({ hasText: "Converted the workbook team.xlsx" }).waitFor();

    for (const path of ["studio", "studio/problems", "studio/preview", "studio/preview/me", "studio/compare",
      "studio/governance", "studio/packet", "studio/export"]) {
      await visit(page, url, path);
      await check(path);
      await openEveryDisclosure(page);
      await check(`${path}, disclosures open`);
    }
    assert.equal(failures.length, 0, failures.join("\n\n"));
    page.assertClean();
    await page.closeAll();
  });
}
