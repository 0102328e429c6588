//! The ballot: the shortlist as ticks (or points), a running total that follows every
//! tap, the voter's choices listed for a last look, and — for people voting with the
//! code on their letter — the code and postcode. An island: without JavaScript it is
//! the same plain form, and the server checks it and shows it again if needs be.

use crate::api::voting::{BallotPage, VoterState};
use crate::components::form::{CsrfField, TextField};
use crate::domain::ballot::{BallotRules, OnBallot, Tally};
use crate::domain::money::Pence;
use crate::domain::results::BallotRule;
use crate::error::FieldError;
use leptos::prelude::*;
use std::collections::BTreeMap;

use crate::i18n::Words;

/// The ballot's own sentences, from the `ballot.*` words the server gave the island.
impl Words {
    /// What the rules ask of the voter.
    pub fn instructions(&self, rules: &BallotRules) -> String {
        let main = match rules.rule {
            BallotRule::ApprovalWithinPot => {
                self.fill("ballot.rules.within_pot", &[("pot", rules.pot.to_string())])
            }
            BallotRule::ApproveUpTo | BallotRule::Ranked => self.fill(
                "ballot.rules.up_to",
                &[("k", rules.max_choices.unwrap_or(1).to_string())],
            ),
            BallotRule::Points | BallotRule::Scores => self.fill(
                "ballot.rules.points",
                &[("n", rules.points.unwrap_or(10).to_string())],
            ),
        };
        match rules.min_choices {
            0 | 1 => main,
            n => format!(
                "{main} {}",
                self.fill("ballot.rules.at_least", &[("n", n.to_string())])
            ),
        }
    }

    /// The running total.
    pub fn total(&self, rules: &BallotRules, t: Tally) -> String {
        match rules.rule {
            BallotRule::ApprovalWithinPot => {
                let left = rules.pot.as_i64() - t.cost.as_i64();
                let mut args = vec![
                    ("chosen", t.cost.to_string()),
                    ("pot", rules.pot.to_string()),
                ];
                if left >= 0 {
                    args.push(("left", Pence::new(left).to_string()));
                    self.fill("ballot.total.within", &args)
                } else {
                    args.push(("over", Pence::new(-left).to_string()));
                    self.fill("ballot.total.over", &args)
                }
            }
            BallotRule::Points | BallotRule::Scores => {
                let n = rules.points.unwrap_or(0);
                let mut args = vec![("given", t.points.to_string()), ("n", n.to_string())];
                if t.points <= n {
                    args.push(("left", (n - t.points).to_string()));
                    self.fill("ballot.total.points", &args)
                } else {
                    args.push(("over", (t.points - n).to_string()));
                    self.fill("ballot.total.points_over", &args)
                }
            }
            BallotRule::ApproveUpTo | BallotRule::Ranked => {
                let k = rules.max_choices.unwrap_or(0);
                let mut args = vec![("chosen", t.chosen.to_string()), ("k", k.to_string())];
                if t.chosen <= k {
                    self.fill("ballot.total.chosen", &args)
                } else {
                    args.push(("over", (t.chosen - k).to_string()));
                    self.fill("ballot.total.chosen_over", &args)
                }
            }
        }
    }
}

