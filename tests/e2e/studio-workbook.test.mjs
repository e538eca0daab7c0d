// Issue 12 in the studio, tried as a new user would: an HR author downloads the blank
// workbook template, fills in two tracks (tests/fixtures/workbook/two-tracks, with two
// deliberate cell mistakes; the .xlsx files beside it are proven by tests/studio_workbook.rs to
// say what the CSV files say, before and after fixing the two cells), drops it into the studio,
// sees the two problems at their cells, fixes them, drops it again, previews the site with its
// two tracks, and downloads framework.json, CASE and Open Badges from the Export page; the
// workbook exported and dropped back gives the same framework; CSV files work as the workbook
// does; and the public bundles carry none of the workbook code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { DIST, ROOT, appReady, assertAccessible, openPage, servedApp } from "./harness.mjs";

let browser, url;
servedApp((ready) => ({ browser, url } = ready));

const FIXTURES = join(ROOT, "tests/fixtures/workbook");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DRAFT_KEY = "mosaic:studio:draft";
const SHEETS = ["Framework", "Lint allow", "Changelog", "Bands", "Scales", "Families", "Competencies", "Descriptors",
  "Tracks", "Roles", "Expectations", "Milestones", "Learning", "Grows", "Mobility", "Prerequisites"];

/** The two-tracks CSV files as Playwright file payloads, sorted by name. */
function csvFiles(fix = (name, text) => text) {
  const dir = join(FIXTURES, "two-tracks");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => ({ name, mimeType: "text/csv", buffer: Buffer.from(fix(name, readFileSync(join(dir, name), "utf8"))) }));
}

