//! One measured operation at several sizes, and its table of growth against linear.

use std::time::{Duration, Instant};

/// An operation measured at increasing input sizes.
pub struct Part {
    /// What is measured, e.g. "locate every value of a minified framework".
    pub name: &'static str,
    /// What the size counts, e.g. "bytes" or "competencies".
    pub unit: &'static str,
    /// (size, median time of the operation at that size).
    pub samples: Vec<(usize, Duration)>,
}

impl Part {
    /// Measures `run(input)` for each prepared input, taking the median of `repeats` runs so a
    /// single slow run (the machine is shared) does not distort the ratio.
    pub fn measure<I>(
        name: &'static str,
        unit: &'static str,
        inputs: Vec<(usize, I)>,
        repeats: usize,
        mut run: impl FnMut(&I),
    ) -> Self {
        let samples = inputs
            .iter()
            .map(|(size, input)| {
                let mut times: Vec<Duration> = (0..repeats.max(1))
                    .map(|_| {
                        let start = Instant::now();
                        run(input);
                        start.elapsed()
                    })
                    .collect();
                times.sort();
                (*size, times[times.len() / 2])
            })
            .collect();
        Part { name, unit, samples }
    }

    /// Prints each size's time and how it grew against the smallest size scaled linearly:
    /// "× linear" near 1 means linear growth; 10 at ten times the size means quadratic.
    pub fn print(&self) {
        println!("\n{}", self.name);
        println!("{:>12} {:>12} {:>12} {:>10}", self.unit, "time", "per unit", "× linear");
        let Some(&(first_size, first_time)) = self.samples.first() else {
            return;
        };
        let first_per_unit = first_time.as_secs_f64() / first_size.max(1) as f64;
        for &(size, time) in &self.samples {
            let per_unit = time.as_secs_f64() / size.max(1) as f64;
            println!(
                "{:>12} {:>10.2}ms {:>10.3}µs {:>10.2}",
                size,
                time.as_secs_f64() * 1e3,
                per_unit * 1e6,
                per_unit / first_per_unit
            );
        }
    }
}