#[island]
pub fn BallotForm(
    page: BallotPage,
    csrf: String,
    action: String,
    /// What was chosen before (after a refused post), by proposal id.
    chosen: BTreeMap<i32, u32>,
    errors: Vec<FieldError>,
    code: String,
    postcode: String,
    /// The `ballot.*` texts in the reader's language.
    words: BTreeMap<String, String>,
) -> impl IntoView {
    let words = StoredValue::new(Words(words));
    let w = move |key: &str| words.with_value(|w| w.get(key));
    let rules = page.rules;
    let points_ballot = rules.rule.has_points();
    let on_ballot: Vec<OnBallot> = page
        .items
        .iter()
        .map(|i| OnBallot {
            id: i.id,
            cost: i.cost,
        })
        .collect();
    let on_ballot = StoredValue::new(on_ballot);
    let titles = StoredValue::new(
        page.items
            .iter()
            .map(|i| (i.id, (i.title.clone(), i.cost)))
            .collect::<BTreeMap<_, _>>(),
    );
    let initial = StoredValue::new(chosen.clone());
    let (choices, set_choices) = signal(chosen);
    let (live, set_live) = signal(false);
    let (sending, set_sending) = signal(false);
    // Each box, so that what was typed or ticked before the script arrived counts.
    let boxes = StoredValue::new(Vec::<(i32, NodeRef<leptos::html::Input>)>::new());
    Effect::new(move |_| {
        // On a slow phone the page can be used for seconds before it is live; the
        // boxes hold the truth then, not the choices the server drew them with.
        let typed: BTreeMap<i32, u32> = boxes.with_value(|b| {
            b.iter()
                .filter_map(|(id, node)| {
                    let n = node
                        .get_untracked()
                        .map(|el| box_value(&el, points_ballot))?;
                    (n > 0).then_some((*id, n))
                })
                .collect()
        });
        if choices.with_untracked(|c| *c != typed) {
            set_choices.set(typed);
        }
        set_live.set(true);
    });
    // Warn before leaving with choices that were not sent.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if !sending.get_untracked()
                && choices.with_untracked(|c| initial.with_value(|i| c != i))
            {
                ev.prevent_default();
                ev.set_return_value(&w("ballot.unsent"));
            }
        });
        on_cleanup(move || handle.remove());
    });
    let tally = move || {
        choices.with(|c| {
            let list: Vec<(i32, u32)> = c.iter().map(|(k, v)| (*k, *v)).collect();
            on_ballot.with_value(|b| rules.tally(b, &list))
        })
    };
    let set = move |id: i32, n: u32| {
        set_choices.update(|c| {
            if n == 0 {
                c.remove(&id);
            } else {
                c.insert(id, n);
            }
        })
    };
    let ballot_error = errors
        .iter()
        .filter(|e| e.field == "ballot")
        .map(|e| e.message.clone())
        .collect::<Vec<_>>();
    let items = page
        .items
        .iter()
        .map(|item| {
            let id = item.id;
            let input_id = format!("p-{id}");
            let name = format!("points[{id}]");
            let hint_id = format!("p-{id}-hint");
            let start = choices.get_untracked().get(&id).copied().unwrap_or(0);
            let node = NodeRef::<leptos::html::Input>::new();
            boxes.update_value(|b| b.push((id, node)));
            let input = if points_ballot {
                view! {
                    <input class="input input--5 ballot__points" type="number" inputmode="numeric" min="0"
                        max=rules.points.unwrap_or(0) id=input_id.clone() name=name
                        value=(start > 0).then(|| start.to_string()) aria-describedby=hint_id.clone() node_ref=node
                        on:input=move |ev| set(id, points_in(&event_target_value(&ev)))/>
                }
                .into_any()
            } else {
                view! {
                    <input class="ballot__tick" type="checkbox" id=input_id.clone() name=name value="1"
                        checked={start > 0} aria-describedby=hint_id.clone() node_ref=node
                        on:change=move |ev| set(id, u32::from(event_target_checked(&ev)))/>
                }
                .into_any()
            };
            view! {
                <li class="ballot__item">
                    {input}
                    <label class="ballot__label" for=input_id>
                        <span class="ballot__title">{item.title.clone()}</span>
                        " "<span class="ballot__cost">{item.cost.to_string()}</span>
                    </label>
                    <p class="hint ballot__summary" id=hint_id>{format!("{} · {}", item.summary, item.area)}</p>
                </li>
            }
        })
        .collect_view();
    let review = move || {
        let chosen = choices.get();
        if chosen.is_empty() {
            return view! { <p class="body">{w("ballot.nothing_yet")}</p> }.into_any();
        }
        let lines = chosen
            .iter()
            .filter_map(|(id, n)| {
                titles
                    .with_value(|t| t.get(id).cloned())
                    .map(|(title, cost)| {
                        let detail = if points_ballot {
                            words.with_value(|w| w.fill("ballot.points", &[("n", n.to_string())]))
                        } else {
                            cost.to_string()
                        };
                        view! { <li>{title}" – "{detail}</li> }
                    })
            })
            .collect_view();
        view! { <ul class="list list--bullet" data-testid="ballot-review">{lines}</ul> }.into_any()
    };
    let ballot_group = if ballot_error.is_empty() {
        "form-group"
    } else {
        "form-group form-group--error"
    };
    let with_code = page.voter == VoterState::WithCode;
    let paper_batch = match page.voter {
        VoterState::PaperEntry { batch } => Some(batch),
        _ => None,
    };
    let voted = matches!(page.voter, VoterState::Resident { voted: true });
    view! {
        <form method="post" action=action novalidate class="ballot" data-live=move || live.get().then_some("true")
            on:submit=move |_| set_sending.set(true)>
            <CsrfField token=csrf/>
            <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
            <input type="hidden" name="round" value=page.round_slug.clone()/>
            <div class=ballot_group>
                <fieldset class="fieldset" id="ballot">
                    <legend class="fieldset__legend">{if paper_batch.is_some() { w("ballot.paper_choices") } else { w("ballot.your_choices") }}</legend>
                    <p class="hint">{words.with_value(|w| w.instructions(&rules))}</p>
                    {ballot_error.into_iter().map(|m| view! { <p class="error-message"><span class="visually-hidden">{w("ballot.error")}" "</span>{m}</p> }).collect_view()}
                    <ul class="ballot__list">{items}</ul>
                </fieldset>
            </div>
            <div class="ballot__total" role="status" aria-live="polite" data-testid="ballot-total">
                {move || words.with_value(|w| w.total(&rules, tally()))}
            </div>
            <h2 class="heading-m">{w("ballot.check")}</h2>
            {review}
            {with_code.then(|| view! {
                <h2 class="heading-m">{w("ballot.code.heading")}</h2>
                <p class="body">{w("ballot.code.intro")}</p>
                <TextField name="code" label=w("ballot.code.label") hint=w("ballot.code.hint") value=code.clone()
                    errors=errors.clone() autocomplete="off" width="20"/>
                <TextField name="postcode" label=w("ballot.postcode") value=postcode errors=errors.clone()
                    autocomplete="postal-code" width="10"/>
                <TextField name="receipt" label=w("ballot.receipt.label")
                    hint=w("ballot.receipt.hint")
                    errors=errors.clone() autocomplete="off" width="10"/>
            })}
            {paper_batch.map(|batch| view! {
                <input type="hidden" name="batch" value=batch/>
                <TextField name="code" label=w("ballot.paper_code") hint=w("ballot.code.hint")
                    value=code.clone() errors=errors.clone() autocomplete="off" width="20"/>
            })}
            {voted.then(|| view! { <p class="body">{w("ballot.voted")}</p> })}
            <button type="submit" class="button">{if paper_batch.is_some() { w("ballot.add_paper") } else { w("ballot.send") }}</button>
        </form>
    }
}

