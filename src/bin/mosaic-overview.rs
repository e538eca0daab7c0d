//! Entry point of the bundle a candidate's first view needs: the overview alone.

fn main() {
    mosaic::mount_overview();
}
