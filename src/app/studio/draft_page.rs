//! `/studio`: open a draft (pick a file, drop one, or paste its text; a workbook or its CSV
//! files are converted first, or their mistakes listed at their cells), see what it is and
//! whether it is kept on this device, and discard it; download the blank workbook template.

use leptos::prelude::*;
use leptos_meta::Title;

use super::wording::{count, draft_save_state, source_name};
use super::{use_published_framework, use_studio_draft, ReadDraft};
use crate::app::wording::describe_not_read;
use crate::app::{paths, FRAMEWORK_FILE};
use crate::browser::clock::{local_date_time, now_iso};
use crate::browser::files::{
    chosen_files, download, download_bytes, dropped_files, read_bytes_up_to, read_file_up_to, NotRead,
};
use crate::core::assessment::session::Notice;
use crate::core::limits::FRAMEWORK_BYTES;
use crate::core::studio::{
    csv_to_framework_text, file_kind, picked_kind, template_xlsx, xlsx_to_framework_text, Draft, FileKind,
    FindingKind, NotOneDraft,
};
use crate::core::workbook::CellProblem;

/// A sentence for the author after an action, and whether it reports a failure.
type Message = Option<(String, bool)>;

/// The workbook that could not be converted (its name) and its mistakes, at their cells.
type WorkbookProblems = Option<(String, Vec<CellProblem>)>;

/// The `.xlsx` media type, for the workbook downloads.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn DraftPage() -> impl IntoView {
    let studio = use_studio_draft();
    let message = RwSignal::new(None::<(String, bool)>);
    let workbook_problems = RwSignal::new(WorkbookProblems::None);
    // `converted`: the text was converted from this workbook, which the page then says.
    let open_text = move |file_name: Option<String>,
                          text: Result<String, String>,
                          converted: Option<String>| {
        match text {
            Err(why) => message.set(Some((format!("The file could not be read: {why}"), true))),
            Ok(text) => match Draft::open(file_name, text, &now_iso()) {
                Err(_) => message.set(Some((
                    "There is nothing to open: the text is empty. Choose the framework's JSON file or paste its text."
                        .into(),
                    true,
                ))),
                Ok(draft) => {
                    let name = source_name(&draft);
                    studio.open(draft);
                    workbook_problems.set(None);
                    message.set(Some(match converted {
                        Some(workbook) => (
                            format!("Converted the workbook {workbook} into the framework's JSON and opened it as the draft."),
                            false,
                        ),
                        None => (format!("Opened {name}."), false),
                    }));
                }
            },
        }
    };
    let open =
        move |file_name: Option<String>, text: Result<String, String>| open_text(file_name, text, None);
    // A workbook converted, or its mistakes listed; the open draft is kept until it converts.
    let converted = move |source: String, what: String, text: Result<String, Vec<CellProblem>>| match text {
        Ok(text) => open_text(Some(source), Ok(text), Some(what)),
        Err(problems) => {
            message.set(None);
            workbook_problems.set(Some((what, problems)));
        }
    };
    // A file is refused by its size before it is read (`core::limits`).
    let not_read = move |name: &str, why: NotRead| {
        message.set(Some((describe_not_read(name, "framework files and workbooks", &why), true)));
    };
    let open_files = move |files: Vec<web_sys::File>| {
        let names: Vec<String> = files.iter().map(|file| file.name()).collect();
        let Some(kind) = picked_kind(&names) else { return };
        leptos::task::spawn_local(async move {
            match kind {
                Err(NotOneDraft { files, not_csv }) => message.set(Some((
                    format!(
                        "These {files} files can't be opened together: only a workbook's CSV files come several at a time, and {}. Choose one framework file, one workbook (.xlsx), or the workbook's CSV files.",
                        match not_csv {
                            1 => "one of them is not a CSV file".to_string(),
                            n => format!("{n} of them are not CSV files"),
                        }
                    ),
                    true,
                ))),
                Ok(FileKind::Framework) => {
                    let Some(file) = files.into_iter().next() else { return };
                    let name = file.name();
                    match read_file_up_to(file, FRAMEWORK_BYTES).await {
                        Err(why) => not_read(&name, why),
                        Ok(text) => open(Some(name), Ok(text)),
                    }
                }
                Ok(FileKind::Xlsx) => {
                    let Some(file) = files.into_iter().next() else { return };
                    let name = file.name();
                    match read_bytes_up_to(file, FRAMEWORK_BYTES).await {
                        Err(why) => not_read(&name, why),
                        Ok(bytes) => converted(name.clone(), name, xlsx_to_framework_text(&bytes)),
                    }
                }
                Ok(FileKind::Csv) => {
                    let mut texts = Vec::new();
                    for file in files {
                        let name = file.name();
                        match read_file_up_to(file, FRAMEWORK_BYTES).await {
                            Ok(text) => texts.push((name, text)),
                            Err(why) => return not_read(&name, why),
                        }
                    }
                    texts.sort();
                    let source = names_list(&texts);
                    let what = match texts.len() {
                        1 => source.clone(),
                        n => format!("of {n} CSV files"),
                    };
                    converted(source, what, csv_to_framework_text(&texts));
                }
            }
        });
    };
    view! {
        <Title text="Draft" />
        <h1>"Draft"</h1>
        <p class="lead">
            "Open a draft of the framework file to check it, see every problem where it is, and preview the careers site with it. "
            "The draft stays on this device: nothing is uploaded."
        </p>
        <UnreadableNotices />
        {move || message.get().map(|(text, alert)| say(text, alert))}
        {move || workbook_problems.get().map(|problems| view! { <WorkbookProblemList problems /> })}
        {move || studio.reading().map(|read| view! { <OpenDraft read message /> })}
        <OpenForm open open_files />
        <WorkbookTemplate />
    }
}

