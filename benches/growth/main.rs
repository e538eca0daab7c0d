//! How Mosaic's work grows with the size of its input: each part measures one operation at
//! a few sizes and prints the time per size and the growth against a straight line, so a
//! quadratic step shows up as a ratio that climbs with size instead of staying near 1.
//!
//! Run: `cargo bench --bench growth` (see docs/performance.md, "Growth with input size").
//! It prints figures only; nothing here asserts a time.

mod locate;
mod merge;
mod parity;
mod search;
mod table;

fn main() {
    // Each part of the issue adds its measurement here, one line each.
    let mut parts: Vec<table::Part> = vec![
        merge::part(),
        locate::minified(),
        locate::pretty(),
        locate::unknown_references(),
        parity::part(),
    ];
    parts.extend(search::parts());
    for part in parts {
        part.print();
    }
}
