//! Entry point of the public careers site: everything lives in the library.

fn main() {
    mosaic::mount();
}
