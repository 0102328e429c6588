//! The step-by-step timeline of a round's phases.

use crate::api::rounds::TimelineStep;
use crate::domain::phase::StepState;
use leptos::prelude::*;

#[component]
pub fn PhaseTimeline(steps: Vec<TimelineStep>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {steps
                .into_iter()
                .map(|s| {
                    let (class, state) = match s.state {
                        StepState::Done => ("timeline__step timeline__step--done", "Finished"),
                        StepState::Current => ("timeline__step timeline__step--current", "Now"),
                        StepState::Upcoming => ("timeline__step", "Coming up"),
                    };
                    let current = (s.state == StepState::Current).then_some("step");
                    view! {
                        <li class=class aria-current=current>
                            <span class="timeline__label">{s.phase.label()}</span>
                            <span class="timeline__meta">
                                {state}
                                {s.starts_on.map(|d| format!(" · from {d}"))}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
