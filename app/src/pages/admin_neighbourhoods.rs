//! `/admin/neighbourhoods`: every neighbourhood, and the form that creates one
//! (`/admin/neighbourhoods/new`) or changes one (`/admin/neighbourhoods/:n/edit`).

use crate::api::forms::PageForms;
use crate::api::neighbourhood_admin::{
    get_neighbourhood_form, get_neighbourhood_list, ArchiveNeighbourhood, NeighbourhoodForm,
    NeighbourhoodLine, SaveNeighbourhood,
};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, sent_or, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn AdminNeighbourhoodsPage() -> impl IntoView {
    let data = with_forms(|| (), |_| get_neighbourhood_list());
    loaded(data, |(ctx, lines): (PageForms, Vec<NeighbourhoodLine>)| {
        let errors = ctx.flash.errors_for("archive_neighbourhood");
        let rows = lines
            .iter()
            .map(|n| {
                let (label, archive) = if n.archived {
                    (t("neighbourhood_form.restore"), "no")
                } else {
                    (t("neighbourhood_form.archive"), "yes")
                };
                let status = if n.archived {
                    t("neighbourhood_form.is_archived")
                } else {
                    t("neighbourhood_form.is_open")
                };
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/neighbourhoods/{}", n.slug)>{n.name.clone()}</a></th>
                        <td data-label=t("neighbourhood_form.council")>{n.council.clone()}</td>
                        <td data-label=t("neighbourhood_form.areas")>{n.areas.join(", ")}</td>
                        <td data-label=t("neighbourhood_form.status")>{status}</td>
                        <td>
                            <a href=format!("/admin/neighbourhoods/{}/edit", n.slug)>
                                {t("neighbourhood_form.change")}<span class="visually-hidden">" "{n.name.clone()}</span>
                            </a>
                            <form method="post" action=ArchiveNeighbourhood::url() class="inline-form">
                                <CsrfField token=ctx.csrf.clone()/>
                                <input type="hidden" name="neighbourhood" value=n.slug.clone()/>
                                <input type="hidden" name="archive" value=archive/>
                                <button type="submit" class="button button--secondary button--small">
                                    {label}<span class="visually-hidden">" "{n.name.clone()}</span>
                                </button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let title = t("neighbourhood_form.list_title");
        view! {
            <PageTitle text=title/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("neighbourhood_form.list_lead")}</p>
            <a class="button" href="/admin/neighbourhoods/new">{t("neighbourhood_form.new")}</a>
            <table class="table table--reflow" data-testid="neighbourhoods">
                <thead><tr>
                    <th scope="col">{t("neighbourhood_form.name")}</th>
                    <th scope="col">{t("neighbourhood_form.council")}</th>
                    <th scope="col">{t("neighbourhood_form.areas")}</th>
                    <th scope="col">{t("neighbourhood_form.status")}</th>
                    <th scope="col"><span class="visually-hidden">{t("roles.action")}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="body"><a href="/admin/roles">{t("neighbourhood_form.roles_link")}</a></p>
        }
    })
}

/// The create-or-change form; `page.original` is empty for a new neighbourhood.
fn neighbourhood_form(page: &NeighbourhoodForm, ctx: &PageForms) -> impl IntoView {
    let form = "save_neighbourhood";
    let errors = ctx.flash.errors_for(form);
    let value = |field: &str, stored: &str| sent_or(ctx, form, field, stored.to_owned());
    let slug_hint = if page.slug_fixed {
        t("neighbourhood_form.slug_fixed_hint")
    } else {
        t("neighbourhood_form.slug_hint")
    };
    view! {
        <form method="post" action=SaveNeighbourhood::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="original" value=page.original.clone()/>
            <TextField name="name" label=t("neighbourhood_form.name") autocomplete="off"
                value=value("name", &page.name) errors=errors.clone()/>
            <TextField name="name_cy" label=t("neighbourhood_form.name_cy") hint=t("neighbourhood_form.welsh_hint")
                value=value("name_cy", &page.name_cy) errors=errors.clone()/>
            <TextField name="slug" label=t("neighbourhood_form.slug") hint=slug_hint width="20"
                value=value("slug", &page.slug) errors=errors.clone()/>
            <TextField name="council" label=t("neighbourhood_form.council") hint=t("neighbourhood_form.council_hint")
                autocomplete="organization" value=value("council", &page.council) errors=errors.clone()/>
            <TextArea name="summary" label=t("neighbourhood_form.summary") rows=4
                value=value("summary", &page.summary) errors=errors.clone()/>
            <TextArea name="summary_cy" label=t("neighbourhood_form.summary_cy") hint=t("neighbourhood_form.welsh_hint") rows=4
                value=value("summary_cy", &page.summary_cy) errors=errors.clone()/>
            <TextArea name="postcode_areas" label=t("neighbourhood_form.areas") hint=t("neighbourhood_form.areas_hint") rows=4
                value=value("postcode_areas", &page.postcode_areas) errors=errors.clone()/>
            <TextField name="households" label=t("neighbourhood_form.households") hint=t("neighbourhood_form.households_hint")
                width="10" value=value("households", &page.households) errors=errors/>
            <button type="submit" class="button">{t("neighbourhood_form.save")}</button>
        </form>
    }
}

#[component]
pub fn NeighbourhoodFormPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(slug, get_neighbourhood_form);
    loaded(data, |(ctx, page): (PageForms, NeighbourhoodForm)| {
        let errors = ctx.flash.errors_for("save_neighbourhood");
        let title = if page.original.is_empty() {
            t("neighbourhood_form.new").to_owned()
        } else {
            tr(
                "neighbourhood_form.edit_title",
                &[("name", page.name.clone())],
            )
        };
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href="/admin/neighbourhoods".to_owned() label=t("neighbourhood_form.back")/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            {page.archived.then(|| view! { <p class="body">{t("neighbourhood_form.archived_note")}</p> })}
            {neighbourhood_form(&page, &ctx)}
        }
    })
}
