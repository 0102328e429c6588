//! The buttons beside a step waiting for a second officer (a void, a reopening): confirm
//! or refuse it (another officer), or withdraw it (the officer who proposed it). Plain
//! forms, so they work with JavaScript off.

use crate::components::form::CsrfField;
use crate::i18n::t;
use leptos::prelude::*;

/// One waiting step and where its buttons post.
pub struct WaitingStep {
    pub neighbourhood: String,
    pub round: String,
    pub step: i32,
    /// The viewer proposed it: they may withdraw it, never confirm it.
    pub mine: bool,
    /// The step may still be taken now (the round is in the phase it needs).
    pub open: bool,
    /// What the buttons act on, for screen readers: "ballot K7QM-2XPA".
    pub about: String,
    pub confirm_url: &'static str,
    pub decline_url: &'static str,
    /// The confirm button's words and look.
    pub confirm: &'static str,
    pub confirm_class: &'static str,
}

pub fn step_buttons(s: WaitingStep, csrf: &str) -> impl IntoView {
    let hidden = |csrf: String| {
        view! {
            <CsrfField token=csrf/>
            <input type="hidden" name="neighbourhood" value=s.neighbourhood.clone()/>
            <input type="hidden" name="round" value=s.round.clone()/>
            <input type="hidden" name="step" value=s.step/>
        }
    };
    let confirm = (!s.mine && s.open).then(|| {
        view! {
            <form method="post" action=s.confirm_url class="inline-form">
                {hidden(csrf.to_owned())}
                <button type="submit" class=s.confirm_class>
                    {t(s.confirm)}<span class="visually-hidden">" "{s.about.clone()}</span>
                </button>
            </form>
        }
    });
    let decline = if s.mine {
        "voids.withdraw"
    } else {
        "voids.refuse"
    };
    view! {
        {confirm}
        <form method="post" action=s.decline_url class="inline-form">
            {hidden(csrf.to_owned())}
            <button type="submit" class="button button--secondary button--small">
                {t(decline)}<span class="visually-hidden">" "{s.about.clone()}</span>
            </button>
        </form>
    }
}
