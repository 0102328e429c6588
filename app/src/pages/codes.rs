//! `/neighbourhoods/:neighbourhood/codes`: an officer's voting codes and in-person checks.

use crate::api::codes::{get_codes_page, CodesPage, GenerateCodes, VerifyInPerson, VoidCode};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The codes as a CSV file the browser can save, with no second trip to the server
/// (the plain codes exist only in this one response).
fn csv_href(codes: &[String]) -> String {
    let mut csv = String::from("voting_code%0A");
    for code in codes {
        csv.push_str(code);
        csv.push_str("%0A");
    }
    format!("data:text/csv;charset=utf-8,{csv}")
}

#[component]
pub fn CodesPageView() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(slug, get_codes_page);
    loaded(data, |(ctx, page): (PageForms, CodesPage)| {
        let mut errors = ctx.flash.errors_for("generate_codes");
        errors.extend(ctx.flash.errors_for("void_code"));
        errors.extend(ctx.flash.errors_for("verify_in_person"));
        let fresh = ctx.flash.codes.clone();
        let batches = page
            .batches
            .iter()
            .map(|b| {
                view! {
                    <tr>
                        <th scope="row">{b.batch.clone()}</th>
                        <td data-label="Made">{b.created.clone()}</td>
                        <td data-label="Codes" class="num">{b.issued}</td>
                        <td data-label="Used" class="num">{b.redeemed}</td>
                        <td data-label="Cancelled" class="num">{b.voided}</td>
                    </tr>
                }
            })
            .collect_view();
        let title = format!("Voting codes for {}", page.neighbourhood);
        view! {
            <PageTitle text=title.clone()/>
            <BackLink href="/account".into() label="Your account"/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            {(!fresh.is_empty()).then(|| view! {
                <section class="new-codes" aria-labelledby="new-codes-title">
                    <h2 class="heading-m" id="new-codes-title">"New codes"</h2>
                    <p class="body">
                        <a class="button" href=csv_href(&fresh) download="voting-codes.csv">"Download as CSV"</a>
                    </p>
                    <ol class="code-list">{fresh.iter().map(|c| view! { <li><code>{c.clone()}</code></li> }).collect_view()}</ol>
                </section>
            })}
            <h2 class="heading-m">"Batches"</h2>
            {if page.batches.is_empty() {
                view! { <p class="body">"No codes have been made for this neighbourhood yet."</p> }.into_any()
            } else {
                view! {
                    <table class="table table--reflow">
                        <thead><tr><th scope="col">"Batch"</th><th scope="col">"Made"</th><th scope="col" class="num">"Codes"</th><th scope="col" class="num">"Used"</th><th scope="col" class="num">"Cancelled"</th></tr></thead>
                        <tbody>{batches}</tbody>
                    </table>
                }.into_any()
            }}
            <h2 class="heading-m">"Make a batch of codes"</h2>
            <form method="post" action=GenerateCodes::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="how_many" label="How many codes" hint="One for each household on the mailing, up to 5,000"
                    width="5" value=ctx.flash.value("generate_codes", "how_many") errors=errors.clone()/>
                <button type="submit" class="button">"Make codes"</button>
            </form>
            <h2 class="heading-m">"Cancel a code"</h2>
            <form method="post" action=VoidCode::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="code" label="Voting code" hint="For example a letter that went to the wrong address"
                    width="20" autocomplete="off" value=ctx.flash.value("void_code", "code") errors=errors.clone()/>
                <button type="submit" class="button button--warning">"Cancel code"</button>
            </form>
            <h2 class="heading-m">"Verify a resident in person"</h2>
            <form method="post" action=VerifyInPerson::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="email" label="Their account's email address" kind="email"
                    value=ctx.flash.value("verify_in_person", "email") errors=errors.clone()/>
                <TextField name="postcode" label="Postcode on their proof of address" width="10"
                    value=ctx.flash.value("verify_in_person", "postcode") errors=errors/>
                <button type="submit" class="button">"Record verification"</button>
            </form>
        }
    })
}
