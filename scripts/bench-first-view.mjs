// First-view benchmark (issue 10): how soon a candidate opening the careers site cold on a
// phone sees the overview, against a bare Leptos CSR hello-world built the same way
// (bench/hello-world: same Leptos, release profile, wasm-bindgen and wasm-opt). It prints
// figures and asserts nothing about time; it fails only when a page never becomes ready,
// throws, or was not loaded cold.
//
//   node scripts/bench-first-view.mjs [APP_DIST] [HELLO_DIST] [--runs 7] [--network-runs 3]
//
// APP_DIST defaults to dist/ (built with `trunk build --release --public-url /careers/`),
// HELLO_DIST to bench/hello-world/dist/ (`cd bench/hello-world && trunk build --release`).
// BENCH_RUNS and BENCH_NETWORK_RUNS set the same counts; 0 network runs skips that profile.
//
// Each load runs in a fresh browser context (empty HTTP cache), in headless Chromium with the
// CPU throttled 4× (DevTools' Emulation.setCPUThrottlingRate), both builds served under
// /careers/ by scripts/serve.mjs with brotli, as a host would. Loads are interleaved
// (hello-world, overview, role page, /assess, then again) so that a busy moment of the
// machine hits every page alike. "Ready" is recorded in the page: an init script watches the
// document with a MutationObserver and writes performance.now() (time since the navigation
// started) when the page's ready element first exists.
// - hello-world: its `#hello` heading;
// - overview (`/careers/`): a row of the track map (src/app/pages/overview/track_map.rs),
//   drawn ahead of time (overview.html) as the build ships it;
// - the overview with framework.json replaced since the build (a copy of the build whose
//   framework.json has one more newline): the same row, drawn by the overview bundle;
// - role page, a deep link (`/careers/tracks/<first track>/<its middle level>`): its heading;
// - /assess, a private page: its first rating control (a radio in a fieldset).
// The overview's time over the hello-world's (ratio of medians) is the target
// (≤ 1.5). The overview run with the median time also prints its waterfall (Resource Timing):
// when each file started and finished arriving, and its bytes on the wire.
// A second profile adds a slow 4G network (150 ms round trip, 1.6 Mbps down) to the 4× CPU.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchBrowser, BASE, DIST, ROOT } from "../tests/e2e/harness.mjs";
import { spawn } from "node:child_process";

const option = (name, env, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0) return Number(process.argv[i + 1]);
  return process.env[env] !== undefined ? Number(process.env[env]) : fallback;
};
const paths = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && !all[i - 1]?.startsWith("--"));
const appDist = resolve(paths[0] ?? DIST);
const helloDist = resolve(paths[1] ?? join(ROOT, "bench/hello-world/dist"));
const RUNS = option("runs", "BENCH_RUNS", 7);
const NETWORK_RUNS = option("network-runs", "BENCH_NETWORK_RUNS", 3);
const CPU_SLOWDOWN = 4;
const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const TARGET_RATIO = 1.5;
// Generous: a cold load at 4× CPU on a slow network takes seconds, not a minute.
const READY_TIMEOUT_MS = 60_000;

function fail(message) {
  console.error(`bench-first-view: ${message}`);
  process.exit(1);
}

for (const [dir, build] of [
  [appDist, "trunk build --release --public-url /careers/"],
  [helloDist, "(cd bench/hello-world && trunk build --release)"],
]) {
  const index = join(dir, "index.html");
  if (!existsSync(index)) fail(`${index} is missing; build it first: ${build}`);
  // Quoted or not: a minified index.html leaves the value bare.
  if (!new RegExp(`<base href="?${BASE}"?[\\s>/]`).test(readFileSync(index, "utf8"))) {
    fail(`${index} is not built for ${BASE}; build it with: ${build}`);
  }
}

// A deep link into the framework the build ships: the first track's middle level.
const framework = JSON.parse(readFileSync(join(appDist, "framework.json"), "utf8"));
const track = framework.tracks[0];
const level = track.levels[Math.floor(track.levels.length / 2)];
const rolePath = `tracks/${encodeURIComponent(track.id)}/${encodeURIComponent(level.id)}`;

const PAGES = [
  { name: "hello-world", site: "hello", path: "", ready: { selector: "#hello" }, what: "its #hello heading" },
  {
    name: "overview",
    site: "app",
    path: "",
    ready: { selector: "table.track-map tbody tr" },
    what: "a row of the track map (table.track-map, src/app/pages/overview/track_map.rs)",
  },
  {
    name: "overview, framework replaced",
    site: "replaced",
    path: "",
    ready: { selector: "table.track-map tbody tr" },
    what: "a row of the track map, drawn by the overview bundle",
  },
  {
    name: `role page (${rolePath})`,
    site: "app",
    path: rolePath,
    ready: { selector: "h1", text: level.title },
    what: `its heading "${level.title}"`,
  },
  {
    name: "assess (private)",
    site: "app",
    path: "assess",
    ready: { selector: 'fieldset input[type="radio"]' },
    what: "a rating radio in a fieldset",
  },
];

