//! `/neighbourhoods/:neighbourhood/codes`: an officer's voting codes and in-person checks.

use crate::api::codes::{
    get_codes_page, CodesPage, GenerateCodes, SecondOfficer, UnverifyResident, VerifyInPerson,
    VoidCode,
};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, Radios, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
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
        errors.extend(ctx.flash.errors_for("second_officer"));
        let unverify_errors = ctx.flash.errors_for("unverify_resident");
        errors.extend(unverify_errors.clone());
        // What one officer asked for while voting, waiting for a second.
        let mut waiting = Vec::new();
        for b in &page.batches {
            if b.pending {
                let csrf = ctx.csrf.clone();
                let slug = page.slug.clone();
                let line = tr(
                    "codes.waiting_batch",
                    &[
                        ("batch", b.batch.clone()),
                        ("count", b.issued.to_string()),
                        ("who", b.who.clone()),
                    ],
                );
                waiting.push(if b.own {
                    view! { <li>{line}" "<span class="hint">{t("codes.another_officer")}</span></li> }.into_any()
                } else {
                    view! {
                        <li>
                            {line}
                            <form method="post" action=SecondOfficer::url() class="inline-form">
                                <CsrfField token=csrf/>
                                <input type="hidden" name="neighbourhood" value=slug/>
                                <input type="hidden" name="batch" value=b.batch.clone()/>
                                <button type="submit" class="button button--small">
                                    {t("codes.approve")}<span class="visually-hidden">" "{b.batch.clone()}</span>
                                </button>
                            </form>
                        </li>
                    }
                    .into_any()
                });
            }
            for (code_id, asked, mine) in &b.void_requests {
                let line = tr(
                    "codes.waiting_void",
                    &[("batch", b.batch.clone()), ("who", asked.clone())],
                );
                waiting.push(if *mine {
                    view! { <li>{line}" "<span class="hint">{t("codes.another_officer")}</span></li> }.into_any()
                } else {
                    let csrf = ctx.csrf.clone();
                    let slug = page.slug.clone();
                    view! {
                        <li>
                            {line}
                            <form method="post" action=SecondOfficer::url() class="inline-form">
                                <CsrfField token=csrf/>
                                <input type="hidden" name="neighbourhood" value=slug/>
                                <input type="hidden" name="code" value=code_id.to_string()/>
                                <button type="submit" class="button button--warning button--small">
                                    {t("codes.confirm_cancelling")}<span class="visually-hidden">" "{b.batch.clone()}</span>
                                </button>
                            </form>
                        </li>
                    }
                    .into_any()
                });
            }
        }
        let waiting = (!waiting.is_empty()).then(|| {
            view! {
                <section aria-labelledby="waiting-title">
                    <h2 class="heading-m" id="waiting-title">{t("codes.waiting_title")}</h2>
                    <p class="body">{t("codes.waiting_lead")}</p>
                    <ul class="list">{waiting}</ul>
                </section>
            }
        });
        let fresh = ctx.flash.codes.clone();
        let batches = page
            .batches
            .iter()
            .map(|b| {
                view! {
                    <tr>
                        <th scope="row">{b.batch.clone()}</th>
                        <td data-label=t("codes.made")>{b.created.clone()}</td>
                        <td data-label=t("codes.codes") class="num">{b.issued}</td>
                        <td data-label=t("codes.used") class="num">{b.redeemed}</td>
                        <td data-label=t("codes.cancelled") class="num">{b.voided}</td>
                        <td data-label=t("codes.who")>{b.who.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let title = tr("codes.title", &[("place", page.neighbourhood.clone())]);
        view! {
            <PageTitle text=title.clone()/>
            <BackLink href="/account".into() label=t("codes.your_account")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            {(!fresh.is_empty()).then(|| view! {
                <section class="new-codes" aria-labelledby="new-codes-title">
                    <h2 class="heading-m" id="new-codes-title">{t("codes.new_codes")}</h2>
                    <p class="body">
                        <a class="button" href=csv_href(&fresh) download="voting-codes.csv">{t("codes.download_as_csv")}</a>
                    </p>
                    <ol class="code-list">{fresh.iter().map(|c| view! { <li><code>{c.clone()}</code></li> }).collect_view()}</ol>
                </section>
            })}
            {waiting}
            <h2 class="heading-m">{t("codes.batches")}</h2>
            {if page.batches.is_empty() {
                view! { <p class="body">{t("codes.no_codes_have_been")}</p> }.into_any()
            } else {
                view! {
                    <table class="table table--reflow">
                        <thead><tr><th scope="col">{t("codes.batch")}</th><th scope="col">{t("codes.made")}</th><th scope="col" class="num">{t("codes.codes")}</th><th scope="col" class="num">{t("codes.used")}</th><th scope="col" class="num">{t("codes.cancelled")}</th><th scope="col">{t("codes.who")}</th></tr></thead>
                        <tbody>{batches}</tbody>
                    </table>
                }.into_any()
            }}
            <h2 class="heading-m">{t("codes.make_a_batch_of")}</h2>
            <form method="post" action=GenerateCodes::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="how_many" label=t("codes.how_many_codes") hint=t("codes.one_for_each_household")
                    width="5" value=ctx.flash.value("generate_codes", "how_many") errors=errors.clone()/>
                <button type="submit" class="button">{t("codes.make_codes")}</button>
            </form>
            <h2 class="heading-m">{t("codes.cancel_a_code")}</h2>
            <form method="post" action=VoidCode::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="code" label=t("codes.voting_code") hint=t("codes.for_example_a_letter")
                    width="20" autocomplete="off" value=ctx.flash.value("void_code", "code") errors=errors.clone()/>
                <button type="submit" class="button button--warning">{t("codes.cancel_code")}</button>
            </form>
            <h2 class="heading-m">{t("codes.verify_a_resident_in")}</h2>
            <form method="post" action=VerifyInPerson::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="email" label=t("codes.their_account_s_email") kind="email"
                    value=ctx.flash.value("verify_in_person", "email") errors=errors.clone()/>
                <TextField name="postcode" label=t("codes.postcode_on_their_proof") width="10"
                    value=ctx.flash.value("verify_in_person", "postcode") errors=errors/>
                <button type="submit" class="button">{t("codes.record_verification")}</button>
            </form>
            <h2 class="heading-m">{t("unverify.heading")}</h2>
            <p class="body">{t("unverify.lead")}</p>
            <form method="post" action=UnverifyResident::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="resident_email" label=t("codes.their_account_s_email") kind="email"
                    value=ctx.flash.value("unverify_resident", "resident_email") errors=unverify_errors.clone()/>
                <TextArea name="reason" label=t("unverify.reason_label") hint=t("unverify.reason_hint")
                    value=ctx.flash.value("unverify_resident", "reason") errors=unverify_errors.clone() rows=3/>
                <Radios name="void" legend=t("unverify.void_legend")
                    options=vec![
                        ("yes".to_owned(), t("unverify.void_yes").to_owned()),
                        ("no".to_owned(), t("unverify.void_no").to_owned()),
                    ]
                    value={
                        let v = ctx.flash.value("unverify_resident", "void");
                        if v.is_empty() { "yes".to_owned() } else { v }
                    }
                    errors=unverify_errors/>
                <button type="submit" class="button button--warning">{t("unverify.button")}</button>
            </form>
        }
    })
}
