//! Who may call what. One table lists every server function and form endpoint with
//! the people allowed to use it; the test signs each kind of person in and tries them
//! all. A server function missing from the table fails the suite.

use crate::helpers::spawn_app;
use crate::visitors::Visitor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Unverified,
    ResidentElsewhere,
    Resident,
    GroupMember,
    /// Runs another neighbourhood's group (Castle Vale's tenants).
    GroupElsewhere,
    Officer,
    /// An officer of another neighbourhood (Castle Vale).
    OfficerElsewhere,
    Councillor,
    Admin,
}

use Who::*;

const EVERYONE: &[Who] = &[
    Anonymous,
    Unverified,
    ResidentElsewhere,
    Resident,
    GroupMember,
    GroupElsewhere,
    Officer,
    OfficerElsewhere,
    Councillor,
    Admin,
];
const SIGNED_IN: &[Who] = &[
    Unverified,
    ResidentElsewhere,
    Resident,
    GroupMember,
    GroupElsewhere,
    Officer,
    OfficerElsewhere,
    Councillor,
    Admin,
];
const ILFRACOMBE_OFFICERS: &[Who] = &[Officer, Admin];
/// Who may draft the decision: the councillors, who publish it, and the officers, who
/// may prepare it for them.
const DRAFTERS: &[Who] = &[Officer, Councillor, Admin];
const ILFRACOMBE_PROPOSERS: &[Who] = &[Resident, GroupMember];
/// Only a proposal's own proposer; the demo's proposals have none among these people.
const NOBODY: &[Who] = &[];
const ADMINS: &[Who] = &[Admin];
/// Officers read feedback about their neighbourhoods; administrators all of it.
const FEEDBACK_READERS: &[Who] = &[Officer, OfficerElsewhere, Admin];
/// The demo's Sea Cadets are run by the group member who registered them.
const SEA_CADETS_ADMINS: &[Who] = &[GroupMember];
const SEA_CADETS: &str = "ilfracombe-sea-cadets";

fn email(who: Who) -> Option<&'static str> {
    match who {
        Anonymous => None,
        Unverified => Some("newcomer@demo.invalid"),
        ResidentElsewhere => Some("resident.castle-vale@demo.invalid"),
        Resident => Some("resident.ilfracombe@demo.invalid"),
        GroupMember => Some("group.ilfracombe@demo.invalid"),
        GroupElsewhere => Some("group.castle-vale@demo.invalid"),
        Officer => Some("officer.ilfracombe@demo.invalid"),
        OfficerElsewhere => Some("officer.castle-vale@demo.invalid"),
        Councillor => Some("councillor.ilfracombe@demo.invalid"),
        Admin => Some("admin@demo.invalid"),
    }
}

struct Rule {
    path: &'static str,
    fields: &'static [(&'static str, &'static str)],
    allowed: &'static [Who],
    /// What those allowed get: 200, or the refusal the row's arguments earn once past
    /// the permission check (422 for a form left empty, 404 for a made-up id, 409 for a
    /// step the round is not at), so a row cannot pass by failing some other way.
    answers: &'static [u16],
}

