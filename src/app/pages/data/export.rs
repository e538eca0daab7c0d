use leptos::prelude::*;

use crate::app::my_data::use_my_data;
use crate::browser::clock::today;
use crate::browser::files::download;

/// Download everything as one file.
#[component]
pub fn Export() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let failed = RwSignal::new(None::<String>);
    let export = move |_| {
        let file = format!("mosaic-assessment-{}-{}.json", framework.meta.id, today());
        failed.set(download(&file, &data.export_text(), "application/json").err());
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            <p>"Download everything as one file, to keep a copy, move to another device or share with your manager."</p>
            <button type="button" on:click=export>"Export my data"</button>
            {move || failed.get().map(|why| view! { <p class="alert" role="alert">{format!("The file could not be offered for download: {why}.")}</p> })}
        </section>
    }
}
