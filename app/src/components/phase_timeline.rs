//! The step-by-step timeline of a round's phases.

use crate::api::rounds::TimelineStep;
use crate::domain::phase::StepState;
use crate::i18n::{t, tr};
use leptos::prelude::*;

#[component]
pub fn PhaseTimeline(steps: Vec<TimelineStep>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {steps
                .into_iter()
                .map(|s| {
                    let (class, state) = match s.state {
                        StepState::Done => ("timeline__step timeline__step--done", t("timeline.done")),
                        StepState::Current => ("timeline__step timeline__step--current", t("timeline.now")),
                        StepState::Upcoming => ("timeline__step", t("timeline.coming")),
                    };
                    let current = (s.state == StepState::Current).then_some("step");
                    view! {
                        <li class=class aria-current=current>
                            <span class="timeline__label">{t(&format!("phase.{}", s.phase.as_str()))}</span>
                            <span class="timeline__meta">
                                {state}
                                {s.starts_on.map(|d| format!(" · {}", tr("timeline.from", &[("date", d)])))}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
