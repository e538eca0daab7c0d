//! An on-demand fuzzer for what reads hostile text: the framework loader (`load_fast`, then
//! `load`, as the app calls them) and the personal-data decoders (the stored document, an
//! import file, a stored copy read without a framework, a manager's review, the studio's
//! draft, and a session opened over the stored value). Stable Rust only: no libFuzzer.
//!
//! It mutates a seed corpus (the framework fixtures, `public/framework.json` and documents
//! built here) at byte level (flip, insert, delete, duplicate, splice, interesting tokens)
//! and at structure level (a random JSON node replaced by deep nesting, a huge number, a long
//! string, a copy of another node, or removed), runs every target on every input, and
//! reports: a panic (the input is written to a file), a broken contract (the fast path
//! disagreeing with `load`; a decoded document that doesn't read back once written), and an
//! input slower than a bound (printed as a possible hang; never a timed assertion).
//!
//! Run it (docs/testing.md):
//! `MOSAIC_FUZZ_SECONDS=300 cargo test --release --test fuzz -- --ignored --nocapture`
//! with `MOSAIC_FUZZ_SEED` to repeat a run, `MOSAIC_FUZZ_SLOW_MS` (default 2000) for the
//! bound, `MOSAIC_FUZZ_OUT` (default `target/fuzz-findings`) for the findings, and
//! `MOSAIC_FUZZ_REPLAY=<file>` to run the targets on one saved input.
//! `fuzz_smoke` runs a few hundred inputs on a fixed seed with the other tests.

#[path = "support/dice.rs"]
mod dice;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dice::Dice;
use mosaic::core::assessment::review::Review;
use mosaic::core::assessment::session::Session;
use mosaic::core::assessment::session_data::SessionData;
use mosaic::core::assessment::storage::{decode_stored, encode_stored, read_import, stamp};
use mosaic::core::assessment::store::{Store, StoreError};
use mosaic::core::assessment::stored::StoredCopy;
use mosaic::core::assessment::{Assessment, Evidence, MilestoneStatus};
use mosaic::core::framework::{load, load_fast, Framework};
use mosaic::core::studio::Draft;
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The largest input tried: four times the largest fixture (the 10× framework, about 1 MB).
const MAX_INPUT: usize = 4 << 20;

/// What a run found wrong with one input.
#[derive(Debug)]
struct Finding {
    target: &'static str,
    what: String,
}

/// The framework every decoder reads against.
fn framework() -> &'static Framework {
    let text = std::fs::read_to_string(Path::new(ROOT).join("public/framework.json")).unwrap();
    Box::leak(Box::new(load(&text).unwrap().framework))
}

/// Framework files: the public one and every JSON fixture.
fn framework_seeds() -> Vec<String> {
    let mut files = vec![Path::new(ROOT).join("public/framework.json")];
    let mut dirs = vec![Path::new(ROOT).join("tests/fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Stored documents of every kind the decoders read, using every part of an assessment,
/// and the same at each older data version (so migrations run).
fn document_seeds(framework: &Framework) -> Vec<String> {
    let now = "2026-11-30T10:00:00Z";
    let mut a = Assessment { framework: stamp(framework), ..Default::default() };
    let scale = &framework.proficiency_scale;
    for (i, competency) in framework.competencies.iter().enumerate().take(6) {
        a.rate(framework, &competency.id, &scale[i % scale.len()].id, now).unwrap();
        a.add_rating_evidence(
            &competency.id,
            Evidence::new("Shipped it", "https://example.org/x", "2026-01-02").unwrap(),
            now,
        );
    }
    if let Some((role, _, level)) = framework.roles().find(|(_, _, l)| !l.milestones.is_empty()) {
        a.set_milestone_status(framework, &role, &level.milestones[0].id, MilestoneStatus::ALL[1], now);
    }
    a.plan.add_own("Pair with the platform team", None, "2027-01-01", now).unwrap();
    a.plan.add_checkin("2026-11-30", "Went well").unwrap();
    a.take_snapshot("Before the review", "2026-11-30");
    let current = encode_stored(&a, now, Some("mosaic:assessment:x:unreadable:t"));
    let mut seeds = vec![current.clone()];
    for version in [1, 2] {
        let mut old: Value = serde_json::from_str(&current).unwrap();
        old["schema_version"] = version.into();
        seeds.push(old.to_string());
    }
    let mut review = Review::new("Sam Lee", framework);
    review.manager.rate(framework, &framework.competencies[0].id, &scale[0].id, now).unwrap();
    review.load_their_file(a.clone());
    seeds.push(review.encode_stored(now, None));
    let draft = Draft::open(Some("framework.json".into()), "{\"format\": 2}".into(), now).unwrap();
    seeds.push(Some(draft).encode_stored(now, None));
    seeds
}

/// A store holding one value, for opening a session over it.
struct OneValue(std::collections::BTreeMap<String, String>);

impl Store for OneValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.0.keys().cloned().collect())
    }
}

