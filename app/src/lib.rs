//! Commonpot: the Leptos application, rendered on the server, with islands in the browser.
#![recursion_limit = "256"]

pub mod api;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod components;
pub mod domain;
pub mod error;
pub mod flash;
pub mod i18n;
#[cfg(test)]
mod layer_tests;
pub mod operator;
pub mod pages;

use components::error_page::NotFound;
use components::layout::{SiteFooter, SiteHeader};
use components::security_policy::SecurityPolicy;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};
use pages::{
    account::AccountPageView,
    admin_accounts::{AdminAccountPage, AdminAccountsPage},
    admin_audit::AdminAuditPage,
    admin_neighbourhoods::{AdminNeighbourhoodsPage, NeighbourhoodFormPage},
    admin_roles::AdminRolesPage,
    change_email::ChangeEmailLinkPage,
    codes::CodesPageView,
    confirm_email::ConfirmEmailPage,
    decision::{DecisionPageView, DecisionPrintView},
    decision_draft::DecisionDraftPage,
    decision_preview::DecisionPreviewPage,
    feedback::{FeedbackMessagesPage, FeedbackPage},
    groups::{GroupContactPageView, GroupPageView, GroupQueuePage, RegisterGroupPage},
    help::{HelpContactPage, HelpPage, NeighbourhoodHelpPage},
    home::HomePage,
    invitation::InvitationPageView,
    my_proposals::MyProposalsPage,
    neighbourhood::NeighbourhoodPageView,
    notices::{AccessibilityPage, CookiesPage, PrivacyPage},
    paper::{PaperBatchPageView, PaperBatchesPage},
    pot::PotSetupPage,
    proposal::ProposalPageView,
    propose::{EditProposalPage, NewProposalPage},
    reopen::ReopenPageView,
    results::ResultsPageView,
    review::{CloseVotingPage, ReviewQueuePage},
    round::RoundPageView,
    round_settings::{NewRoundPage, RoundSettingsPage},
    set_password::SetPasswordPageView,
    sign_in::{ForgotPasswordPage, SignInPage, SignUpPage},
    voids::VoidsPageView,
    vote::{BallotPageView, LedgerPageView, ReceiptPageView},
};

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang=crate::i18n::t("language.tag")>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0b0c0c"/>
                // Inline, so no phone makes a request for a favicon that is not there.
                <link
                    rel="icon"
                    href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23005a4b'/%3E%3C/svg%3E"
                />
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
                <SecurityPolicy/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The route table. Every page is rendered completely on the server before it is sent
/// (`SsrMode::Async`), so titles and HTTP status codes are right and no page needs
/// JavaScript to show its content.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <SiteHeader/>
        <Router>
            <main id="main-content" class="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route
                        path=path!("neighbourhoods/:neighbourhood")
                        view=NeighbourhoodPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round")
                        view=RoundPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/results")
                        view=ResultsPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/propose")
                        view=NewProposalPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/review")
                        view=ReviewQueuePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/close-voting")
                        view=CloseVotingPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/pot")
                        view=PotSetupPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/paper")
                        view=PaperBatchesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/paper/:batch")
                        view=PaperBatchPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/reopen")
                        view=ReopenPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/voids")
                        view=VoidsPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/vote")
                        view=BallotPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/vote/receipt/:receipt")
                        view=ReceiptPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/ledger")
                        view=LedgerPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/decision")
                        view=DecisionPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/decision/print")
                        view=DecisionPrintView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/decision/preview")
                        view=DecisionPreviewPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/decision/draft")
                        view=DecisionDraftPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("proposals/:id") view=ProposalPageView ssr=SsrMode::Async/>
                    <Route
                        path=path!("proposals/:id/edit")
                        view=EditProposalPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/codes")
                        view=CodesPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/groups")
                        view=GroupQueuePage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("groups/new") view=RegisterGroupPage ssr=SsrMode::Async/>
                    <Route path=path!("groups/:slug") view=GroupPageView ssr=SsrMode::Async/>
                    <Route
                        path=path!("groups/confirm/:token")
                        view=GroupContactPageView
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("sign-up") view=SignUpPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("forgot-password")
                        view=ForgotPasswordPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("account/confirm/:token")
                        view=ConfirmEmailPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("invitations/:token")
                        view=InvitationPageView
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("account") view=AccountPageView ssr=SsrMode::Async/>
                    <Route
                        path=path!("account/change-email/:token")
                        view=ChangeEmailLinkPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("help") view=HelpPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/help")
                        view=NeighbourhoodHelpPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/help/edit")
                        view=HelpContactPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("feedback") view=FeedbackPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("feedback/messages")
                        view=FeedbackMessagesPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("privacy") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("cookies") view=CookiesPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("account/proposals")
                        view=MyProposalsPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("admin/roles") view=AdminRolesPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/accounts") view=AdminAccountsPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/audit") view=AdminAuditPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("admin/accounts/:account")
                        view=AdminAccountPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("admin/neighbourhoods")
                        view=AdminNeighbourhoodsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("admin/neighbourhoods/new")
                        view=NeighbourhoodFormPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("admin/neighbourhoods/:neighbourhood/edit")
                        view=NeighbourhoodFormPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/new-round")
                        view=NewRoundPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("neighbourhoods/:neighbourhood/rounds/:round/settings")
                        view=RoundSettingsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("account/set-password/:token")
                        view=SetPasswordPageView
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
        </Router>
        <SiteFooter/>
    }
}