/// The points typed in a box: blank or not a whole number gives none.
fn points_in(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

/// What one box on the page says: its points, or 1 for a tick.
fn box_value(el: &leptos::web_sys::HtmlInputElement, points_ballot: bool) -> u32 {
    if points_ballot {
        points_in(&el.value())
    } else {
        u32::from(el.checked())
    }
}

// The words come from the language files, which only the server build holds.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_running_total_says_what_is_left_or_how_far_over() {
        let rules = BallotRules {
            rule: BallotRule::ApprovalWithinPot,
            pot: Pence::from_pounds(1_000),
            max_choices: None,
            points: None,
            min_choices: 0,
        };
        let t = Tally {
            chosen: 1,
            cost: Pence::from_pounds(400),
            points: 1,
        };
        let words = Words(crate::i18n::words(&["ballot."]));
        assert_eq!(words.total(&rules, t), "£400 of £1,000 chosen. £600 left.");
        let over = Tally {
            chosen: 2,
            cost: Pence::from_pounds(1_200),
            points: 2,
        };
        assert_eq!(
            words.total(&rules, over),
            "£1,200 of £1,000 chosen: £200 over the pot. Remove something."
        );
        let points = BallotRules {
            rule: BallotRule::Points,
            points: Some(10),
            ..rules
        };
        assert_eq!(
            words.total(
                &points,
                Tally {
                    chosen: 2,
                    cost: Pence::ZERO,
                    points: 7
                }
            ),
            "7 of 10 points given. 3 left."
        );
    }
}
