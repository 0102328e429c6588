//! Who put how much into the pot, as a table that reads well on a phone.

use crate::domain::pot::Pot;
use crate::i18n::t;
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
            <caption class="table__caption">{t("pot.caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("pot.agency")}</th>
                    <th scope="col" class="num">{t("pot.amount")}</th>
                    <th scope="col" class="num">{t("pot.share")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{t("pot.total")}</th>
                    <td class="num" data-testid="pot-total">{total.to_string()}</td>
                    <td class="num">"100%"</td>
                </tr>
            </tfoot>
        </table>
    }
}
