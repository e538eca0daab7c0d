//! Two faces of one binary. In the browser (wasm32, built by Trunk) it is the public careers
//! site: everything lives in the library. Natively it is the `mosaic` command for framework
//! authors (`mosaic check`, `mosaic diff`: `src/cli`).

#[cfg(target_arch = "wasm32")]
fn main() {
    mosaic::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    mosaic::cli::run(std::env::args_os())
}
