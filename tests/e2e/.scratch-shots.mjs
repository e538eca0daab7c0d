import { readFileSync } from "node:fs";
import { launchBrowser, serve, openPage, appReady, ROOT } from "./harness.mjs";
const DRAFT = readFileSync(ROOT + "/tests/fixtures/studio/draft-major.json", "utf8");
const browser = await launchBrowser();
const { server, url } = await serve();
for (const width of [360, 1280]) {
  const page = await openPage(browser, url, { viewport: { width, height: 900 } });
  await page.goto(url + "studio");
  await appReady(page);
  await page.getByLabel("Choose a framework file").setInputFiles({ name: "draft-major.json", mimeType: "application/json", buffer: Buffer.from(DRAFT) });
  await page.getByRole("status").filter({ hasText: "Opened" }).waitFor();
  for (const [name, path] of [["compare", "Compare"], ["governance", "Governance"], ["packet", "Review packet"], ["problems", "Problems"]]) {
    await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: path }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shot-${name}-${width}.png`, fullPage: true });
  }
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Review packet" }).click();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `/tmp/shot-print-${width}.png`, fullPage: true });
  await page.closeAll();
}
await browser.close(); server.close();
