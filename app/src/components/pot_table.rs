//! Who put how much into the pot, as a table that reads well on a phone.

use crate::domain::pot::Pot;
use leptos::prelude::*;

#[component]
pub fn PotTable(pot: Pot) -> impl IntoView {
    let total = pot.total();
    let rows = pot
        .contributions()
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.agency.clone()}</th>
                    <td class="num">{c.amount.to_string()}</td>
                    <td class="num">{format!("{}%", pot.percent_of(c.amount))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="table__caption">"Who contributed to the pot"</caption>
            <thead>
                <tr>
                    <th scope="col">"Agency"</th>
                    <th scope="col" class="num">"Amount"</th>
                    <th scope="col" class="num">"Share"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">"Total pot"</th>
                    <td class="num" data-testid="pot-total">{total.to_string()}</td>
                    <td class="num">"100%"</td>
                </tr>
            </tfoot>
        </table>
    }
}
