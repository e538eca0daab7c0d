//! Entry point of the bundle with the private self-assessment: everything lives in the library.

fn main() {
    mosaic::mount_with_private_area();
}