// In the page, before any of its own scripts: resolves `window.__firstViewReady` with the
// time since the navigation started at which the ready element first exists. A mutation
// observer runs right after the DOM change that adds it, so the time has no polling delay.
function watchForReady({ selector, text }) {
  const present = () =>
    text === undefined
      ? document.querySelector(selector) !== null
      : [...document.querySelectorAll(selector)].some((element) => element.textContent.trim() === text);
  window.__firstViewReady = new Promise((ready) => {
    const observer = new MutationObserver(() => {
      if (!present()) return;
      observer.disconnect();
      ready(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

// In the page: every file it fetched, from Resource Timing (times in ms since the
// navigation started; sizes in bytes, transfer including headers).
function resourceTimings() {
  const [navigation] = performance.getEntriesByType("navigation");
  return [navigation, ...performance.getEntriesByType("resource")].map((entry) => ({
    url: entry.name,
    start: entry.startTime,
    end: entry.responseEnd,
    transfer: entry.transferSize,
    encoded: entry.encodedBodySize,
    decoded: entry.decodedBodySize,
  }));
}

/** One cold load of `url` in a fresh context; the time to ready and the files fetched. */
async function coldLoad(browser, page, url, network) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    const devtools = await context.newCDPSession(tab);
    await devtools.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    if (network) {
      await devtools.send("Network.enable");
      await devtools.send("Network.emulateNetworkConditions", { offline: false, ...network });
    }
    await tab.addInitScript(watchForReady, page.ready);
    await tab.goto(url, { waitUntil: "commit" });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), READY_TIMEOUT_MS);
    });
    const ready = await Promise.race([tab.evaluate(() => window.__firstViewReady), timeout]).catch((error) => {
      const why = error.message === "timeout" ? `not within ${READY_TIMEOUT_MS / 1000} s` : error.message;
      const seen = errors.length ? `; page errors: ${errors.join("; ")}` : "";
      fail(`${page.name} at ${url} never became ready (${page.what}): ${why}${seen}`);
    });
    clearTimeout(timer);
    if (errors.length) fail(`${page.name} at ${url} threw: ${errors.join("; ")}`);
    const files = await tab.evaluate(resourceTimings);
    // The app's own marks (public/loader.js, src/app/first_view.rs): where the time went.
    const marks = await tab.evaluate(() =>
      performance.getEntriesByType("mark").filter((m) => m.name.startsWith("mosaic:")).map((m) => [m.name, m.startTime]),
    );
    // Cold: every file came over the network (the front page drawn ahead fetches no wasm).
    const fetched = files.slice(1);
    const cached = fetched.filter((file) => file.transfer === 0).map((file) => file.url);
    if (!fetched.length || cached.length) {
      fail(`${page.name} at ${url} did not fetch its files over the network (${cached.join(", ")}): the load was not cold`);
    }
    return { ready, files, marks: Object.fromEntries(marks) };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

/** `runs` interleaved rounds of cold loads of every page; the loads per page. */
async function measure(browser, urls, runs, network) {
  const loads = new Map(PAGES.map((page) => [page, []]));
  for (let round = 0; round < runs; round++) {
    for (const page of PAGES) {
      loads.get(page).push(await coldLoad(browser, page, urls[page.site] + page.path, network));
    }
  }
  return loads;
}

function report(title, loads, runs) {
  const hello = median(loads.get(PAGES[0]).map((load) => load.ready));
  console.log(`\n${title}; ${runs} cold loads each, interleaved`);
  console.log(`${pad("page", 34)}${padStart("median", 9)}${padStart("min", 9)}${padStart("max", 9)}  × hello-world`);
  for (const [page, list] of loads) {
    const times = list.map((load) => load.ready);
    const ratio = page === PAGES[0] ? "" : `${(median(times) / hello).toFixed(2)}`;
    console.log(
      `${pad(page.name, 34)}${padStart(ms(median(times)), 9)}${padStart(ms(Math.min(...times)), 9)}` +
        `${padStart(ms(Math.max(...times)), 9)}  ${ratio}`,
    );
  }
  const overview = loads.get(PAGES[1]);
  const ratio = median(overview.map((load) => load.ready)) / hello;
  // Each round's own ratio shows how much of the spread the machine's load explains.
  const rounds = overview.map((load, i) => load.ready / loads.get(PAGES[0])[i].ready);
  console.log(
    `overview ready / hello-world ready: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ` +
      `${ratio <= TARGET_RATIO ? "met" : "not met"}); per round ${Math.min(...rounds).toFixed(2)}–` +
      `${Math.max(...rounds).toFixed(2)}`,
  );
}

/** The files of the load whose time is the median, in the order they started. */
function waterfall(title, list, base) {
  const sorted = [...list].sort((a, b) => a.ready - b.ready);
  const load = sorted[(sorted.length - 1) >> 1];
  console.log(`\n${title} (the median load, ready at ${ms(load.ready)}): ms since the navigation started`);
  console.log(`${pad("file", 40)}${padStart("start", 8)}${padStart("end", 8)}${padStart("on the wire", 13)}${padStart("body", 11)}`);
  let total = 0;
  for (const file of [...load.files].sort((a, b) => a.start - b.start)) {
    const name = file.url.startsWith(base) ? file.url.slice(base.length) || "(page)" : file.url;
    total += file.transfer;
    console.log(
      `${pad(name, 40)}${padStart(Math.round(file.start), 8)}${padStart(Math.round(file.end), 8)}` +
        `${padStart(kb(file.transfer), 13)}${padStart(kb(file.decoded), 11)}`,
    );
  }
  console.log(`${pad("total", 56)}${padStart(kb(total), 13)}`);
}

/** The median moment of each of the app's marks over `list`, after the last file arrived. */
function phases(title, list) {
  const arrived = median(list.map((load) => Math.max(...load.files.map((file) => file.end))));
  const names = [...new Set(list.flatMap((load) => Object.keys(load.marks)))];
  if (!names.length) return;
  console.log(`\n${title}: medians over the loads, ms since the navigation started`);
  const rows = [["every file arrived", arrived], ...names.map((name) => [name, median(list.map((load) => load.marks[name] ?? NaN))])];
  rows.push(["ready", median(list.map((load) => load.ready))]);
  for (const [name, at] of rows.sort((a, b) => a[1] - b[1])) console.log(`${pad(name, 40)}${padStart(Math.round(at), 8)}`);
}

/**
 * scripts/serve.mjs serving `dir` in a process of its own, so that this process's work
 * (driving the browser) never delays a response; resolves with the child and its URL.
 */
// Stopped on any exit, a failure's included.
const children = [];
process.on("exit", () => children.forEach((child) => child.kill()));
function serveApart(dir) {
  const child = spawn(process.execPath, [join(ROOT, "scripts/serve.mjs"), "--dir", dir, "--port", "0", "--base", BASE, "--compress"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((ready, broken) => {
    child.stdout.setEncoding("utf8");
    child.stdout.once("data", (line) => {
      const url = line.match(/(http:\/\/\S+)/)?.[1];
      if (url) ready({ child, url });
      else broken(new Error(`unexpected output from scripts/serve.mjs: ${line}`));
    });
    child.once("exit", (code) => broken(new Error(`scripts/serve.mjs stopped (exit ${code})`)));
  });
}

// framework.json replaced on the host since the build, as an author may: one more newline is
// another file to the loader (its SHA-256 differs from overview.html's stamp).
const replacedDist = mkdtempSync(join(tmpdir(), "mosaic-bench-replaced-"));
cpSync(appDist, replacedDist, { recursive: true });
appendFileSync(join(replacedDist, "framework.json"), "\n");
const servers = await Promise.all([appDist, helloDist, replacedDist].map(serveApart)).catch((error) => fail(error.message));
const browser = await launchBrowser();
try {
  const [app, hello, replaced] = servers.map((server) => server.url);
  const urls = { app, hello, replaced };
  // One round first, not counted: the server compresses each file once, and the browser
  // starts the processes it keeps.
  await measure(browser, urls, 1, null);
  console.log(
    `First-view benchmark: headless Chromium, ${CPU_SLOWDOWN}× CPU slowdown, fresh context per load, ` +
      `brotli from 127.0.0.1, 360×800 viewport\napp ${appDist}\nhello-world ${helloDist}`,
  );
  const cpu = await measure(browser, urls, RUNS, null);
  report(`${CPU_SLOWDOWN}× CPU (the target's profile)`, cpu, RUNS);
  waterfall("Waterfall, overview", cpu.get(PAGES[1]), app);
  waterfall("Waterfall, hello-world", cpu.get(PAGES[0]), hello);
  phases("Phases of the overview's load (the app's performance marks)", cpu.get(PAGES[1]));
  waterfall("Waterfall, overview with framework.json replaced (drawn by the bundle)", cpu.get(PAGES[2]), replaced);
  phases("Phases of the overview's load with framework.json replaced", cpu.get(PAGES[2]));
  if (NETWORK_RUNS > 0) {
    const slow = await measure(browser, urls, NETWORK_RUNS, SLOW_4G);
    report(`${CPU_SLOWDOWN}× CPU and slow 4G (150 ms round trip, 1.6 Mbps down)`, slow, NETWORK_RUNS);
    waterfall("Waterfall, overview on slow 4G", slow.get(PAGES[1]), app);
    waterfall("Waterfall, hello-world on slow 4G", slow.get(PAGES[0]), hello);
  }
} finally {
  await browser.close();
  for (const { child } of servers) child.kill();
}
