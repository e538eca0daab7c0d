use leptos::prelude::*;

use crate::app::components::{ProficiencyBadge, ScrollRegion};
use crate::app::my_data::use_my_data;
use crate::app::wording::describe_not_read;
use crate::browser::files::chosen_named_file_up_to;
use crate::core::assessment::storage::read_import;
use crate::core::assessment::{
    agreement, disagreements, rated_higher_by, AgreementRow, Assessment, Rater, Verdict,
};
use crate::core::framework::{Competency, Framework};
use crate::core::limits::IMPORT_BYTES;

/// "1 step", "2 steps".
fn steps(count: usize) -> String {
    if count == 1 {
        "1 step".into()
    } else {
        format!("{count} steps")
    }
}

/// Who rated higher, in words, with both levels named on the competency's own scale:
/// "You rated higher: Practitioner vs Developing (1 step)".
fn verdict_words(framework: &Framework, competency: &Competency, verdict: Verdict) -> String {
    let name =
        |rank: usize| framework.scale_of(competency).get(rank).map_or_else(String::new, |s| s.name.clone());
    match verdict {
        Verdict::NeitherRated => "Neither rated it".into(),
        Verdict::OnlyRatedBy(Rater::Me) => "Only you rated it".into(),
        Verdict::OnlyRatedBy(Rater::Them) => "Only they rated it".into(),
        Verdict::Agree => "Same level".into(),
        Verdict::Higher { who, higher, lower, steps: n } => format!(
            "{} rated higher: {} vs {} ({})",
            if who == Rater::Me { "You" } else { "They" },
            name(higher),
            name(lower),
            steps(n)
        ),
    }
}

/// Someone else's assessment (a manager's or a peer's) beside the person's own.
#[component]
pub fn Compare360() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let theirs = RwSignal::new(None::<Assessment>);
    let error = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            match chosen_named_file_up_to(&ev, IMPORT_BYTES).await {
                None => {}
                Some((name, Err(why))) => {
                    theirs.set(None);
                    loaded.set(None);
                    error.set(Some(describe_not_read(&name, "personal-data files", &why)));
                }
                Some((name, Ok(text))) => match read_import(&text, framework) {
                    Ok(import) => {
                        error.set(None);
                        loaded.set(Some(name));
                        theirs.set(Some(import.assessment));
                    }
                    Err(err) => {
                        theirs.set(None);
                        loaded.set(None);
                        error.set(Some(format!("“{name}” can't be compared. {err}")));
                    }
                },
            }
        });
    };
    let rows = Memo::new(move |_| {
        theirs
            .with(|theirs| theirs.as_ref().map(|theirs| data.with(|mine| agreement(framework, mine, theirs))))
    });
    // Each competency has its own scale, so the badge is drawn against that scale's steps.
    let badge = move |competency: &Competency, rank: Option<usize>| {
        let scale = framework.scale_of(competency);
        match rank.and_then(|rank| Some((rank, scale.get(rank)?))) {
            Some((rank, step)) => {
                view! { <ProficiencyBadge rank steps=scale.len() name=step.name.clone() /> }.into_any()
            }
            None => view! { <span class="muted">"Not rated"</span> }.into_any(),
        }
    };
    let row = move |r: AgreementRow<'static>| {
        let verdict = r.verdict();
        let words = verdict_words(framework, r.competency, verdict);
        let difference = match verdict {
            Verdict::Higher { .. } => view! { <span class="diff-marker">{words}</span> }.into_any(),
            Verdict::Agree => view! { <span>{words}</span> }.into_any(),
            _ => view! { <span class="muted">{words}</span> }.into_any(),
        };
        view! {
            <tr class:differs=r.disagreement().is_some()>
                <th scope="row">{r.competency.name.clone()}</th>
                <td data-label="You">{badge(r.competency, r.mine)}</td>
                <td data-label="Them">{badge(r.competency, r.theirs)}</td>
                <td>{difference}</td>
            </tr>
        }
    };
    let table = move || {
        let rows = rows.get()?;
        let count = disagreements(&rows);
        let (mine, theirs) = (rated_higher_by(&rows, Rater::Me), rated_higher_by(&rows, Rater::Them));
        Some(view! {
            <p role="status">{format!(
                "You and the other person disagree on {count} of {} competencies: you rated higher on {mine}, they rated higher on {theirs}.",
                rows.len()
            )}</p>
            <ScrollRegion label="Your ratings and theirs">
                <table class="agreement-table cards-on-phone">
                    <thead><tr><th scope="col">"Competency"</th><th scope="col">"You"</th><th scope="col">"Them"</th><th scope="col">"Who rated higher"</th></tr></thead>
                    <tbody>
                        <For each=move || rows.clone() key=|r| (r.competency.id.clone(), r.mine, r.theirs) children=row />
                    </tbody>
                </table>
            </ScrollRegion>
        })
    };
    view! {
        <section aria-labelledby="compare-360-heading">
            <h2 id="compare-360-heading">"Compare with a manager or peer"</h2>
            <p>"Ask them to rate you in Mosaic and export their file (the export for sharing is enough). It is read here only: not stored, not uploaded."</p>
            <label for="compare-file">"Their exported file"</label>
            <input id="compare-file" type="file" accept="application/json,.json" aria-describedby="compare-file-loaded" on:change=on_file />
            <p id="compare-file-loaded" class="file-loaded" role="status">
                {move || loaded.get().map(|name| format!("Comparing with “{name}”."))}
            </p>
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            {table}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::agreement;

    #[test]
    fn who_rated_higher_names_both_levels_on_the_competencys_scale() {
        let f: Framework =
            serde_json::from_str(include_str!("../../../../tests/fixtures/format2/multi-discipline.json"))
                .unwrap();
        let (mut mine, mut theirs) = (Assessment::default(), Assessment::default());
        mine.rate(&f, "leading-people", "expert", "").unwrap();
        theirs.rate(&f, "leading-people", "foundation", "").unwrap();
        theirs.rate(&f, "ownership", "established", "").unwrap();
        mine.rate(&f, "ownership", "developing", "").unwrap();
        let rows = agreement(&f, &mine, &theirs);
        let words = |id: &str| {
            let row = rows.iter().find(|r| r.competency.id == id).unwrap();
            verdict_words(&f, row.competency, row.verdict())
        };
        assert_eq!(words("leading-people"), "You rated higher: Expert vs Foundation (2 steps)");
        assert_eq!(words("ownership"), "They rated higher: Established vs Developing (1 step)");
        assert_eq!(words("discovery"), "Neither rated it");
    }
}
