//! The site's published `framework.json`, read as text only: the studio never gates on it
//! (it may be the very file being fixed). Offered as a starting draft, and for comparing a
//! draft with what readers see today.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::FRAMEWORK_FILE;
use crate::browser;
use crate::core::framework::{load, Loaded, Problem};

/// The published file as the site reads it: loaded, or its text's problems, or why it
/// couldn't be fetched.
#[derive(Debug, Clone, PartialEq)]
pub enum Published {
    Loaded(Arc<Loaded>),
    Broken(Vec<Problem>),
    Unreachable(String),
}

impl Published {
    /// A framework file's text as the site would read it, or why the text couldn't be had.
    pub fn read(text: Result<&str, String>) -> Published {
        match text.map(load) {
            Err(why) => Published::Unreachable(why),
            Ok(Ok(loaded)) => Published::Loaded(Arc::new(loaded)),
            Ok(Err(problems)) => Published::Broken(problems),
        }
    }
}

/// The published file's text, or why it couldn't be read, once it has arrived.
#[derive(Clone, Copy)]
pub struct PublishedFramework {
    text: LocalResource<Result<Rc<str>, String>>,
    /// Read once, for every page that compares with it.
    read: Memo<Option<Published>>,
}

impl PublishedFramework {
    /// Starts reading the published file (the loader already requested it).
    pub fn fetch() -> PublishedFramework {
        let text = LocalResource::new(|| async {
            browser::loader::file_text(FRAMEWORK_FILE).await.map(Rc::from).map_err(|err| err.to_string())
        });
        let read =
            Memo::new(move |_| text.get().map(|text| Published::read(text.as_deref().map_err(Clone::clone))));
        PublishedFramework { text, read }
    }

    /// `None` while it loads; then the published framework as the site reads it. Tracked.
    pub fn read(&self) -> Option<Published> {
        self.read.get()
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