/** The names of an .xlsx file's sheets, read from its zip archive's xl/workbook.xml. */
function sheetNames(bytes) {
  // The central directory's end record, then each entry's name and local header offset.
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength, extra, comment, local] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 20),
      bytes.readUInt16LE(at + 28), bytes.readUInt16LE(at + 30), bytes.readUInt16LE(at + 32), bytes.readUInt32LE(at + 42)];
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    if (name === "xl/workbook.xml") {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
      return [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error("no xl/workbook.xml in the archive");
}

async function openStudio(page, path = "studio") {
  await page.goto(url + path);
  await appReady(page);
}

/** Clicks `button` and returns the downloaded file's suggested name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Drops `files` ({ name, mimeType, buffer }) on the drop zone, as a file manager would. */
async function drop(page, files) {
  const payload = files.map(({ name, mimeType, buffer }) => ({ name, mimeType, data: [...buffer] }));
  await page.getByRole("region", { name: /^Drop zone/ }).evaluate((zone, payload) => {
    const transfer = new DataTransfer();
    for (const { name, mimeType, data } of payload) {
      transfer.items.add(new File([new Uint8Array(data)], name, { type: mimeType }));
    }
    zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, payload);
}

const fileInput = (page) => page.getByLabel("Choose a framework file, a workbook or its CSV files");
const storedText = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).draft.text;
const workbookProblems = (page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Problems in the workbook" }) });

async function problemLines(page) {
  const list = workbookProblems(page).getByRole("list", { name: "Problems in the workbook" });
  await list.waitFor();
  return list.getByRole("listitem").allTextContents();
}

test("the blank template downloads as an .xlsx with every sheet, and dropped back asks for bands and tracks", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  const template = await download(page, page.getByRole("button", { name: "Download a blank workbook template" }));
  assert.equal(template.name, "mosaic-framework-template.xlsx");
  assert.equal(template.bytes.subarray(0, 2).toString("latin1"), "PK", "a zip archive, as every .xlsx is");
  assert.deepEqual(sheetNames(template.bytes), SHEETS);

  await fileInput(page).setInputFiles({ name: template.name, mimeType: XLSX, buffer: template.bytes });
  const lines = await problemLines(page);
  assert.ok(lines.some((line) => /^Bands: .*band/.test(line)), lines.join("\n"));
  assert.ok(lines.some((line) => /^Tracks: .*track/.test(line)), lines.join("\n"));
  assert.match(await workbookProblems(page).textContent(), new RegExp(`${template.name} has ${lines.length} problems`));
  assert.equal(await page.getByRole("region", { name: "Open draft" }).count(), 0, "nothing was opened");
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Export" }).click();
  await page.getByRole("heading", { level: 1, name: "Export" }).waitFor();
  await page.getByText("No draft is open. Open a draft to export.").waitFor();
  assert.equal(await page.getByRole("button", { name: /^Download/ }).count(), 0, "nothing to download without a draft");
  page.assertClean();
  await page.closeAll();
});

test("an HR author's two tracks: dropped, its two cells fixed, previewed, and exported as framework.json, CASE and Open Badges", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  await page.getByRole("button", { name: "Start from the published framework" }).click();
  const openDraft = page.getByRole("region", { name: "Open draft" });
  await openDraft.getByText("framework.json").waitFor();
  const before = await storedText(page);

  // Dropped with two mistakes: both located, the draft kept as it was.
  await drop(page, [{ name: "two-tracks.xlsx", mimeType: XLSX, buffer: readFileSync(join(FIXTURES, "two-tracks.xlsx")) }]);
  const lines = await problemLines(page);
  assert.equal(lines.length, 2, lines.join("\n"));
  assert.match(lines[0], /^Roles!D4: .*b9/);
  assert.match(lines[1], /^Expectations!D15: .*leadng/);
  assert.match(await workbookProblems(page).textContent(), /two-tracks\.xlsx has 2 problems, so it was not opened and the draft you had is unchanged/);
  await assertAccessible(page, "the Draft page with the workbook's problems");
  assert.equal(await storedText(page), before, "the open draft is not replaced");
  await openDraft.getByText("framework.json").waitFor();

  // The two cells fixed in the spreadsheet and dropped again.
  await drop(page, [{ name: "two-tracks.xlsx", mimeType: XLSX, buffer: readFileSync(join(FIXTURES, "two-tracks-fixed.xlsx")) }]);
  await page.getByRole("status").filter({ hasText: "Converted the workbook two-tracks.xlsx into the framework's JSON and opened it as the draft." }).waitFor();
  assert.equal(await workbookProblems(page).count(), 0, "the problems are gone");
  await openDraft.getByText("two-tracks.xlsx (a workbook, converted to the framework's JSON)").waitFor();
  await openDraft.getByText("It loads: Riverside Library careers, version 1.0.").waitFor();
  const converted = await storedText(page);

  // The site previewed with the two tracks.
  const nav = page.getByRole("navigation", { name: "Studio" });
  await nav.getByRole("link", { name: "Preview" }).click();
  for (const track of ["Librarian", "Branch leadership"]) {
    await page.getByRole("main").getByRole("link", { name: track, exact: true }).first().waitFor();
  }

  // Export: framework.json, CASE and Open Badges under the base URI, the workbook.
  await nav.getByRole("link", { name: "Export" }).click();
  await page.getByRole("heading", { level: 1, name: "Export" }).waitFor();
  const base = page.getByLabel("Base URI for identifiers");
  assert.equal(await base.inputValue(), url, "the careers site's address");
  await assertAccessible(page, "the Export page");

  const json = await download(page, page.getByRole("button", { name: "Download framework.json" }));
  assert.equal(json.name, "framework.json");
  assert.equal(json.bytes.toString("utf8"), converted);
  assert.deepEqual(JSON.parse(json.bytes).tracks.map((t) => t.name), ["Librarian", "Branch leadership"]);

  await base.fill("https://careers.example.org/case/");
  const casePackage = JSON.parse((await download(page, page.getByRole("button", { name: "Download CASE 1.1 JSON" }))).bytes);
  assert.equal(casePackage.CFDocument.title, "Riverside Library careers");
  assert.match(casePackage.CFDocument.uri, /^https:\/\/careers\.example\.org\/case\/[0-9a-f-]{36}$/);
  const titles = casePackage.CFItems.map((item) => `${item.abbreviatedStatement ?? ""} ${item.fullStatement}`);
  for (const name of ["Helping readers", "Librarian", "Branch leadership", "Senior librarian"]) {
    assert.ok(titles.some((t) => t.includes(name)), `a CFItem for ${name}`);
  }
  assert.ok(casePackage.CFRubrics.length > 0 && casePackage.CFAssociations.length > 0);

  const badges = JSON.parse((await download(page, page.getByRole("button", { name: "Download Open Badges 3.0 JSON" }))).bytes);
  assert.deepEqual(badges.map((b) => b.name).sort(), ["Cataloguing basics", "Story time facilitator"]);
  for (const badge of badges) {
    assert.deepEqual(badge.type, ["Achievement"]);
    assert.match(badge.id, /^https:\/\/careers\.example\.org\/case\//);
  }
  await page.getByText("2 achievements, one for each micro-credential and course in the draft, each aligned", { exact: false }).waitFor();

  // The workbook exported and dropped back: the same framework, byte for byte.
  const workbook = await download(page, page.getByRole("button", { name: "Download the workbook (.xlsx)" }));
  assert.equal(workbook.name, "framework.xlsx");
  assert.deepEqual(sheetNames(workbook.bytes).slice(0, 4), ["Framework", "Lint allow", "Changelog", "Bands"]);
  await nav.getByRole("link", { name: "Draft" }).click();
  await fileInput(page).setInputFiles({ name: workbook.name, mimeType: XLSX, buffer: workbook.bytes });
  await page.getByRole("status").filter({ hasText: "Converted the workbook framework.xlsx" }).waitFor();
  assert.equal(await storedText(page), converted, "framework → workbook → framework is identity");
  page.assertClean();
  await page.closeAll();
});

test("the workbook's CSV files, chosen together, work as the workbook does; other files can't come along", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  await fileInput(page).setInputFiles(csvFiles());
  const lines = await problemLines(page);
  assert.equal(lines.length, 2, lines.join("\n"));
  assert.match(lines[0], /^Roles!D4: /);
  assert.match(lines[1], /^Expectations!D15: /);

  const fixedCsv = csvFiles((name, text) =>
    name === "Roles.csv" ? text.replace(",b9,", ",b3,") : name === "Expectations.csv" ? text.replace(",leadng,", ",leading,") : text,
  );
  await drop(page, fixedCsv);
  await page.getByRole("status").filter({ hasText: `Converted the workbook of ${fixedCsv.length} CSV files` }).waitFor();
  await page.getByRole("region", { name: "Open draft" }).getByText("It loads: Riverside Library careers").waitFor();
  const fromCsv = await storedText(page);

  await fileInput(page).setInputFiles({ name: "two-tracks.xlsx", mimeType: XLSX, buffer: readFileSync(join(FIXTURES, "two-tracks-fixed.xlsx")) });
  await page.getByRole("status").filter({ hasText: "Converted the workbook two-tracks.xlsx" }).waitFor();
  assert.equal(await storedText(page), fromCsv, "the CSV files and the .xlsx give the same framework");

  await fileInput(page).setInputFiles([...csvFiles().slice(0, 2), { name: "framework.json", mimeType: "application/json", buffer: Buffer.from("{}") }]);
  await page.getByRole("alert").filter({ hasText: "These 3 files can't be opened together: only a workbook's CSV files come several at a time, and one of them is not a CSV file." }).waitFor();
  assert.equal(await storedText(page), fromCsv, "nothing replaced");
  page.assertClean();
  await page.closeAll();
});

