// axe-core with the rules of WCAG 2.0, 2.1 and 2.2 (A and AA) and best practices, over every
// route, public and private, with content in them (a stored assessment with evidence, a plan
// with a target, actions and a check-in, history snapshots, a review of someone else), every
// disclosure opened, on the sample framework and format-2 fixtures, on a laptop and at 320 px:
// no violation at all.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, openPage, serve } from "./harness.mjs";
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
