import { launchBrowser, serve, openPage, appReady } from "./harness.mjs";
const browser = await launchBrowser();
const { server, url } = await serve();
const pages = [
  ["overview", ""], ["role", "tracks/technical/t5"], ["compare", "compare?a=technical/t5&b=people-management/pm5"],
  ["search", "search?q=Senior%20Enginer"], ["assess", "assess"], ["fit", "fit"], ["plan", "plan"], ["data", "data"], ["review", "review"],
];
for (const width of [360, 1280]) {
  for (const [name, path] of pages) {
    const page = await openPage(browser, url, { viewport: { width, height: 800 } });
    await page.goto(url + path);
    await appReady(page);
    await page.waitForTimeout(300);
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(width, name, "scrollWidth", sw);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: width === 360 ? false : false });
    await page.closeAll();
  }
}
await browser.close(); server.close();
