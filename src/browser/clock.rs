//! The time, as the browser knows it: ISO instants for stored data, the person's own time
//! zone for anything shown.

use wasm_bindgen::JsValue;

/// Now, as an ISO date-time (UTC), for stored data.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today, as an ISO date in the person's time zone.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// An ISO instant as the person's local clock time, HH:MM; empty when it isn't a time.
pub fn local_clock(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// An ISO instant as the person's local date and time, "YYYY-MM-DD HH:MM"; empty when it
/// isn't a time.
pub fn local_date_time(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}