/// The CSV files' names, in order, as the draft's source.
fn names_list(files: &[(String, String)]) -> String {
    files.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>().join(", ")
}

/// A workbook that could not be converted: every mistake at its cell, and that the open
/// draft is unchanged.
#[component]
fn WorkbookProblemList(problems: (String, Vec<CellProblem>)) -> impl IntoView {
    let (workbook, problems) = problems;
    let many = match problems.len() {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    };
    view! {
        <section class="workbook-problems notice alert" role="alert" aria-labelledby="workbook-problems-heading">
            <h2 id="workbook-problems-heading">"Problems in the workbook"</h2>
            <p>
                {format!("The workbook {workbook} has {many}, so it was not opened and the draft you had is unchanged. ")}
                "Each is located by sheet, column and row (Roles!D14 is the Roles sheet, column D, row 14): fix those cells in the spreadsheet and drop it here again."
            </p>
            <ul class="cell-problems" aria-label="Problems in the workbook">
                {problems.into_iter().map(|problem| view! { <li>{problem.to_string()}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The blank workbook template, and what goes where in it.
#[component]
fn WorkbookTemplate() -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let download_template = move |_| {
        let written = template_xlsx().and_then(|bytes| download_bytes(TEMPLATE_FILE, &bytes, XLSX_MIME));
        failed.set(written.err());
    };
    view! {
        <section class="workbook-template" aria-labelledby="workbook-template-heading">
            <h2 id="workbook-template-heading">"Start from a spreadsheet"</h2>
            <p>
                "The template has a sheet for each part of the framework, its column names in row 1: bands in Bands, tracks in Tracks, each track's levels in Roles (one row per level, in order of growth), competencies in Competencies with a row per step in Descriptors, and what each role expects of each competency in Expectations. "
                "Fill it in with any spreadsheet program, then drop it (or its sheets saved as CSV files) above."
            </p>
            <button type="button" on:click=download_template>"Download a blank workbook template"</button>
            {move || failed.get().map(|why| say(format!("The template could not be made: {why}"), true))}
        </section>
    }
}

/// The template's file name.
const TEMPLATE_FILE: &str = "mosaic-framework-template.xlsx";

fn say(text: String, alert: bool) -> AnyView {
    if alert {
        view! { <p class="notice alert" role="alert">{text}</p> }.into_any()
    } else {
        view! { <p class="notice" role="status">{text}</p> }.into_any()
    }
}

/// A kept draft that couldn't be read: moved aside (or left where it was), and offered for
/// download.
#[component]
fn UnreadableNotices() -> impl IntoView {
    let notices = use_studio_draft().notices();
    move || {
        notices
            .get()
            .into_iter()
            .filter_map(|notice| match notice {
                Notice::Unreadable { reason, kept_at, raw, .. } => Some((reason, kept_at, raw)),
                Notice::FrameworkChanged(_) => None,
            })
            .map(|(reason, kept_at, raw)| {
                let what = match &kept_at {
                    Some(key) => format!("It has been kept untouched on this device under “{key}”, and nothing was written over it."),
                    None => "It could not be moved aside, so it is left where it was and nothing will be saved over it.".into(),
                };
                let file = format!("{}.json", kept_at.as_deref().unwrap_or("mosaic-studio-draft-unreadable").replace(':', "-"));
                view! {
                    <div class="notice alert" role="alert">
                        <p><strong>"The draft kept on this device could not be read. "</strong>{format!("{reason} {what}")}</p>
                        <button type="button" on:click=move |_| { let _ = download(&file, &raw, "application/json"); }>
                            "Download the data that could not be read"
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// What the open draft is, whether it loads, whether it is kept, and discarding it.
#[component]
fn OpenDraft(read: std::rc::Rc<ReadDraft>, message: RwSignal<Message>) -> impl IntoView {
    let studio = use_studio_draft();
    let save_state = studio.save_state();
    let confirming = RwSignal::new(false);
    let draft = &read.draft;
    let from_workbook = draft.file_name.as_deref().is_some_and(|name| file_kind(name) != FileKind::Framework);
    let found = |kind: FindingKind| read.groups.iter().find(|g| g.kind == kind).map_or(0, |g| g.count());
    let verdict = match read.loaded {
        Some(loaded) => format!(
            "It loads: {}, version {}. {}, {}.",
            loaded.framework.meta.name,
            loaded.framework.meta.version,
            count(found(FindingKind::Warning), FindingKind::Warning),
            count(found(FindingKind::Advice), FindingKind::Advice),
        ),
        None => format!(
            "It has {}: the site can't show it, so it can't be previewed or published until they are fixed.",
            count(found(FindingKind::Error), FindingKind::Error)
        ),
    };
    let discard = move |_| {
        confirming.set(false);
        let deleted = studio.discard();
        message.set(Some(match deleted.error {
            None => ("The draft was discarded: nothing of it is kept on this device.".into(), false),
            Some(error) => (format!("The draft could not be removed from this device: {error}."), true),
        }));
    };
    view! {
        <section class="open-draft" aria-labelledby="open-draft-heading">
            <h2 id="open-draft-heading">"Open draft"</h2>
            <dl class="draft-facts">
                <dt>"Source"</dt>
                <dd>{source_name(draft)}{from_workbook.then_some(" (a workbook, converted to the framework's JSON)")}</dd>
                <dt>"Opened"</dt>
                <dd>{local_date_time(&draft.opened_at)}</dd>
                <dt>"Lines"</dt>
                <dd>{draft.line_count()}</dd>
            </dl>
            <p class="verdict">{verdict}</p>
            <p>
                <a href=paths::studio_problems()>"See the problems"</a>
                " · "
                <a href=paths::studio_preview()>"Preview the site with this draft"</a>
            </p>
            {move || {
                let (text, alert) = save_state.with(draft_save_state);
                let retry = alert.then(|| view! {
                    <button type="button" on:click=move |_| studio.retry()>"Try to save it again"</button>
                });
                view! {
                    <div class="save-state-line">
                        {say(text, alert)}
                        {retry}
                    </div>
                }
            }}
            {move || {
                if confirming.get() {
                    view! {
                        <div class="confirm" role="group" aria-labelledby="discard-question">
                            <p id="discard-question">
                                "Discard this draft? It is removed from this device; the file you opened, if any, is not touched."
                            </p>
                            <button type="button" class="danger" on:click=discard>"Yes, discard the draft"</button>
                            <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" on:click=move |_| confirming.set(true)>"Discard draft"</button>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// The three ways in: a file picker, a drop zone (each taking a framework file, a workbook
/// or its CSV files), and pasted text; and the published file as a starting point.
#[component]
fn OpenForm(
    open: impl Fn(Option<String>, Result<String, String>) + Copy + Send + Sync + 'static,
    open_files: impl Fn(Vec<web_sys::File>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| open_files(chosen_files(&ev));
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        open_files(dropped_files(&ev));
    };
    let allow_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    view! {
        <section class="open-form" aria-labelledby="open-form-heading">
            <h2 id="open-form-heading">"Open a draft"</h2>
            <p>
                "Opening a draft replaces the one kept on this device. "
                "A workbook (.xlsx) or its sheets as CSV files are converted to the framework's JSON first."
            </p>
            <div class="open-ways">
                <div class="open-way">
                    <label for="draft-file">"Choose a framework file, a workbook or its CSV files"</label>
                    <input
                        id="draft-file"
                        type="file"
                        multiple=true
                        accept=".json,application/json,.xlsx,.csv,text/csv"
                        on:change=on_file
                    />
                </div>
                <div
                    class="drop-zone"
                    class:dragging=move || dragging.get()
                    role="region"
                    aria-label="Drop zone for a framework file, a workbook or its CSV files"
                    on:dragover=allow_drop
                    on:dragenter=allow_drop
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <p>"Or drop a framework file, a workbook or its CSV files here."</p>
                </div>
                <div class="open-way">
                    <label for="draft-paste">"Or paste the framework's JSON"</label>
                    <textarea
                        id="draft-paste"
                        rows="8"
                        spellcheck="false"
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                    <button type="button" on:click=move |_| open(None, Ok(pasted.get_untracked()))>
                        "Open pasted text"
                    </button>
                </div>
            </div>
            <PublishedAsStart open />
        </section>
    }
}

/// The site's published file, offered as a starting draft; the studio works without it.
#[component]
fn PublishedAsStart(
    open: impl Fn(Option<String>, Result<String, String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let published = use_published_framework();
    move || {
        match published.text() {
        None => view! { <p class="published">"Reading the site's published " <code>{FRAMEWORK_FILE}</code> "…"</p> }.into_any(),
        Some(Err(why)) => view! {
            <p class="published">
                "The site's published " <code>{FRAMEWORK_FILE}</code>
                {format!(" could not be read ({why}). The studio works without it.")}
            </p>
        }
        .into_any(),
        Some(Ok(text)) => {
            let start = move |_| open(Some(FRAMEWORK_FILE.to_string()), Ok(text.to_string()));
            view! {
                <p class="published">
                    <button type="button" on:click=start>"Start from the published framework"</button>
                    " (the site's " <code>{FRAMEWORK_FILE}</code> " as it is now)"
                </p>
            }
            .into_any()
        }
    }
    }
}
