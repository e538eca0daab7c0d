//! /plan: where to go (the constraints form), the ways there (the path view) and what to do
//! about it (the development plan).

mod add_to_plan;
mod constraints;
mod development;
mod markdown;
mod on_this_page;
mod path_view;
mod wording;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::components::PrivateStatus;
use crate::app::my_data::{use_my_data, MyData};
use crate::app::paths;
use crate::browser::clock::today;
use crate::browser::files::download;
use crate::browser::perf::measure;
use crate::core::assessment::Assessment;
use crate::core::planner::{plan, reachable_within, Horizon, Plan};
use constraints::ConstraintsForm;
use development::DevelopmentPlanView;
use markdown::plan_markdown;
use on_this_page::OnThisPage;
use path_view::PathsSection;

/// The horizons shown when no target is chosen.
const HORIZONS: [u32; 3] = [12, 24, 36];

/// What the planner answers on this page. Each is a memo over only what planning reads, so
/// adding an action, a check-in or evidence doesn't plan again.
#[derive(Clone, Copy)]
struct Planning {
    /// The chosen target, if any.
    target: Memo<Option<crate::core::framework::RoleRef>>,
    /// Paths to the target (none without a target).
    result: Memo<Option<Plan>>,
    /// Roles within reach per horizon (empty with a target).
    reachable: Memo<Vec<Horizon>>,
}

impl Planning {
    fn new(data: MyData) -> Self {
        let framework = data.framework();
        let input = Memo::new(move |_| data.with(Assessment::for_planning));
        let constraints = Memo::new(move |_| input.with(|a| a.plan_constraints(framework)));
        let target = Memo::new(move |_| input.with(|a| a.plan.target.clone()));
        let result = Memo::new(move |_| {
            let target = target.get()?;
            let result = input.with(|a| constraints.with(|c| plan(framework, a, None, &target, c)));
            measure("mosaic:rating-to-path", "mosaic:assessment-changed");
            Some(result)
        });
        let reachable = Memo::new(move |_| {
            if target.with(Option::is_some) {
                return Vec::new();
            }
            input.with(|a| constraints.with(|c| reachable_within(framework, a, None, c, &HORIZONS)))
        });
        Planning { target, result, reachable }
    }
}

/// Applies a change that the core may refuse: a refused change writes nothing.
fn try_update<T, E>(
    data: MyData,
    change: impl Fn(&mut Assessment) -> Result<T, E> + 'static,
) -> Result<T, E> {
    let outcome = change(&mut data.with_untracked(Assessment::clone))?;
    data.update(move |a| {
        let _ = change(a);
    });
    Ok(outcome)
}

/// Path planning and the development plan.
#[component]
pub fn PlanPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let planning = Planning::new(data);
    let export_markdown = move |_| {
        let best = planning.result.with_untracked(|r| r.as_ref().and_then(|p| p.paths.first().cloned()));
        let text = data.with_untracked(|a| plan_markdown(framework, a, best.as_ref(), &today()));
        let file = format!("development-plan-{}.md", today());
        match download(&file, &text, "text/markdown") {
            Ok(()) => data.announcer().say(format!("Exported the plan as “{file}”.")),
            Err(why) => data.announcer().say(format!("The plan could not be offered for download: {why}.")),
        }
    };
    view! {
        <Title text="Plan my path" />
        <h1>"Plan my path"</h1>
        <PrivateStatus />
        <OnThisPage result=planning.result />
        <ConstraintsForm />
        <PathsSection target=planning.target result=planning.result reachable=planning.reachable />
        <DevelopmentPlanView />
        <p class="page-actions">
            <button type="button" on:click=move |_| { let _ = window().print(); }>"Print path and plan"</button>
            " "
            <button type="button" on:click=export_markdown>"Export plan as Markdown"</button>
            " "
            <A href=paths::fit()>"Where I fit"</A>
        </p>
    }
}