test("only the studio's bundle carries the workbook code (calamine, rust_xlsxwriter, csv)", () => {
  // The .xlsx reader and writer name the archive's parts; the csv crate words its errors.
  const marks = ["CSV error", "sharedStrings", "xl/workbook.xml"];
  const wasm = readdirSync(DIST).filter((name) => name.endsWith("_bg.wasm"));
  const studio = wasm.filter((name) => name.startsWith("mosaic-studio"));
  assert.equal(studio.length, 1, wasm.join(", "));
  for (const name of wasm) {
    const text = readFileSync(join(DIST, name)).toString("latin1");
    const has = marks.filter((mark) => text.includes(mark));
    if (name.startsWith("mosaic-studio")) assert.deepEqual(has, marks, `${name} reads and writes workbooks`);
    else assert.deepEqual(has, [], `${name} links no workbook code`);
  }
});

test("a draft converted from a workbook shows each problem at the cell to fix, and where it is in the JSON", async () => {
  const page = await openPage(browser, url);
  await openStudio(page);
  // A framework with lint advice (25 tracks), saved as a workbook by the Export page.
  const text = readFileSync(join(ROOT, "tests/fixtures/format2/multi-discipline.json"));
  await fileInput(page).setInputFiles({ name: "multi-discipline.json", mimeType: "application/json", buffer: text });
  await page.getByRole("status").filter({ hasText: "Opened multi-discipline.json." }).waitFor();
  const nav = page.getByRole("navigation", { name: "Studio" });
  await nav.getByRole("link", { name: "Problems" }).click();
  const problems = page.locator("li.problem");
  await problems.first().waitFor();
  const count = await problems.count();
  assert.ok(count > 10, `the fixture has advice: ${count}`);
  assert.equal(await page.locator(".problem-cell").count(), 0, "a framework file's problems are at its lines");

  await nav.getByRole("link", { name: "Export" }).click();
  const workbook = await download(page, page.getByRole("button", { name: "Download the workbook (.xlsx)" }));
  await nav.getByRole("link", { name: "Draft" }).click();
  await fileInput(page).setInputFiles({ name: "team.xlsx", mimeType: XLSX, buffer: workbook.bytes });
  await page.getByRole("status").filter({ hasText: "Converted the workbook team.xlsx" }).waitFor();

  await nav.getByRole("link", { name: "Problems" }).click();
  await page.getByText("This draft was converted from a workbook: each problem names the cell to fix").waitFor();
  assert.equal(await problems.count(), count, "the same findings as the framework file");
  const cells = await page.locator(".problem-cell").allTextContents();
  assert.equal(cells.length, count, "every finding has its cell");
  for (const cell of cells) assert.match(cell, /^[A-Z][A-Za-z ]+![A-Z]+\d+$/);
  const first = await problems.first().locator(".problem-location").textContent();
  assert.match(first, /^[A-Z][A-Za-z ]+![A-Z]+\d+ \(column “[^”]+”\) · in the converted JSON: line \d+/);
  await assertAccessible(page, "the Problems page of a converted workbook");
  page.assertClean();
  await page.closeAll();
});
