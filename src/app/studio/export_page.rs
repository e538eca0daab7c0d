//! `/studio/export`: the draft's downloads, each saying what it is for — the framework file
//! itself, the workbook for a spreadsheet program, and the open standards an HR system or a
//! learning platform imports (CASE 1.1, Open Badges 3.0), under a base URI the author sets.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::Title;

use super::draft_page::XLSX_MIME;
use super::needs_draft::NeedsLoadedDraft;
use super::ReadDraft;
use crate::app::FRAMEWORK_FILE;
use crate::browser::files::{download, download_bytes};
use crate::browser::site_address;
use crate::core::framework::Loaded;
use crate::core::standards::{achievements, case_json, open_badges_json};
use crate::core::studio::framework_xlsx;

const WORKBOOK_FILE: &str = "framework.xlsx";
const CASE_FILE: &str = "framework-case.json";
const OPEN_BADGES_FILE: &str = "framework-open-badges.json";

#[component]
pub fn StudioExportPage() -> impl IntoView {
    view! {
        <Title text="Export" />
        <h1>"Export"</h1>
        <p class="lead">
            "Download the draft as the framework file, as a workbook to edit in a spreadsheet, or in the open standards that HR systems and learning platforms import. "
            "Everything is made on this device."
        </p>
        <NeedsLoadedDraft what="export" page=export />
    }
}

fn export(read: Rc<ReadDraft>, draft: &'static Loaded) -> AnyView {
    let framework = &draft.framework;
    let text = read.draft.text.clone();
    let base_uri = RwSignal::new(site_address());
    let failed = RwSignal::new(None::<String>);
    let report = move |what: &str, written: Result<(), String>| {
        failed.set(written.err().map(|why| format!("The {what} could not be downloaded: {why}")));
    };
    let badges = match achievements(framework, "").len() {
        0 => "For a learning platform that issues credentials: the draft has no micro-credential or course learning opportunity yet, so the file lists no achievement.".to_string(),
        1 => "For a learning platform that issues credentials: one achievement, for the draft's one micro-credential or course, aligned to the competencies it grows and the level it reaches.".to_string(),
        n => format!("For a learning platform that issues credentials: {n} achievements, one for each micro-credential and course in the draft, each aligned to the competencies it grows and the level it reaches."),
    };
    view! {
        <p>{format!("{}, version {}.", framework.meta.name, framework.meta.version)}</p>
        <div class="base-uri">
            <label for="base-uri">"Base URI for identifiers"</label>
            <input
                id="base-uri"
                type="url"
                spellcheck="false"
                aria-describedby="base-uri-meaning"
                prop:value=move || base_uri.get()
                on:input=move |ev| base_uri.set(event_target_value(&ev))
            />
            <p id="base-uri-meaning" class="hint">
                "Every competency, role and achievement in the CASE and Open Badges files is named by this address followed by an identifier that stays the same across versions; keep the careers site's address, or give the one where you will publish the files."
            </p>
        </div>
        {move || failed.get().map(|why| view! { <p class="notice alert" role="alert">{why}</p> })}
        <ul class="downloads">
            <li>
                <button type="button" on:click=move |_| report("framework file", download(FRAMEWORK_FILE, &text, "application/json"))>
                    "Download " {FRAMEWORK_FILE}
                </button>
                <p>"The framework file itself, for the careers site: publish it next to the site's index.html to make this draft the framework people see."</p>
            </li>
            <li>
                <button type="button" on:click=move |_| {
                    report("workbook", framework_xlsx(framework).and_then(|bytes| download_bytes(WORKBOOK_FILE, &bytes, XLSX_MIME)))
                }>
                    "Download the workbook (.xlsx)"
                </button>
                <p>"For a spreadsheet program: a sheet per part of the framework, to edit and drop back on the Draft page."</p>
            </li>
            <li>
                <button type="button" on:click=move |_| {
                    report("CASE file", download(CASE_FILE, &case_json(framework, &base_uri.get_untracked()), "application/json"))
                }>
                    "Download CASE 1.1 JSON"
                </button>
                <p>"For an HR system or a learning platform that imports competency frameworks (1EdTech CASE): the competencies with their rubric of levels, the tracks, roles and milestones, and how they relate."</p>
            </li>
            <li>
                <button type="button" on:click=move |_| {
                    report("Open Badges file", download(OPEN_BADGES_FILE, &open_badges_json(framework, &base_uri.get_untracked()), "application/json"))
                }>
                    "Download Open Badges 3.0 JSON"
                </button>
                <p>{badges}</p>
            </li>
        </ul>
    }
    .into_any()
}
