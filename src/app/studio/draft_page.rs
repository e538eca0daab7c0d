//! `/studio`: open a draft (pick a file, drop one, or paste its text), see what it is and
//! whether it is kept on this device, and discard it.

use leptos::prelude::*;
use leptos_meta::Title;

use super::wording::{count, draft_save_state, source_name};
use super::{use_published_framework, use_studio_draft, ReadDraft};
use crate::app::{paths, FRAMEWORK_FILE};
use crate::browser::clock::{local_date_time, now_iso};
use crate::browser::files::{chosen_named_file, download, read_file};
use crate::core::assessment::session::Notice;
use crate::core::studio::{Draft, FindingKind};

/// A sentence for the author after an action, and whether it reports a failure.
type Message = Option<(String, bool)>;

#[component]
pub fn DraftPage() -> impl IntoView {
    let studio = use_studio_draft();
    let message = RwSignal::new(None::<(String, bool)>);
    let open = move |file_name: Option<String>, text: Result<String, String>| {
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
                message.set(Some((format!("Opened {name}."), false)));
            }
        },
    }
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
        {move || studio.reading().map(|read| view! { <OpenDraft read message /> })}
        <OpenForm open />
    }
}

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
                <dd>{source_name(draft)}</dd>
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

/// The three ways in: a file picker, a drop zone, and pasted text; and the published file
/// as a starting point.
#[component]
fn OpenForm(
    open: impl Fn(Option<String>, Result<String, String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            if let Some((name, text)) = chosen_named_file(&ev).await {
                open(Some(name), text);
            }
        });
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let name = file.name();
            open(Some(name), read_file(file).await);
        });
    };
    let allow_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    view! {
        <section class="open-form" aria-labelledby="open-form-heading">
            <h2 id="open-form-heading">"Open a draft"</h2>
            <p>"Opening a draft replaces the one kept on this device."</p>
            <div class="open-ways">
                <div class="open-way">
                    <label for="draft-file">"Choose a framework file"</label>
                    <input id="draft-file" type="file" accept=".json,application/json" on:change=on_file />
                </div>
                <div
                    class="drop-zone"
                    class:dragging=move || dragging.get()
                    role="region"
                    aria-label="Drop zone for a framework file"
                    on:dragover=allow_drop
                    on:dragenter=allow_drop
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <p>"Or drop a framework file here."</p>
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
