//! `/groups/new`: register a community group. `/groups/:slug`: its public page, with
//! the membership for its administrators. `/neighbourhoods/:n/groups`: the officers'
//! queue of groups waiting for recognition, and those already decided.

use crate::api::forms::PageForms;
use crate::api::groups::{
    get_group, get_group_contact, get_group_form, get_group_queue, ConfirmGroupContact,
    DecideGroup, GroupContactPage, GroupForm, GroupPage, GroupQueue, InviteMember, LeaveGroup,
    QueueLine, RegisterGroup, RemoveMember, SetMemberAdmin,
};
use crate::components::form::{
    Checkboxes, CsrfField, ErrorSummary, NoticeBanner, Radios, TextArea, TextField,
};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RegisterGroupPage() -> impl IntoView {
    let data = with_forms(|| (), |_| get_group_form());
    loaded(data, |(ctx, page): (PageForms, GroupForm)| {
        let form = "register_group";
        let errors = ctx.flash.errors_for(form);
        let value = |field: &str| ctx.flash.value(form, field);
        let ticked: Vec<String> = value("neighbourhoods")
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        view! {
            <PageTitle text=t("group_form.title") error=!errors.is_empty()/>
            <BackLink href="/account".to_owned() label=t("account.your_account").to_owned()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{t("group_form.title")}</h1>
            <p class="body">{t("group_form.lead")}</p>
            {if page.email_confirmed {
                view! {
                    <form method="post" action=RegisterGroup::url() novalidate>
                        <CsrfField token=ctx.csrf.clone()/>
                        <TextField name="name" label=t("group_form.name") autocomplete="organization"
                            value=value("name") errors=errors.clone()/>
                        <TextField name="summary" label=t("group_form.summary") hint=t("group_form.summary_hint")
                            value=value("summary") errors=errors.clone()/>
                        <TextArea name="description" label=t("group_form.description") hint=t("group_form.description_hint")
                            value=value("description") errors=errors.clone()/>
                        <Checkboxes field="neighbourhoods" name="places" legend=t("group_form.neighbourhoods")
                            hint=t("group_form.neighbourhoods_hint") options=page.neighbourhoods.clone()
                            checked=ticked errors=errors.clone()/>
                        <TextField name="contact_email" label=t("group_form.contact_email") hint=t("group_form.contact_email_hint")
                            kind="email" autocomplete="email" value=value("contact_email") errors=errors.clone()/>
                        <TextField name="charity_number" label=t("group_form.charity_number") hint=t("group_form.optional")
                            width="10" value=value("charity_number") errors=errors.clone()/>
                        <TextField name="website" label=t("group_form.website") hint=t("group_form.website_hint")
                            kind="url" autocomplete="url" value=value("website") errors=errors.clone()/>
                        <button type="submit" class="button">{t("group_form.register")}</button>
                    </form>
                }.into_any()
            } else {
                view! { <p class="body"><strong>{t("account.confirm_first")}</strong></p> }.into_any()
            }}
        }
    })
}

