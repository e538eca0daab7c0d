//! The JSON Schema of the framework file, generated from the Rust types, in terms any strict
//! draft 2020-12 validator accepts.

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::Schema;

use super::model::Framework;

/// The JSON Schema of the framework file, pretty-printed with a final newline.
pub fn json_schema() -> String {
    let schema = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(standard_formats_only as fn(&mut Schema)))
        .into_generator()
        .into_root_schema_for::<Framework>();
    serde_json::to_string_pretty(&schema).expect("a schema always serializes") + "\n"
}

/// schemars marks Rust number types with formats such as `uint32` or `double`, which JSON
/// Schema doesn't define and strict validators refuse. The range they stand for is written
/// as `maximum` instead (the `minimum` of unsigned types is already there).
fn standard_formats_only(schema: &mut Schema) {
    let highest: Option<u64> = match schema.get("format").and_then(|f| f.as_str()) {
        Some("uint8") => Some(u8::MAX.into()),
        Some("uint16") => Some(u16::MAX.into()),
        Some("uint32") => Some(u32::MAX.into()),
        // Larger than any count in a framework, and beyond what JavaScript numbers hold exactly.
        Some("uint64" | "uint" | "double" | "float") => None,
        _ => return,
    };
    schema.remove("format");
    if let Some(highest) = highest {
        if schema.get("maximum").is_none() {
            schema.insert("maximum".into(), highest.into());
        }
    }
}
