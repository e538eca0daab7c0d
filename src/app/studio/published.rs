//! The site's published `framework.json`, read as text only: the studio never gates on it
//! (it may be the very file being fixed). Offered as a starting draft, and for comparing a
//! draft with what readers see today.

use std::rc::Rc;

use leptos::prelude::*;

use crate::app::FRAMEWORK_FILE;
use crate::browser;

/// The published file's text, or why it couldn't be read, once it has arrived.
#[derive(Clone, Copy)]
pub struct PublishedFramework {
    text: LocalResource<Result<Rc<str>, String>>,
}

impl PublishedFramework {
    /// Starts reading the published file (the loader already requested it).
    pub fn fetch() -> PublishedFramework {
        let text = LocalResource::new(|| async {
            browser::loader::file_text(FRAMEWORK_FILE).await.map(Rc::from).map_err(|err| err.to_string())
        });
        PublishedFramework { text }
    }

    /// `None` while it loads; then its text, or why it can't be read. Tracked.
    pub fn text(&self) -> Option<Result<Rc<str>, String>> {
        self.text.get()
    }
}

/// The published framework file, provided by [`super::StudioApp`].
pub fn use_published_framework() -> PublishedFramework {
    expect_context::<PublishedFramework>()
}
