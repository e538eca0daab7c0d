//! Links a framework gives for further reading.

use super::model::Link;

impl Link {
    /// True for an `http(s)` URL, the only kind a page may turn into a link: anything else
    /// (`javascript:`, `data:`, a relative path) is shown as its title alone.
    pub fn is_web(&self) -> bool {
        let url = self.url.to_ascii_lowercase();
        url.starts_with("https://") || url.starts_with("http://")
    }
}
