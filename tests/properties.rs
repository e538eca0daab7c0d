//! Property tests of the pure core.

use mosaic::core::display::thousands;
use mosaic::core::framework::load;
use proptest::prelude::*;

const DEFAULT: &str = include_str!("../public/framework.json");

/// Arbitrary JSON values, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i32>().prop_map(serde_json::Value::from),
        "[a-zé\"\\\\ {}\\[\\],:]{0,8}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z\"é]{1,5}", inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn loading_any_text_never_panics_and_always_explains(text in ".{0,400}") {
        if let Err(problems) = load(&text) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| !p.message.trim().is_empty()));
        }
    }

    #[test]
    fn a_truncated_framework_reports_a_position_inside_the_text(cut in 1usize..DEFAULT.len() - 2) {
        let cut = (0..=cut).rev().find(|&i| DEFAULT.is_char_boundary(i)).unwrap();
        let text = &DEFAULT[..cut];
        let problems = load(text).expect_err("a cut file is never valid JSON");
        let position = problems[0].position.expect("syntax errors are located");
        prop_assert!(position.line >= 1 && position.line <= text.lines().count().max(1) + 1);
    }

    #[test]
    fn every_json_path_points_at_its_value(value in json_value()) {
        let text = serde_json::to_string_pretty(&value).unwrap();
        let positions = mosaic::core::framework::value_positions(&text);
        let mut stack = vec![(String::new(), &value)];
        while let Some((path, v)) = stack.pop() {
            let position = positions.get(&path).copied();
            prop_assert!(position.is_some(), "no position for {path:?}");
            let position = position.unwrap();
            let line = text.lines().nth(position.line - 1).unwrap();
            let at: String = line.chars().skip(position.column - 1).collect();
            let rendered = serde_json::to_string(v).unwrap();
            let first = rendered.chars().next().unwrap();
            prop_assert!(at.starts_with(first), "{path}: {at:?} does not start {rendered:?}");
            match v {
                serde_json::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        stack.push((format!("{path}[{i}]"), item));
                    }
                }
                serde_json::Value::Object(map) => {
                    for (key, item) in map {
                        let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                        stack.push((child, item));
                    }
                }
                _ => {}
            }
        }
    }

    #[test]
    fn grouped_thousands_read_back_as_the_same_number(amount in any::<u64>()) {
        let text = thousands(amount);
        prop_assert_eq!(text.replace(',', "").parse::<u64>().unwrap(), amount);
        prop_assert!(text.split(',').skip(1).all(|group| group.len() == 3));
    }
}
