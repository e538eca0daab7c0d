use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::core::framework::{is_web_link, Link};

/// Gives each rendering its own element IDs, so every list is named by its visible label.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// The examples, signals and links a framework gives for a descriptor, an expectation, a
/// milestone or a role, each as a list under its label; nothing at all when all three are
/// empty. Text is rendered as text. A link is a link only when its URL is `http(s)` (else its
/// title is shown as plain text), and it opens without access to this page or its address.
#[component]
pub fn ExamplesSignalsLinks(
    /// Situations that show it.
    examples: &'static [String],
    /// What others notice when it is there.
    signals: &'static [String],
    /// Further reading.
    links: &'static [Link],
) -> impl IntoView {
    if examples.is_empty() && signals.is_empty() && links.is_empty() {
        return ().into_any();
    }
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let texts = |label: &'static str, kind: &str, items: &'static [String]| {
        (!items.is_empty()).then(|| {
            let heading = format!("particulars-{id}-{kind}");
            view! {
                <p class="small-heading" id=heading.clone()>{label}</p>
                <ul aria-labelledby=heading>{items.iter().map(|item| view! { <li>{item.as_str()}</li> }).collect_view()}</ul>
            }
        })
    };
    let further_reading = (!links.is_empty()).then(|| {
        let heading = format!("particulars-{id}-links");
        let items = links
            .iter()
            .map(|link| {
                if is_web_link(&link.url) {
                    view! {
                        <li>
                            <a href=link.url.as_str() rel="noopener noreferrer">{link.title.as_str()}</a>
                        </li>
                    }
                    .into_any()
                } else {
                    view! { <li>{link.title.as_str()}</li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <p class="small-heading" id=heading.clone()>"Further reading"</p>
            <ul aria-labelledby=heading>{items}</ul>
        }
    });
    view! {
        <div class="particulars">
            {texts("Examples", "examples", examples)}
            {texts("Signals", "signals", signals)}
            {further_reading}
        </div>
    }
    .into_any()
}