/// Every target on one input; `Err` on a broken contract (a panic unwinds out of it).
fn run_targets(text: &str, framework: &'static Framework) -> Vec<(&'static str, Result<(), String>)> {
    type Target = (&'static str, Box<dyn Fn(&str) -> Result<(), String>>);
    let targets: Vec<Target> = vec![
        (
            "framework loader",
            Box::new(|text| {
                let fast = load_fast(text);
                let full = load(text);
                match fast {
                    Some(fast) if fast != full => Err("load_fast and load disagree".into()),
                    _ => Ok(()),
                }
            }),
        ),
        (
            "assessment decoder",
            Box::new(|text| match decode_stored(text) {
                Ok(stored) => {
                    let again = encode_stored(&stored.assessment, "t", stored.recovered_from.as_deref());
                    match decode_stored(&again) {
                        Ok(read) if read == stored => Ok(()),
                        Ok(_) => Err("a decoded document reads back different once written".into()),
                        Err(err) => Err(format!("a decoded document doesn't read back once written: {err}")),
                    }
                }
                Err(_) => Ok(()),
            }),
        ),
        (
            "import file",
            Box::new(move |text| {
                let _ = read_import(text, framework);
                Ok(())
            }),
        ),
        (
            "stored copy",
            Box::new(|text| {
                let _ = StoredCopy::read("mosaic:assessment:northwind-careers", text);
                Ok(())
            }),
        ),
        (
            "review and draft decoders",
            Box::new(|text| {
                let _ = <Review as SessionData>::decode_stored(text);
                let _ = <Option<Draft> as SessionData>::decode_stored(text);
                Ok(())
            }),
        ),
        (
            "session opened over it",
            Box::new(move |text| {
                let key = "mosaic:assessment:northwind-careers".to_string();
                let mut store = OneValue([(key.clone(), text.to_string())].into());
                let session = Session::open(&mut store, framework, "t");
                let _ = session.export("t");
                Ok(())
            }),
        ),
    ];
    targets
        .iter()
        .map(|(name, run)| {
            let outcome = catch_unwind(AssertUnwindSafe(|| run(text)))
                .unwrap_or_else(|panic| Err(format!("panicked: {}", panic_message(&panic))));
            (*name, outcome)
        })
        .collect()
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-1",
    "1e308",
    "-1e309",
    "18446744073709551616",
    "-9223372036854775809",
    "1.5",
    "\"\"",
    "\\u0000",
    "\\ud800",
    "\\\"",
    "\u{feff}",
    "\u{202e}",
    "<script>",
    "\"kind\"",
    "\"schema_version\"",
    "\"id\"",
    "\"format\"",
    "\n",
    "\t",
];

/// One mutation of `input`, byte- or structure-level.
fn mutate(input: &str, corpus: &[String], dice: &mut Dice) -> String {
    let mut bytes = input.as_bytes().to_vec();
    let at = |dice: &mut Dice, len: usize| dice.below(len as u64 + 1) as usize;
    match dice.below(10) {
        0 if !bytes.is_empty() => {
            let i = at(dice, bytes.len() - 1);
            bytes[i] ^= 1 << dice.below(8);
        }
        1 => {
            let token = TOKENS[dice.below(TOKENS.len() as u64) as usize];
            let i = at(dice, bytes.len());
            bytes.splice(i..i, token.bytes());
        }
        2 if !bytes.is_empty() => {
            let start = at(dice, bytes.len());
            let end = (start + dice.between(1, 64) as usize).min(bytes.len());
            bytes.drain(start..end);
        }
        3 if !bytes.is_empty() => {
            let start = at(dice, bytes.len());
            let end = (start + dice.between(1, 256) as usize).min(bytes.len());
            let copy = bytes[start..end].to_vec();
            let i = at(dice, bytes.len());
            bytes.splice(i..i, copy);
        }
        4 => {
            // Splice: the start of this input, the end of another.
            let other = corpus[dice.below(corpus.len() as u64) as usize].as_bytes();
            let cut = at(dice, bytes.len());
            let from = at(dice, other.len());
            bytes.truncate(cut);
            bytes.extend_from_slice(&other[from..]);
        }
        _ => return mutate_structure(input, dice).unwrap_or_else(|| mutate(input, corpus, dice)),
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A random node of the parsed input replaced, copied or removed; `None` when it isn't JSON.
fn mutate_structure(input: &str, dice: &mut Dice) -> Option<String> {
    let mut value: Value = serde_json::from_str(input).ok()?;
    let pointers = pointers(&value);
    let pointer = &pointers[dice.below(pointers.len() as u64) as usize];
    let copy = value.pointer(&pointers[dice.below(pointers.len() as u64) as usize]).cloned()?;
    let replacement = match dice.below(9) {
        0 => {
            let depth = dice.between(10, 5000) as usize;
            let open = if dice.chance(50) { "[" } else { "{\"a\":" };
            let close = if open == "[" { "]" } else { "}" };
            let text = format!("{}0{}", open.repeat(depth), close.repeat(depth));
            // Deeper than serde_json reads: spliced in as text instead.
            return Some(splice_text(&value, pointer, &text));
        }
        1 => serde_json::from_str::<Value>(
            ["1e308", "18446744073709551615", "-9223372036854775808", "0.0000001", "4294967296"]
                [dice.below(5) as usize],
        )
        .unwrap(),
        2 => Value::String("é".repeat(dice.between(1, 200_000) as usize)),
        3 => Value::Array(vec![copy; dice.between(2, 2000) as usize]),
        4 => copy,
        5 => Value::Null,
        6 => Value::String(String::new()),
        7 => {
            remove(&mut value, pointer);
            return Some(value.to_string());
        }
        _ => Value::Object(Default::default()),
    };
    if let Some(node) = value.pointer_mut(pointer) {
        *node = replacement;
    }
    Some(if dice.chance(50) { value.to_string() } else { serde_json::to_string_pretty(&value).unwrap() })
}

/// `text` in place of the node at `pointer`, by marking it and replacing the mark.
fn splice_text(value: &Value, pointer: &str, text: &str) -> String {
    let mut marked = value.clone();
    if let Some(node) = marked.pointer_mut(pointer) {
        *node = Value::String("\u{1}fuzz-mark\u{1}".into());
    }
    marked.to_string().replacen("\"\\u0001fuzz-mark\\u0001\"", text, 1)
}

fn remove(value: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else { return };
    match value.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        Some(Value::Array(list)) => {
            if let Ok(i) = last.parse::<usize>() {
                if i < list.len() {
                    list.remove(i);
                }
            }
        }
        _ => {}
    }
}

/// The JSON pointer of every node (the root is "").
fn pointers(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), value)];
    while let Some((at, node)) = stack.pop() {
        match node {
            Value::Object(map) => {
                for (k, v) in map {
                    stack.push((format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), v));
                }
            }
            Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    stack.push((format!("{at}/{i}"), v));
                }
            }
            _ => {}
        }
        out.push(at);
    }
    out
}