fn member_rows(page: &GroupPage, ctx: &PageForms) -> impl IntoView {
    let members = page.members.clone().unwrap_or_default();
    let rows = members
        .into_iter()
        .map(|m| {
            let csrf = ctx.csrf.clone();
            let slug = page.slug.clone();
            let (admin_value, admin_label) = if m.admin {
                ("no", t("group.unmake_admin"))
            } else {
                ("yes", t("group.make_admin"))
            };
            view! {
                <tr>
                    <th scope="row">{m.name.clone()}</th>
                    <td data-label=t("group.role")>{if m.admin { t("group.admin") } else { t("group.member") }}</td>
                    <td>
                        <form method="post" action=SetMemberAdmin::url() class="inline-form">
                            <CsrfField token=csrf.clone()/>
                            <input type="hidden" name="group" value=slug.clone()/>
                            <input type="hidden" name="member" value=m.user_id.to_string()/>
                            <input type="hidden" name="admin" value=admin_value/>
                            <button type="submit" class="button button--secondary button--small">
                                {admin_label}<span class="visually-hidden">": "{m.name.clone()}</span>
                            </button>
                        </form>
                        <form method="post" action=RemoveMember::url() class="inline-form">
                            <CsrfField token=csrf/>
                            <input type="hidden" name="group" value=slug/>
                            <input type="hidden" name="member" value=m.user_id.to_string()/>
                            <button type="submit" class="button button--warning button--small">
                                {t("group.remove")}<span class="visually-hidden">": "{m.name.clone()}</span>
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m" id="members">{t("group.members")}</h2>
        <table class="table table--reflow">
            <thead><tr><th scope="col">{t("group.name")}</th><th scope="col">{t("group.role")}</th><th scope="col"><span class="visually-hidden">{t("group.actions")}</span></th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <h3 class="heading-s">{t("group.invite")}</h3>
        <p class="body">{t("group.invite_lead")}</p>
        <form method="post" action=InviteMember::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="group" value=page.slug.clone()/>
            <TextField name="email" label=t("group.their_email") kind="email"
                value=ctx.flash.value("invite_member", "email") errors=ctx.flash.errors_for("invite_member")/>
            <button type="submit" class="button">{t("group.send_invitation")}</button>
        </form>
    }
}

#[component]
pub fn GroupPageView() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let data = with_forms(slug, get_group);
    loaded(data, |(ctx, page): (PageForms, GroupPage)| {
        let mut errors = ctx.flash.errors_for("invite_member");
        for form in ["set_member_admin", "remove_member", "leave_group"] {
            errors.extend(ctx.flash.errors_for(form));
        }
        let areas = page
            .areas
            .iter()
            .map(|a| {
                view! {
                    <li>
                        <a href=format!("/neighbourhoods/{}", a.place_slug)>{a.place_name.clone()}</a>": "
                        <span class=if a.recognised { "tag tag--phase" } else { "tag tag--warn" }>{a.standing.clone()}</span>
                        {a.reason.clone().map(|r| view! { <br/><span class="hint">{tr("group.withdrawn_because", &[("reason", r)])}</span> })}
                    </li>
                }
            })
            .collect_view();
        let proposals = page
            .proposals
            .iter()
            .map(|p| {
                let mut facts = vec![p.round.clone(), p.status.clone()];
                facts.extend(p.funded.clone());
                facts.extend(p.delivery.clone());
                view! { <li><a href=format!("/proposals/{}", p.id)>{p.title.clone()}</a>" – "{facts.join(" · ")}</li> }
            })
            .collect_view();
        view! {
            <PageTitle text=page.name.clone() error=!errors.is_empty()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{t("group.caption")}</span>
            <h1 class="heading-l">{page.name.clone()}</h1>
            <p class="lead">{page.summary.clone()}</p>
            <p class="body group__description">{page.description.clone()}</p>
            <h2 class="heading-m">{t("group.where")}</h2>
            <ul class="list" data-testid="group-areas">{areas}</ul>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t("group.run_by")}</dt>
                    <dd class="summary-list__value">{page.admins.join(", ")}</dd>
                </div>
                {page.contact_waiting.then(|| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{t("group.contact")}</dt>
                        <dd class="summary-list__value" data-testid="contact-waiting">{t("group.contact_waiting")}</dd>
                    </div>
                })}
                {(!page.contact_email.is_empty()).then(|| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{t("group.contact")}</dt>
                        <dd class="summary-list__value"><a href=format!("mailto:{}", page.contact_email)>{page.contact_email.clone()}</a></dd>
                    </div>
                })}
                {page.charity_number.clone().map(|n| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{t("group.charity_number")}</dt>
                        <dd class="summary-list__value">{n}</dd>
                    </div>
                })}
                {page.website.clone().map(|w| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{t("group.website")}</dt>
                        <dd class="summary-list__value"><a href=w.clone() rel="nofollow noopener">{w.clone()}</a></dd>
                    </div>
                })}
            </dl>
            <h2 class="heading-m">{t("group.proposals")}</h2>
            {if page.proposals.is_empty() {
                view! { <p class="body">{t("group.no_proposals")}</p> }.into_any()
            } else {
                view! { <ul class="list" data-testid="group-proposals">{proposals}</ul> }.into_any()
            }}
            {page.members.is_some().then(|| member_rows(&page, &ctx))}
            {page.member.then(|| view! {
                <form method="post" action=LeaveGroup::url()>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="group" value=page.slug.clone()/>
                    <button type="submit" class="button button--secondary">{t("group.leave")}</button>
                </form>
            })}
        }
    })
}

