//! The smallest Leptos CSR app: the floor the first-view benchmark compares Mosaic's overview
//! with (same Leptos, same release profile, same wasm-bindgen and wasm-opt).

use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        view! {
            <main>
                <h1 id="hello">"Hello, world"</h1>
            </main>
        }
    });
}
