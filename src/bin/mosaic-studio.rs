//! Entry point of the framework studio's bundle (authors and the council): everything lives
//! in the library.

fn main() {
    mosaic::mount_studio();
}