/// Every endpoint, with arguments that get past parsing to the permission check. The
/// arguments never succeed in changing anything that a later row depends on.
const RULES: &[Rule] = &[
    Rule {
        path: "/api/list_neighbourhoods",
        fields: &[],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_neighbourhood",
        fields: &[("slug", "ilfracombe")],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_round",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2026-27")],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_round_results",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_proposal",
        fields: &[("id", "1")],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/form_context",
        fields: &[],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/sign_up",
        fields: &[("display_name", ""), ("email", ""), ("password", "")],
        allowed: EVERYONE,
        answers: &[422],
    },
    Rule {
        path: "/api/sign_in",
        fields: &[
            ("email", "nobody@demo.invalid"),
            ("password", "not the password"),
        ],
        allowed: EVERYONE,
        // Wrong password (422) until the guessing limit on that address stops it (429).
        answers: &[422, 429],
    },
    Rule {
        path: "/api/get_account",
        fields: &[],
        allowed: SIGNED_IN,
        answers: &[200],
    },
    Rule {
        path: "/api/delete_account",
        fields: &[("delete_password", "not the password")],
        allowed: SIGNED_IN,
        answers: &[422],
    },
    Rule {
        path: "/api/get_service_operator",
        fields: &[],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/find_accounts",
        fields: &[("q", "resident")],
        allowed: ADMINS,
        answers: &[200],
    },
    Rule {
        path: "/api/get_admin_account",
        fields: &[("id", "999999")],
        allowed: ADMINS,
        answers: &[404],
    },
    // No reason: refused (422) for the admin.
    Rule {
        path: "/api/set_account_disabled",
        fields: &[("account", "999999"), ("disable", "yes"), ("reason", "")],
        allowed: ADMINS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_audit_log",
        fields: &[("what", "account")],
        allowed: ADMINS,
        answers: &[200],
    },
    // No name: refused (422) for anyone signed in.
    Rule {
        path: "/api/change_display_name",
        fields: &[("display_name", " ")],
        allowed: SIGNED_IN,
        answers: &[422],
    },
    Rule {
        path: "/api/change_password",
        fields: &[
            ("current_password", "not the password"),
            ("new_password", ""),
        ],
        allowed: SIGNED_IN,
        answers: &[422],
    },
    Rule {
        path: "/api/verify_residence",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("postcode", "EX34 9AB"),
            ("code", "0000-0000-0000"),
        ],
        allowed: SIGNED_IN,
        answers: &[422],
    },
    Rule {
        path: "/api/get_codes_page",
        fields: &[("neighbourhood", "ilfracombe")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    Rule {
        path: "/api/generate_codes",
        fields: &[("neighbourhood", "ilfracombe"), ("how_many", "0")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/void_code",
        fields: &[("neighbourhood", "ilfracombe"), ("code", "0000-0000-0000")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/verify_in_person",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("email", "nobody@demo.invalid"),
            ("postcode", "EX34 9AB"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_roles_page",
        fields: &[],
        allowed: ADMINS,
        answers: &[200],
    },
    Rule {
        path: "/api/invite_role",
        fields: &[
            ("email", "nobody@demo.invalid"),
            ("role", "officer"),
            ("neighbourhood", "ilfracombe"),
        ],
        allowed: ADMINS,
        answers: &[200],
    },
    Rule {
        path: "/api/revoke_role",
        fields: &[("grant", "999999")],
        allowed: ADMINS,
        answers: &[404],
    },
    Rule {
        path: "/api/get_new_proposal_form",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2027-28")],
        allowed: SIGNED_IN,
        answers: &[200],
    },
    Rule {
        path: "/api/submit_proposal",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2027-28"),
            ("sender", "self"),
            ("title", ""),
            ("summary", ""),
            ("body", ""),
            ("cost", ""),
            ("area", ""),
        ],
        allowed: ILFRACOMBE_PROPOSERS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_edit_proposal_form",
        fields: &[("id", "1")],
        allowed: NOBODY,
        answers: &[200],
    },
    Rule {
        path: "/api/edit_proposal",
        fields: &[
            ("id", "1"),
            ("title", ""),
            ("summary", ""),
            ("body", ""),
            ("cost", ""),
            ("area", ""),
        ],
        allowed: NOBODY,
        answers: &[200],
    },
    Rule {
        path: "/api/withdraw_proposal",
        fields: &[("id", "1")],
        allowed: NOBODY,
        answers: &[200],
    },
    Rule {
        path: "/api/get_my_proposals",
        fields: &[],
        allowed: SIGNED_IN,
        answers: &[200],
    },
    Rule {
        path: "/api/get_review_queue",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2027-28")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    // Proposal 1 is in Ilfracombe's round open for proposals: the verdict, the cost
    // change and the removal all stop after the permission check (wrong phase, or a
    // missing reason), so nothing changes.
    Rule {
        path: "/api/review_proposal",
        fields: &[("id", "1"), ("verdict", "feasible")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/adjust_proposal_cost",
        fields: &[("id", "1"), ("cost", "10"), ("cost_note", "")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/hide_proposal",
        fields: &[("id", "1"), ("reason", "")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/advance_round",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2027-28"),
            ("from", "draft"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/get_ballot",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2026-27")],
        allowed: EVERYONE,
        answers: &[200],
    },
    // An empty ballot is refused (422) before anything else: anyone may try to vote,
    // with an account or with the code on their letter.
    Rule {
        path: "/api/cast_ballot",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2026-27")],
        allowed: EVERYONE,
        answers: &[422],
    },
    Rule {
        path: "/api/get_receipt",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("receipt", "0000-0000"),
        ],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/get_ledger",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        allowed: EVERYONE,
        answers: &[200],
    },
    // Voting is open in 2026-27, so the rules are frozen (409) for those allowed.
    Rule {
        path: "/api/set_ballot_rules",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("rule", "points"),
            ("points", "10"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    // The pot: officers of the neighbourhood only. Voting is open in 2026-27, so the
    // pot is fixed (409) for those allowed.
    Rule {
        path: "/api/get_pot_setup",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2027-28")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    Rule {
        path: "/api/save_contribution",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("id", "1"),
            ("amount", "1"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/add_contribution",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("agency", "Ilfracombe Town Council"),
            ("kind", "council"),
            ("amount", "1"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/remove_contribution",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("id", "1"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    // Paper ballots: officers of the neighbourhood only. The batch does not exist
    // (404) and the empty label is refused (422) for those allowed.
    Rule {
        path: "/api/get_paper_batches",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2026-27")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    Rule {
        path: "/api/open_paper_batch",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("label", ""),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_paper_batch",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("batch", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/enter_paper_ballot",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("batch", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/remove_paper_ballot",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("batch", "999999"),
            ("receipt", "0000-0000"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/verify_paper_batch",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("batch", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/get_voids",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2026-27")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    // No ballot has this receipt: the officer is told so beside the field.
    Rule {
        path: "/api/propose_void",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("receipt", "ZZZZ-ZZZZ"),
            ("reason", "Code reported stolen"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/confirm_void",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("step", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/decline_void",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("step", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    // No reason is given: the officer is told so beside the field.
    Rule {
        path: "/api/unverify_resident",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("resident_email", "resident.ilfracombe@demo.invalid"),
            ("reason", ""),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_reopenings",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2026-27")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    // No closing time is given: the officer is told so beside the field.
    Rule {
        path: "/api/propose_reopening",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("closes_at", ""),
            ("reason", "The site was down"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/confirm_reopening",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("step", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/decline_reopening",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("step", "999999"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    // No ballot has this receipt (404): anyone may ask for their own by email.
    Rule {
        path: "/api/email_receipt",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("receipt", "0000-0000"),
            ("email", "someone@example.org"),
        ],
        allowed: EVERYONE,
        answers: &[404],
    },
    // The finished round takes no reminder (409) for those allowed.
    Rule {
        path: "/api/send_reminder",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/get_decision",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_decision_draft",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        allowed: DRAFTERS,
        answers: &[200],
    },
    // An empty draft breaks the rules (422); officers may prepare drafts too.
    Rule {
        path: "/api/save_decision_draft",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2025-26"),
            ("intent", "publish"),
        ],
        allowed: DRAFTERS,
        answers: &[422],
    },
    // No draft that meets every rule is saved, so there is nothing to look at (409).
    Rule {
        path: "/api/get_decision_preview",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        allowed: DRAFTERS,
        answers: &[409],
    },
    // Only councillors publish; nothing publishable is saved (409).
    Rule {
        path: "/api/publish_decision",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2025-26"),
            ("draft", "0000"),
        ],
        allowed: &[Councillor],
        answers: &[409],
    },
    // Proposal 1 is not funded, so those allowed are refused with 409.
    Rule {
        path: "/api/post_delivery_update",
        fields: &[("id", "1"), ("status", "planned")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    Rule {
        path: "/api/follow_proposal",
        fields: &[("id", "1"), ("follow", "no")],
        allowed: SIGNED_IN,
        answers: &[200],
    },
    // A council's set-up. The link does not exist (404) and an empty password is refused
    // (422) for everyone.
    Rule {
        path: "/api/get_set_password",
        fields: &[("token", "no-such-link")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/set_password_by_link",
        fields: &[("token", "no-such-link"), ("new_password", "")],
        allowed: EVERYONE,
        answers: &[404],
    },
    // Proving an address and resetting a password: links that do not exist (404), an
    // empty address (422); demo accounts are confirmed already (409).
    Rule {
        path: "/api/get_confirm_email",
        fields: &[("token", "no-such-link")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/confirm_email",
        fields: &[("token", "no-such-link")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/get_change_email",
        fields: &[("token", "no-such-link")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/confirm_email_change",
        fields: &[("token", "no-such-link")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/change_email",
        fields: &[
            ("new_email", "elsewhere@example.org"),
            ("email_password", "not the password"),
        ],
        allowed: SIGNED_IN,
        answers: &[422],
    },
    Rule {
        path: "/api/resend_confirmation",
        fields: &[],
        allowed: SIGNED_IN,
        answers: &[409],
    },
    Rule {
        path: "/api/request_password_reset",
        fields: &[("email", "")],
        allowed: EVERYONE,
        answers: &[422],
    },
    Rule {
        path: "/api/get_invitation",
        fields: &[("token", "no-such-link")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/accept_invitation",
        fields: &[("token", "no-such-link")],
        allowed: SIGNED_IN,
        answers: &[404],
    },
    Rule {
        path: "/api/withdraw_invitation",
        fields: &[("invitation", "999999")],
        allowed: ADMINS,
        answers: &[404],
    },
    Rule {
        path: "/api/second_officer",
        fields: &[("neighbourhood", "ilfracombe"), ("batch", "no-such-batch")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[404],
    },
    Rule {
        path: "/api/get_neighbourhood_list",
        fields: &[],
        allowed: ADMINS,
        answers: &[200],
    },
    Rule {
        path: "/api/get_neighbourhood_form",
        fields: &[("slug", "ilfracombe")],
        allowed: ADMINS,
        answers: &[200],
    },
    // Nothing filled in: refused (422) for the admin.
    Rule {
        path: "/api/save_neighbourhood",
        fields: &[("original", "ilfracombe")],
        allowed: ADMINS,
        answers: &[422],
    },
    Rule {
        path: "/api/archive_neighbourhood",
        fields: &[("neighbourhood", "no-such-place"), ("archive", "yes")],
        allowed: ADMINS,
        answers: &[404],
    },
    Rule {
        path: "/api/get_round_form",
        fields: &[("neighbourhood", "ilfracombe"), ("round", "")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    // Nothing filled in: refused (422) for those allowed.
    Rule {
        path: "/api/create_round",
        fields: &[("neighbourhood", "ilfracombe")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    // Voting is open, so the round is fixed (409) for those allowed.
    Rule {
        path: "/api/edit_round",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("seen", "voting_open"),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[409],
    },
    // No summary: refused (422) for those allowed.
    Rule {
        path: "/api/close_round",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("round", "2026-27"),
            ("closing_summary", ""),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_group_form",
        fields: &[],
        allowed: SIGNED_IN,
        answers: &[200],
    },
    // Nothing filled in: refused (422) for those allowed.
    Rule {
        path: "/api/register_group",
        fields: &[("name", "")],
        allowed: SIGNED_IN,
        answers: &[422],
    },
    Rule {
        path: "/api/get_group",
        fields: &[("slug", SEA_CADETS)],
        allowed: EVERYONE,
        answers: &[200],
    },
    // No address: refused (422) for the group's administrator.
    Rule {
        path: "/api/invite_member",
        fields: &[("group", SEA_CADETS), ("email", "")],
        allowed: SEA_CADETS_ADMINS,
        answers: &[422],
    },
    // No such member (404).
    Rule {
        path: "/api/set_member_admin",
        fields: &[
            ("group", SEA_CADETS),
            ("member", "999999"),
            ("admin", "yes"),
        ],
        allowed: SEA_CADETS_ADMINS,
        answers: &[404],
    },
    Rule {
        path: "/api/remove_member",
        fields: &[("group", SEA_CADETS), ("member", "999999")],
        allowed: SEA_CADETS_ADMINS,
        answers: &[404],
    },
    // Anyone signed in may try to leave: those not in it are told so (404); the group's
    // only administrator cannot (409).
    Rule {
        path: "/api/leave_group",
        fields: &[("group", SEA_CADETS)],
        allowed: SIGNED_IN,
        answers: &[404, 409],
    },
    // A made-up link (404) for everyone: no account is needed to confirm a contact.
    Rule {
        path: "/api/get_group_contact",
        fields: &[("token", "made-up")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/confirm_group_contact",
        fields: &[("token", "made-up")],
        allowed: EVERYONE,
        answers: &[404],
    },
    Rule {
        path: "/api/get_group_queue",
        fields: &[("neighbourhood", "ilfracombe")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    // No decision chosen: refused (422) for those allowed.
    Rule {
        path: "/api/decide_group",
        fields: &[
            ("neighbourhood", "ilfracombe"),
            ("group", SEA_CADETS),
            ("decision", ""),
        ],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/get_help_places",
        fields: &[],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_neighbourhood_help",
        fields: &[("neighbourhood", "ilfracombe")],
        allowed: EVERYONE,
        answers: &[200],
    },
    Rule {
        path: "/api/get_help_contact_form",
        fields: &[("neighbourhood", "ilfracombe")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[200],
    },
    Rule {
        path: "/api/save_help_contact",
        fields: &[("neighbourhood", "ilfracombe"), ("phone", "not a number")],
        allowed: ILFRACOMBE_OFFICERS,
        answers: &[422],
    },
    Rule {
        path: "/api/send_feedback",
        fields: &[("message", "")],
        allowed: EVERYONE,
        answers: &[422],
    },
    Rule {
        path: "/api/get_feedback_messages",
        fields: &[("page", "1")],
        allowed: FEEDBACK_READERS,
        answers: &[200],
    },
    Rule {
        path: "/api/answer_feedback",
        fields: &[("id", "999999")],
        allowed: FEEDBACK_READERS,
        answers: &[404],
    },
    // Last: it ends the session the rows above used.
    Rule {
        path: "/api/sign_out",
        fields: &[],
        allowed: EVERYONE,
        answers: &[200],
    },
];

/// Pages that show private things, with who may see them.
const PAGES: &[(&str, &[Who])] = &[
    ("/account", SIGNED_IN),
    ("/neighbourhoods/ilfracombe/codes", ILFRACOMBE_OFFICERS),
    ("/admin/roles", ADMINS),
    ("/admin/accounts?q=demo", ADMINS),
    ("/admin/accounts/1", ADMINS),
    ("/admin/audit?what=round", ADMINS),
    ("/admin/neighbourhoods", ADMINS),
    ("/admin/neighbourhoods/new", ADMINS),
    ("/admin/neighbourhoods/ilfracombe/edit", ADMINS),
    ("/neighbourhoods/ilfracombe/new-round", ILFRACOMBE_OFFICERS),
    (
        "/neighbourhoods/ilfracombe/rounds/2027-28/settings",
        ILFRACOMBE_OFFICERS,
    ),
    ("/account/proposals", SIGNED_IN),
    (
        "/neighbourhoods/ilfracombe/rounds/2027-28/propose",
        SIGNED_IN,
    ),
    (
        "/neighbourhoods/ilfracombe/rounds/2027-28/review",
        ILFRACOMBE_OFFICERS,
    ),
    (
        "/neighbourhoods/ilfracombe/rounds/2026-27/paper",
        ILFRACOMBE_OFFICERS,
    ),
    (
        "/neighbourhoods/ilfracombe/rounds/2026-27/close-voting",
        ILFRACOMBE_OFFICERS,
    ),
    (
        "/neighbourhoods/ilfracombe/rounds/2026-27/voids",
        ILFRACOMBE_OFFICERS,
    ),
    (
        "/neighbourhoods/ilfracombe/rounds/2026-27/reopen",
        ILFRACOMBE_OFFICERS,
    ),
    (
        "/neighbourhoods/ilfracombe/rounds/2027-28/pot",
        ILFRACOMBE_OFFICERS,
    ),
    ("/proposals/1/edit", NOBODY),
    (
        "/neighbourhoods/ilfracombe/rounds/2025-26/decision/draft",
        DRAFTERS,
    ),
    ("/sign-in", EVERYONE),
    ("/sign-up", EVERYONE),
    ("/privacy", EVERYONE),
    ("/accessibility", EVERYONE),
    ("/cookies", EVERYONE),
    ("/forgot-password", EVERYONE),
    ("/account/data.json", SIGNED_IN),
    ("/groups/new", SIGNED_IN),
    ("/api/v1/neighbourhoods/ilfracombe/groups", EVERYONE),
    ("/api/v1/neighbourhoods/ilfracombe/groups.csv", EVERYONE),
    ("/groups/ilfracombe-sea-cadets", EVERYONE),
    ("/neighbourhoods/ilfracombe/groups", ILFRACOMBE_OFFICERS),
    // The open data: every file of every round, to anyone.
    ("/api/v1/neighbourhoods", EVERYONE),
    ("/api/v1/neighbourhoods/ilfracombe/rounds", EVERYONE),
    ("/api/v1/neighbourhoods/ilfracombe/rounds/2025-26", EVERYONE),
    (
        "/api/v1/neighbourhoods/ilfracombe/rounds/2025-26/ledger.pb",
        EVERYONE,
    ),
    ("/help", EVERYONE),
    ("/neighbourhoods/ilfracombe/help", EVERYONE),
    ("/neighbourhoods/ilfracombe/help/edit", ILFRACOMBE_OFFICERS),
    ("/feedback", EVERYONE),
    ("/feedback/messages", FEEDBACK_READERS),
];

#[test]
fn every_server_function_has_an_access_rule() {
    let registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    assert!(registered.len() >= RULES.len(), "{registered:?}");
    for path in &registered {
        assert!(
            RULES.iter().any(|r| r.path == path),
            "{path} has no row in the access table: say who may call it"
        );
    }
}

/// The page of a batch of paper ballots, opened by the officer for the test.
async fn a_paper_batch_page(app: &crate::helpers::TestApp) -> String {
    use app::backend::entities::paper_batch;
    use sea_orm::EntityTrait;
    let officer = Visitor::signed_in(app, "officer.ilfracombe@demo.invalid").await;
    let opened = officer
        .post(
            "/api/open_paper_batch",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "2026-27"),
                ("label", "Library box"),
            ],
        )
        .await;
    assert!(opened.status < 400, "{}", opened.body);
    let batch = paper_batch::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    format!(
        "/neighbourhoods/ilfracombe/rounds/2026-27/paper/{}",
        batch.id
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_kind_of_person_gets_exactly_the_access_the_rules_give() {
    let app = spawn_app().await;
    let paper = a_paper_batch_page(&app).await;
    let pages: Vec<(&str, &[Who])> = PAGES
        .iter()
        .copied()
        .chain([(paper.as_str(), ILFRACOMBE_OFFICERS)])
        .collect();
    let mut failures = Vec::new();
    for who in EVERYONE.iter().copied() {
        let visitor = match email(who) {
            Some(address) => Visitor::signed_in(&app, address).await,
            None => Visitor::new(&app).await,
        };
        // The language switch: anyone, with the form's token, and back to a page here.
        let switched = visitor
            .post("/language", &[("code", "cy"), ("back", "/privacy")])
            .await;
        if switched.status != 303 || switched.location.as_deref() != Some("/privacy") {
            failures.push(format!(
                "{who:?} POST /language: {} {:?}",
                switched.status, switched.location
            ));
        }
        let forged = visitor
            .post_raw("/language", &[("code", "cy"), ("back", "/privacy")])
            .await;
        if forged.status != 403 {
            failures.push(format!(
                "{who:?} POST /language without the token: {}",
                forged.status
            ));
        }
        for (path, allowed) in &pages {
            let page = visitor.get(path).await;
            let status = page.status;
            // A download is not a page: someone signed out is sent to sign in.
            let to_sign_in = status == 303
                && page
                    .location
                    .as_deref()
                    .is_some_and(|l| l.starts_with("/sign-in"));
            let ok = if allowed.contains(&who) {
                status == 200
            } else {
                status == 401 || status == 403 || (who == Anonymous && to_sign_in)
            };
            if !ok {
                failures.push(format!("{who:?} GET {path}: {status}"));
            }
        }
        for rule in RULES {
            let answer = visitor.post(rule.path, rule.fields).await;
            let expected_refusal = if who == Anonymous { 401 } else { 403 };
            let ok = if rule.allowed.contains(&who) {
                rule.answers.contains(&answer.status)
            } else {
                answer.status == expected_refusal
            };
            if !ok {
                failures.push(format!(
                    "{who:?} POST {}: {} (expected {:?}) {}",
                    rule.path,
                    answer.status,
                    if rule.allowed.contains(&who) {
                        rule.answers.to_vec()
                    } else {
                        vec![expected_refusal]
                    },
                    answer.body.chars().take(160).collect::<String>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