/// Runs the fuzzer for `budget` or `max_inputs`, whichever ends first; returns the findings
/// (written under `out`) and how many inputs ran.
fn fuzz(seed: u64, budget: Duration, max_inputs: u64, slow: Duration, out: &Path) -> (Vec<Finding>, u64) {
    let framework = framework();
    let mut corpus = framework_seeds();
    corpus.extend(document_seeds(framework));
    let mut dice = Dice(seed | 1);
    let started = Instant::now();
    let mut findings = Vec::new();
    let mut inputs = 0;
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    while started.elapsed() < budget && inputs < max_inputs {
        let base = corpus[dice.below(corpus.len() as u64) as usize].clone();
        let mut input = base;
        for _ in 0..dice.between(1, 4) {
            input = mutate(&input, &corpus, &mut dice);
        }
        if input.len() > MAX_INPUT {
            // Copies of copies grow without bound: beyond the sizes worth trying, start again.
            continue;
        }
        inputs += 1;
        let began = Instant::now();
        let outcomes = run_targets(&input, framework);
        let took = began.elapsed();
        let mut failed = false;
        for (target, outcome) in outcomes {
            if let Err(what) = outcome {
                failed = true;
                findings.push(Finding { target, what });
            }
        }
        if took > slow {
            println!("fuzz: slow input ({} ms, {} bytes): possible hang", took.as_millis(), input.len());
            findings.push(Finding { target: "all", what: format!("slow: {} ms", took.as_millis()) });
            failed = true;
        }
        if failed {
            std::fs::create_dir_all(out).unwrap();
            let file = out.join(format!("input-{seed}-{inputs}.json"));
            std::fs::write(&file, &input).unwrap();
            let last = findings.last().unwrap();
            println!("fuzz: {}: {} — input saved to {}", last.target, last.what, file.display());
        } else if input.len() < 300_000 && dice.chance(2) {
            // Keep some mutants as seeds, so mutations build on each other.
            corpus.push(input);
        }
    }
    std::panic::set_hook(quiet);
    (findings, inputs)
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn out_dir() -> PathBuf {
    std::env::var_os("MOSAIC_FUZZ_OUT")
        .map_or_else(|| Path::new(ROOT).join("target/fuzz-findings"), PathBuf::from)
}

/// The fuzzer, on demand.
#[test]
#[ignore = "on demand: MOSAIC_FUZZ_SECONDS=300 cargo test --release --test fuzz -- --ignored --nocapture"]
fn fuzz_loader_and_decoders() {
    let out = out_dir();
    if let Some(file) = std::env::var_os("MOSAIC_FUZZ_REPLAY") {
        let input = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        let began = Instant::now();
        for (target, outcome) in run_targets(&input, framework()) {
            println!("{target}: {outcome:?}");
        }
        println!("took {} ms", began.elapsed().as_millis());
        return;
    }
    let seed = env_number(
        "MOSAIC_FUZZ_SEED",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
    );
    let seconds = env_number("MOSAIC_FUZZ_SECONDS", 30);
    let slow = Duration::from_millis(env_number("MOSAIC_FUZZ_SLOW_MS", 2000));
    println!("fuzz: seed {seed}, {seconds} s, findings to {}", out.display());
    let (findings, inputs) = fuzz(seed, Duration::from_secs(seconds), u64::MAX, slow, &out);
    println!("fuzz: {inputs} inputs, {} findings", findings.len());
    assert!(findings.is_empty(), "{findings:#?}");
}

/// A short run on a fixed seed with the other tests: the fuzzer works, and finds nothing.
#[test]
fn fuzz_smoke() {
    let out = std::env::temp_dir().join("mosaic-fuzz-smoke");
    let (findings, inputs) = fuzz(7, Duration::from_secs(600), 150, Duration::from_secs(3600), &out);
    assert_eq!(inputs, 150);
    assert!(findings.is_empty(), "{findings:#?}");
}
