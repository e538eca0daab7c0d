//! Marks on the browser's performance timeline, read by the UI benchmark.

/// Marks a moment for the browser's performance timeline.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Measures from the latest `start` mark to now, if there is one, then clears the mark so
/// each change is measured once.
pub fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        if performance.get_entries_by_name_with_entry_type(start, "mark").length() == 0 {
            return;
        }
        let _ = performance.measure_with_start_mark(name, start);
        performance.clear_marks_with_mark_name(start);
    }
}
