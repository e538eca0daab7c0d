//! One polite live region for the private pages, present from the first render, whose text
//! changes on every action (a save, an import, a deletion, an export, an addition). Screen
//! readers read a live region only when its text changes in place: elements inserted on the
//! fly, or the same text set twice, are often not read. So a repeated message is told apart by
//! a trailing no-break space, which changes the text without changing what is read.

use leptos::prelude::*;

/// The text of the live region, shared by every private page through context.
#[derive(Clone, Copy)]
pub struct Announcer {
    text: RwSignal<String, LocalStorage>,
}

impl Announcer {
    fn new() -> Announcer {
        Announcer { text: RwSignal::new_local(String::new()) }
    }

    /// Says `message` now, even if it is what was said last.
    pub fn say(&self, message: impl Into<String>) {
        let message = message.into();
        self.text.update(|text| *text = next_text(text, &message));
    }
}

/// The region's next text: the message, or, when the region already reads that message,
/// the message with one more (or one fewer) trailing no-break space so the text changes.
fn next_text(current: &str, message: &str) -> String {
    const MARK: char = '\u{a0}';
    if current.trim_end_matches(MARK) != message || current.ends_with(MARK) {
        message.to_string()
    } else {
        format!("{message}{MARK}")
    }
}

/// Provides the announcer to the pages below; call once, before anything that announces.
pub fn provide_announcer() -> Announcer {
    let announcer = Announcer::new();
    provide_context(announcer);
    announcer
}

/// The announcer of the private pages. Call while building a component (not in an event
/// handler) and keep the copy.
pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}

/// The live region itself: visually hidden, read politely.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! {
        <div id="announcements" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || announcer.text.get()}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::next_text;

    #[test]
    fn a_new_message_replaces_the_text() {
        assert_eq!(next_text("", "Saved."), "Saved.");
        assert_eq!(next_text("Saved.\u{a0}", "Removed."), "Removed.");
    }

    #[test]
    fn the_same_message_twice_still_changes_the_text() {
        let first = next_text("", "Saved.");
        let second = next_text(&first, "Saved.");
        let third = next_text(&second, "Saved.");
        assert_ne!(first, second);
        assert_ne!(second, third);
        assert_eq!(second.trim_end_matches('\u{a0}'), "Saved.");
    }
}
