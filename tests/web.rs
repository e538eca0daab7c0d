//! Components mounted in a real browser (wasm-bindgen-test in headless Chromium), asserting
//! on the DOM they produce. Run by `scripts/test`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mosaic::app::components::{ExamplesSignalsLinks, ParityStatus, ProblemList};
use mosaic::app::{public_routes, Area, Explorer};
use mosaic::core::framework::{load, Link, Loaded};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// A fresh element to mount into, so tests don't see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let document = document();
    let element = document.create_element("div").unwrap().unchecked_into::<web_sys::HtmlElement>();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn leaked(text: &str) -> &'static Loaded {
    Box::leak(Box::new(load(text).expect("fixture loads")))
}

async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn shows_every_problem_with_its_location() {
    let root = container();
    let problems = load("{\"format\": 1, \"meta\": 3}").unwrap_err();
    let count = problems.len();
    let _handle =
        mount_to(root.clone(), move || view! { <ProblemList problems=problems.clone() label="Errors" /> });
    let items = root.query_selector_all("li.problem").unwrap();
    assert_eq!(items.length() as usize, count);
    let text = root.text_content().unwrap();
    assert!(text.contains("line 1, column 23 (meta)"), "{text}");
    assert!(text.contains("Missing section `governance`"), "{text}");
}

#[wasm_bindgen_test]
fn parity_status_says_tracks_are_equal_when_they_are() {
    let root = container();
    let loaded = leaked(MINIMAL);
    let _handle = mount_to(root.clone(), move || {
        provide_context(loaded);
        view! { <ParityStatus /> }
    });
    let text = root.text_content().unwrap();
    assert!(
        text.contains(
            "Band 3 (b3), the highest band people management reaches, is open without managing anyone"
        ),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn parity_status_lists_what_breaks_parity() {
    let root = container();
    let mut value: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    value["tracks"][1]["levels"][1]["compensation"] =
        serde_json::json!({ "min": 1, "mid": 2, "max": 3, "currency": "EUR" });
    let loaded = leaked(&value.to_string());
    let _handle = mount_to(root.clone(), move || {
        provide_context(loaded);
        view! { <ParityStatus /> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("Pay differs by track at these bands:Band 3 (b3)"), "{text}");
    assert!(!text.contains("line "), "the located warning is for the authors: {text}");
}

#[wasm_bindgen_test]
async fn overview_lists_every_track_against_the_bands() {
    let root = container();
    let loaded = leaked(MINIMAL);
    let _handle = mount_to(root.clone(), move || {
        leptos_meta::provide_meta_context();
        view! { <Explorer loaded area=Area::Public routes=public_routes /> }
    });
    next_tick().await;
    let headers: Vec<String> = (0..)
        .map_while(|i| root.query_selector_all(".track-map thead th").unwrap().get(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect();
    assert_eq!(headers.len(), 3, "{headers:?}");
    assert!(headers[1].starts_with("Technical"));
    assert!(headers[2].starts_with("Management"));
    let rows = root.query_selector_all(".track-map tbody tr").unwrap();
    assert_eq!(rows.length(), 3, "one row per band");
    let first_row = rows.get(0).unwrap().text_content().unwrap();
    assert!(
        first_row.contains("Staff Engineer") && first_row.contains("Manager"),
        "top band first: {first_row}"
    );
}

#[wasm_bindgen_test]
async fn framework_text_that_looks_like_markup_renders_as_text() {
    let root = container();
    let mut value: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    value["tracks"][0]["name"] = serde_json::json!("<script>alert(1)</script><b>bold</b>");
    let loaded = leaked(&value.to_string());
    let _handle = mount_to(root.clone(), move || {
        leptos_meta::provide_meta_context();
        view! { <Explorer loaded area=Area::Public routes=public_routes /> }
    });
    next_tick().await;
    assert!(root.text_content().unwrap().contains("<script>alert(1)</script><b>bold</b>"));
    assert!(root.query_selector("main script").unwrap().is_none());
    assert!(root.query_selector("main b").unwrap().is_none());
}

#[wasm_bindgen_test]
fn examples_signals_and_links_are_labelled_lists_with_only_web_links_as_links() {
    let root = container();
    let examples: &'static [String] = Vec::leak(vec!["<b>Led</b> the migration".to_string()]);
    let signals: &'static [String] =
        Vec::leak(vec!["Asked for early".to_string(), "Trusted by partners".to_string()]);
    let links: &'static [Link] = Vec::leak(vec![
        Link { title: "Handbook".into(), url: "https://example.org/handbook".into() },
        Link { title: "Not a web page".into(), url: "javascript:alert(1)".into() },
    ]);
    let _handle = mount_to(root.clone(), move || view! { <ExamplesSignalsLinks examples signals links /> });
    let lists = root.query_selector_all("ul[aria-labelledby]").unwrap();
    let labels: Vec<String> = (0..lists.length())
        .map(|i| {
            let list = lists.get(i).unwrap().unchecked_into::<web_sys::Element>();
            let label = list.get_attribute("aria-labelledby").unwrap();
            document().get_element_by_id(&label).unwrap().text_content().unwrap()
        })
        .collect();
    assert_eq!(labels, ["Examples", "Signals", "Further reading"]);
    assert_eq!(root.query_selector_all("li").unwrap().length(), 5);
    assert!(root.text_content().unwrap().contains("<b>Led</b> the migration"), "text stays text");
    assert!(root.query_selector("b").unwrap().is_none());
    let anchors = root.query_selector_all("a").unwrap();
    assert_eq!(anchors.length(), 1, "only the https link is a link");
    let anchor = anchors.get(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(anchor.get_attribute("href").as_deref(), Some("https://example.org/handbook"));
    assert_eq!(anchor.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert!(root.text_content().unwrap().contains("Not a web page"), "the other shows its title as text");
}

#[wasm_bindgen_test]
fn examples_signals_and_links_render_nothing_when_empty() {
    let root = container();
    let _handle =
        mount_to(root.clone(), || view! { <ExamplesSignalsLinks examples=&[] signals=&[] links=&[] /> });
    assert_eq!(root.child_element_count(), 0, "{}", root.inner_html());
}
