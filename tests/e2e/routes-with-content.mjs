// Every route of the app, public and private, with content in it: a person's stored
// assessment (ratings, evidence, a current role, milestones untouched), a development plan
// with a target, actions and a check-in, two history snapshots, and a review of someone else.
// Shared by the tests that sweep every page (axe-every-route, robust-rendering).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, distWithFramework, DIST, ROOT } from "./harness.mjs";

/** The frameworks the sweeps run on: the sample and format-2 fixtures, with a plan each. */
export const FRAMEWORKS = [
  { name: "the sample framework", file: "public/framework.json", current: "technical/t2", target: "technical/t5" },
  { name: "ladder-yaml (format 2)", file: "tests/fixtures/format2/ladder-yaml.json", current: "engineering/engineer-1", target: "engineering-management/engineering-manager" },
  { name: "multi-discipline (format 2)", file: "tests/fixtures/format2/multi-discipline.json", current: "product-manager/product-manager", target: "product-analyst/lead-product-analyst" },
];

/** The framework's text and a dist/ serving it (dist/ itself for the sample). */
export function hostingDir(entry) {
  const text = readFileSync(join(ROOT, entry.file), "utf8");
  return { dir: entry.file === "public/framework.json" ? DIST : distWithFramework(text), framework: JSON.parse(text) };
}

const roleRef = (key) => {
  const [track, level] = key.split("/");
  return { track, level };
};

/** Every competency's scale steps, by competency ID. */
function stepsOf(framework) {
  const scales = Object.fromEntries((framework.scales ?? []).map((s) => [s.id, s.levels]));
  return Object.fromEntries(
    framework.competencies.map((c) => [c.id, c.scale ? scales[c.scale] : framework.proficiency_scale]),
  );
}

/** The stored document of a person well into their journey on `framework`. */
export function storedDocument(framework, entry) {
  const steps = stepsOf(framework);
  const at = (rank) =>
    Object.fromEntries(framework.competencies.map((c) => [c.id, steps[c.id][Math.min(rank, steps[c.id].length - 1)].id]));
  const ratings = Object.fromEntries(
    Object.entries(at(1)).map(([id, proficiency], i) => [
      id,
      {
        proficiency,
        updated: "2026-11-01T00:00:00Z",
        ...(i === 0 ? { evidence: [{ note: "Led the design review of the new intake form", date: "2026-10-01" }] } : {}),
      },
    ]),
  );
  const [first, second] = framework.competencies;
  const learning = framework.learning?.[0];
  return JSON.stringify({
    kind: "mosaic-assessment",
    schema_version: 3,
    saved_at: "2026-11-01T00:00:00Z",
    assessment: {
      framework: { id: framework.meta.id, version: framework.meta.version },
      profile: { current_role: roleRef(entry.current) },
      ratings,
      snapshots: [
        { id: "s1", label: "Q2 review", date: "2026-06-30", ratings: at(0) },
        { id: "s2", label: "Q3 review", date: "2026-09-30", ratings: at(1) },
      ],
      plan: {
        target: roleRef(entry.target),
        actions: [
          { id: "a1", title: "Pair with a senior colleague on two reviews", competencies: [first.id, second.id], target_date: "2027-01-31", status: "in_progress", updated: "2026-11-01T00:00:00Z" },
          ...(learning
            ? [{ id: "a2", title: learning.title, learning: learning.id, competencies: learning.grows.map((g) => g.competency), target_date: "2027-03-31", status: "planned", updated: "2026-11-01T00:00:00Z" }]
            : []),
        ],
        checkins: [{ id: "c1", date: "2026-10-15", note: "Talked about the next step with my manager" }],
      },
    },
  });
}

/** A page whose localStorage holds the person's document before the app first starts. */
export async function seed(page, framework, entry) {
  const key = `mosaic:assessment:${framework.meta.id}`;
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [key, storedDocument(framework, entry)]);
}

/** Starts a review of "Ana Lima" holding the person's own export as her file. */
export async function startReview(page, url, framework, entry) {
  await page.goto(url + "review");
  await appReady(page);
  await page.getByLabel("Their name").fill("Ana Lima");
  await page.getByRole("button", { name: "Start a review" }).click();
  await page.getByRole("heading", { level: 2, name: "Your review of Ana Lima" }).waitFor();
  await page.getByLabel("Ana Lima's exported file").setInputFiles({
    name: "ana-export.json",
    mimeType: "application/json",
    buffer: Buffer.from(storedDocument(framework, entry)),
  });
  await page.getByText(/^Their file is loaded/).waitFor();
}

/** Every route with content: [label, path relative to the site's base]. */
export function routes(framework, entry) {
  const track = framework.tracks.find((t) => t.levels.length > 1) ?? framework.tracks[0];
  const competency = framework.competencies[0];
  const [targetTrack, targetLevel] = entry.target.split("/");
  const word = competency.name.split(/\s+/)[0].toLowerCase();
  return [
    ["overview", ""],
    ["track", `tracks/${track.id}`],
    ["role", `tracks/${track.id}/${track.levels[1].id}`],
    ["competency", `competencies/${competency.id}`],
    ["compare", `compare?a=${entry.current}&b=${entry.target}`],
    ["search", `search?q=${encodeURIComponent(word)}`],
    ["search, nothing found", "search?q=zzqxv"],
    ["not found", "no-such-page"],
    ["assess", "assess"],
    ["fit", "fit"],
    ["gap view", `fit/${targetTrack}/${targetLevel}`],
    ["history", "history"],
    ["plan", "plan"],
    ["data", "data"],
    ["review, list", "review"],
    ["review of Ana Lima", "review?person=ana-lima"],
  ];
}

/** Goes to a route and waits until its content (not only the shell) is drawn. */
export async function visit(page, url, path) {
  await page.goto(url + path);
  await appReady(page);
  await page.waitForLoadState("networkidle");
  // The private bundle is lazy: wait for the main heading to be this page's, then a frame.
  await page.waitForFunction(() => !document.querySelector(".loading-status"));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Opens every disclosure, so what is folded away is checked too. */
export async function openEveryDisclosure(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}
