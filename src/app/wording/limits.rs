//! Why a picked file was not read, naming the file, its size and the limit
//! (`core::limits`: the one place the limits are set).

use crate::browser::files::NotRead;
use crate::core::limits::bytes_in_words;

/// "“big.json” is 12.0 MB; Mosaic reads framework files of up to 10.0 MB, so it was not
/// read." — `kind` names the files the limit is for ("framework files").
pub fn describe_not_read(name: &str, kind: &str, why: &NotRead) -> String {
    match why {
        NotRead::TooLarge(over) => format!(
            "“{name}” is {}; Mosaic reads {kind} of up to {}, so it was not read.",
            bytes_in_words(over.size),
            bytes_in_words(over.limit)
        ),
        NotRead::Failed(detail) => format!("“{name}” could not be read: {detail}"),
    }
}
