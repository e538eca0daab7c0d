//! The `mosaic` command for authors who keep their framework in a repository:
//! `mosaic check FILE`, `mosaic diff OLD NEW`, `mosaic export FILE --case|--open-badges`,
//! `mosaic convert INPUT -o OUTPUT` and `mosaic prerender FILE -o overview.html`, from the same
//! core as the site.
//!
//! Exit status: 0 when the file is usable (warnings only, unless `--deny-warnings`), 1 when
//! it has errors (or warnings with `--deny-warnings`; for `diff`, errors in either file), 2
//! for a mistake in the command line or a file that can't be read.

mod check;
mod convert;
mod diff;
mod export;
mod prerender;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::core::framework::Problem;
use crate::report::check_line;

/// The file is usable.
const CLEAN: u8 = 0;
/// The file has problems the command was asked to fail on.
const PROBLEMS: u8 = 1;
/// The command line is wrong, or a file can't be read.
const USAGE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "mosaic",
    version,
    about = "Check, compare, convert and export career framework files (framework.json)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every error, warning, parity warning and lint finding, one per line:
    /// `file:line:col: severity[rule]: message`.
    Check {
        file: PathBuf,
        /// Fail (exit 1) on warnings too, not only on errors.
        #[arg(long)]
        deny_warnings: bool,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Compare two versions of a framework by ID: what changed, how much it matters
    /// (major, minor, patch) and the version that follows.
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, value_enum, default_value_t = DiffFormat::Markdown)]
        format: DiffFormat,
    },
    /// The framework in an open standard, as JSON: a CASE 1.1 package (competencies, tracks,
    /// roles, milestones and the proficiency rubric) or Open Badges 3.0 achievements (its
    /// micro-credentials and courses). The file must load without errors.
    Export {
        file: PathBuf,
        /// A 1EdTech CASE 1.1 CFPackage.
        #[arg(long, required_unless_present = "open_badges", conflicts_with = "open_badges")]
        case: bool,
        /// Open Badges 3.0 Achievements, aligned to the CASE package's competencies.
        #[arg(long)]
        open_badges: bool,
        /// Start of every object's URI, e.g. https://example.org/case/ (default: urn:uuid:).
        #[arg(long, default_value = crate::core::standards::DEFAULT_BASE_URI)]
        base_uri: String,
        /// Write the JSON to this file instead of the standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// A workbook (.xlsx, or a folder of .csv files) to framework.json, then checked; or
    /// framework.json to a workbook. By the files' extensions (docs/workbook.md).
    Convert {
        input: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The front page drawn ahead of time (overview.html next to index.html), stamped with
    /// the framework file's SHA-256: shown at once while the served framework.json is that
    /// file, ignored otherwise. The file must load without errors.
    Prerender {
        file: PathBuf,
        /// The path the site is hosted under, as given to `trunk build --public-url`.
        #[arg(long, default_value = "/")]
        base: String,
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// One line per problem, as compilers write them.
    Text,
    /// An array of {file, line, column, severity, rule, path, message}.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Markdown,
    Json,
}

/// Runs the command line `args` (the program's name first) and returns its exit status.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and --version are printed to stdout and exit 0; mistakes to stderr with 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { USAGE } else { CLEAN });
        }
    };
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let status = match cli.command {
        Command::Check { file, deny_warnings, format } => {
            check::run(&file, deny_warnings, format, &mut out, &mut err)
        }
        Command::Diff { old, new, format } => diff::run(&old, &new, format, &mut out, &mut err),
        Command::Export { file, case, open_badges: _, base_uri, output } => {
            let standard = if case { export::Standard::Case } else { export::Standard::OpenBadges };
            export::run(&file, standard, &base_uri, output.as_deref(), &mut out, &mut err)
        }
        Command::Convert { input, output } => convert::run(&input, &output, &mut out, &mut err),
        Command::Prerender { file, base, output } => prerender::run(&file, &base, &output, &mut err),
    };
    let _ = out.flush();
    ExitCode::from(status)
}

/// The file's text, or the exit status after saying which file can't be read and why.
fn read(path: &Path, err: &mut dyn Write) -> Result<String, u8> {
    std::fs::read_to_string(path).map_err(|why| cant_read(path, why, err))
}

/// The file's bytes (where they are hashed as served), or the exit status as for [`read`].
fn read_bytes(path: &Path, err: &mut dyn Write) -> Result<Vec<u8>, u8> {
    std::fs::read(path).map_err(|why| cant_read(path, why, err))
}

fn cant_read(path: &Path, why: std::io::Error, err: &mut dyn Write) -> u8 {
    let _ = writeln!(err, "mosaic: can't read {}: {why}", path.display());
    USAGE
}

/// A file that loads with errors: each problem located in `path` as `mosaic check` prints it,
/// and the exit status for problems.
fn located_problems(path: &Path, problems: &[Problem], err: &mut dyn Write) -> u8 {
    let file = path.display().to_string();
    for problem in problems {
        let _ = writeln!(err, "{}", check_line(&file, problem));
    }
    PROBLEMS
}