fn decision_form(
    line: &QueueLine,
    queue: &GroupQueue,
    ctx: &PageForms,
    choices: &[&'static str],
) -> impl IntoView {
    let options: Vec<(String, String)> = choices
        .iter()
        .map(|c| ((*c).to_owned(), t(&format!("group.decide.{c}")).to_owned()))
        .collect();
    // Each group's form has its own field names in errors: only the one sent shows them.
    let sent_here = ctx.flash.value("decide_group", "group") == line.slug;
    let errors = if sent_here {
        ctx.flash.errors_for("decide_group")
    } else {
        Vec::new()
    };
    // Ids must be unique on the page; the form sent keeps the plain ones the error
    // summary links to.
    let id = |field: &str| {
        if sent_here {
            field.to_owned()
        } else {
            format!("{field}-{}", line.slug)
        }
    };
    view! {
        <form method="post" action=DecideGroup::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="neighbourhood" value=queue.neighbourhood_slug.clone()/>
            <input type="hidden" name="group" value=line.slug.clone()/>
            <Radios name="decision" legend=tr("group.decision_for", &[("group", line.name.clone())])
                options=options value=String::new() errors=errors.clone() id=id("decision")/>
            <TextArea name="reason" label=t("group.reason") hint=t("group.reason_hint") rows=3
                errors=errors id=id("reason")/>
            <button type="submit" class="button">{t("group.record_decision")}</button>
        </form>
    }
}

fn queue_section(
    heading: &'static str,
    lines: &[QueueLine],
    queue: &GroupQueue,
    ctx: &PageForms,
    choices: &[&'static str],
) -> impl IntoView {
    let items = lines
        .iter()
        .map(|line| {
            view! {
                <li class="queue__item">
                    <h3 class="heading-s"><a href=format!("/groups/{}", line.slug)>{line.name.clone()}</a></h3>
                    <p class="body">{line.summary.clone()}</p>
                    <p class="hint">{line.standing.clone()}{line.reason.clone().map(|r| format!(" – {r}"))}</p>
                    {(!choices.is_empty()).then(|| decision_form(line, queue, ctx, choices))}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{t(heading)}</h2>
        {if lines.is_empty() {
            view! { <p class="body">{t("group.queue.none")}</p> }.into_any()
        } else {
            view! { <ul class="list">{items}</ul> }.into_any()
        }}
    }
}

#[component]
pub fn GroupQueuePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(slug, get_group_queue);
    loaded(data, |(ctx, queue): (PageForms, GroupQueue)| {
        let errors = ctx.flash.errors_for("decide_group");
        let title = tr(
            "group.queue.title",
            &[("place", queue.neighbourhood_name.clone())],
        );
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("/neighbourhoods/{}", queue.neighbourhood_slug) label=queue.neighbourhood_name.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("group.queue.lead")}</p>
            {queue_section("group.queue.waiting", &queue.waiting, &queue, &ctx, &["recognised", "changes_asked", "declined"])}
            {queue_section("group.queue.recognised", &queue.recognised, &queue, &ctx, &["withdrawn"])}
            {queue_section("group.queue.others", &queue.others, &queue, &ctx, &["recognised"])}
        }
    })
}

/// `/groups/confirm/:token`: someone at a group's contact address confirms it.
#[component]
pub fn GroupContactPageView() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = with_forms(token, get_group_contact);
    loaded(data, move |(ctx, page): (PageForms, GroupContactPage)| {
        let errors = ctx.flash.errors_for("confirm_group_contact");
        view! {
            <PageTitle text=t("group.confirm_contact_title") error=!errors.is_empty()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{t("group.confirm_contact_title")}</h1>
            <p class="body">{tr("group.confirm_contact_lead", &[("email", page.email.clone()), ("group", page.group.clone())])}</p>
            <form method="post" action=ConfirmGroupContact::url()>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="token" value=token()/>
                <button type="submit" class="button">{t("group.confirm_contact")}</button>
            </form>
        }
    })
}
