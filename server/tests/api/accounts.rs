//! Accounts and sessions: signing up and in, cookies, CSRF, rate limits, and the
//! advisories that hit comparable platforms.

use crate::helpers::{spawn_app, spawn_with_rate_window, visible_text};
use crate::visitors::{demo_password, Visitor};
use app::backend::entities::{audit_entry, role_grant};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_resident_signs_up_and_lands_on_their_account_page() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app).await;
    let answer = visitor
        .post(
            "/api/sign_up",
            &[
                ("display_name", "Morwenna Tregear"),
                ("email", "Morwenna@Example.org"),
                ("password", "gull harbour pasty lantern"),
            ],
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.location.as_deref(), Some("/account"));
    let page = visitor.get("/account").await;
    assert_eq!(page.status, 200);
    let text = visible_text(&page.body);
    assert!(text.contains("Morwenna Tregear"), "{text}");
    assert!(text.contains("morwenna@example.org"));
    assert!(text.contains("You have not shown where you live yet"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_up_explains_each_problem_and_keeps_what_was_typed_without_javascript() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app).await;
    let answer = visitor
        .submit(
            "/sign-up",
            "/api/sign_up",
            &[
                ("display_name", ""),
                ("email", "morwenna@example"),
                ("password", "qwerty123456"),
            ],
        )
        .await;
    assert_eq!(answer.status, 302);
    let location = answer.location.clone().unwrap_or_default();
    assert!(location.contains("/sign-up"), "{location} {}", answer.body);
    let page = visitor.get("/sign-up").await;
    let text = visible_text(&page.body);
    assert!(text.contains("There is a problem"), "{text}");
    assert!(text.contains("Enter your name"));
    assert!(text.contains("Enter an email address in the correct format"));
    assert!(text.contains("one of the most common ones"));
    assert!(page.body.contains("value=\"morwenna@example\""));
    assert!(page.body.contains("href=\"#email\""));
    assert!(
        !page.body.contains("qwerty123456"),
        "passwords are never echoed"
    );
    // Shown once: reloading the page clears the messages.
    let again = visible_text(&visitor.get("/sign-up").await.body);
    assert!(!again.contains("There is a problem"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_password_is_refused_with_the_reason() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app).await;
    let answer = visitor
        .post(
            "/api/sign_up",
            &[
                ("display_name", "Jo"),
                ("email", "jo@example.org"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(answer.status, 422);
    assert!(
        answer.body.contains("at least 12 characters"),
        "{}",
        answer.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app).await;
    let unknown = visitor
        .post(
            "/api/sign_in",
            &[
                ("email", "nobody@demo.invalid"),
                ("password", "whatever it is here"),
            ],
        )
        .await;
    let wrong = visitor
        .post(
            "/api/sign_in",
            &[
                ("email", "admin@demo.invalid"),
                ("password", "whatever it is here"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert_eq!(unknown.status, wrong.status);
    assert_eq!(unknown.body, wrong.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_cookie_is_http_only_same_site_and_rotated_on_sign_in() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app).await;
    let email = "resident.ilfracombe@demo.invalid";
    let first = visitor
        .post(
            "/api/sign_in",
            &[("email", email), ("password", &demo_password(email))],
        )
        .await;
    let second = visitor
        .post(
            "/api/sign_in",
            &[("email", email), ("password", &demo_password(email))],
        )
        .await;
    let session_cookie = |cookies: &[String]| {
        cookies
            .iter()
            .find(|c| c.starts_with("commonpot_session="))
            .cloned()
            .expect("a session cookie")
    };
    let one = session_cookie(&first.set_cookies);
    let two = session_cookie(&second.set_cookies);
    for cookie in [&one, &two] {
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax"), "{cookie}");
        assert!(cookie.contains("Path=/"), "{cookie}");
    }
    assert_ne!(one, two, "each sign-in starts a new session");
    // The first session ended when the second began.
    let token = one.split(';').next().unwrap().to_owned();
    let stale = reqwest::Client::new()
        .get(format!("{}/api/get_account", app.address))
        .header("cookie", token)
        .send()
        .await
        .unwrap();
    assert_ne!(stale.status().as_u16(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_https_the_cookies_are_secure_and_host_prefixed() {
    let app = crate::helpers::spawn_behind_https().await;
    server::seed::demo::seed(&app.db).await.unwrap();
    let raw = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let (_, _, signed_in) = raw_sign_in(
        &app,
        &raw,
        "__Host-commonpot_csrf",
        "resident.ilfracombe@demo.invalid",
    )
    .await;
    let set: Vec<&str> = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let session = set
        .iter()
        .find(|c| c.starts_with("__Host-commonpot_session="))
        .unwrap_or_else(|| panic!("no __Host- session cookie in {set:?}"));
    for flag in ["; Secure", "; HttpOnly", "; SameSite=Lax", "; Path=/"] {
        assert!(session.contains(flag), "{session} lacks {flag}");
    }
    assert!(!session.contains("Domain"), "{session}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_ends_the_session_on_the_server_so_a_copied_cookie_is_useless() {
    let app = spawn_app().await;
    // A client without a cookie jar, so the test holds the cookies itself.
    let raw = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let (csrf, csrf_cookie, signed_in) = raw_sign_in(
        &app,
        &raw,
        "commonpot_csrf",
        "resident.ilfracombe@demo.invalid",
    )
    .await;
    let session_cookie = first_cookie(&signed_in, "commonpot_session");
    let both = format!("{csrf_cookie}; {session_cookie}");
    let account = |cookies: String| {
        let raw = raw.clone();
        let url = format!("{}/account", app.address);
        async move {
            raw.get(url)
                .header("cookie", cookies)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(account(both.clone()).await, 200);
    let out = raw
        .post(format!("{}/api/sign_out", app.address))
        .header("cookie", &both)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status().as_u16(), 200);
    assert_eq!(
        account(both).await,
        401,
        "the copied cookie must not sign anyone in"
    );
}

/// Signs in with a client that keeps no cookies, so the test sees and holds them:
/// returns the CSRF token, the CSRF cookie and the sign-in response.
async fn raw_sign_in(
    app: &crate::helpers::TestApp,
    raw: &reqwest::Client,
    csrf_cookie_name: &str,
    email: &str,
) -> (String, String, reqwest::Response) {
    let page = raw
        .get(format!("{}/sign-in", app.address))
        .send()
        .await
        .unwrap();
    let csrf_cookie = first_cookie(&page, csrf_cookie_name);
    let csrf = crate::visitors::csrf_in(&page.text().await.unwrap()).unwrap();
    let signed_in = raw
        .post(format!("{}/api/sign_in", app.address))
        .header("cookie", &csrf_cookie)
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", &demo_password(email)),
        ])
        .send()
        .await
        .unwrap();
    (csrf, csrf_cookie, signed_in)
}

fn first_cookie(res: &reqwest::Response, name: &str) -> String {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .and_then(|c| c.split(';').next())
        .unwrap_or_else(|| panic!("no {name} cookie"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_post_without_the_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let admin = Visitor::signed_in(&app, "admin@demo.invalid").await;
    let grants_before = role_grant::Entity::find().count(&app.db).await.unwrap();
    // The demo's Sea Cadets brought their member in by invitation.
    let invitations_before = app::backend::entities::invitation::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    let forged = admin
        .post_raw(
            "/api/invite_role",
            &[
                ("csrf", "guessed"),
                ("email", "newcomer@demo.invalid"),
                ("role", "admin"),
            ],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(forged.body.contains("ForgedRequest"), "{}", forged.body);
    let cross_site = admin
        .client
        .post(format!("{}/api/invite_role", app.address))
        .header("origin", "https://attacker.example")
        .form(&[
            ("csrf", admin.csrf.as_str()),
            ("email", "newcomer@demo.invalid"),
            ("role", "admin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status().as_u16(), 403);
    assert_eq!(
        role_grant::Entity::find().count(&app.db).await.unwrap(),
        grants_before
    );
    assert_eq!(
        app::backend::entities::invitation::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        invitations_before,
        "no invitation was sent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_wrong_passwords_are_refused_with_429_until_the_window_passes() {
    let app = spawn_with_rate_window(3).await;
    server::seed::demo::seed(&app.db).await.unwrap();
    let visitor = Visitor::new(&app).await;
    let email = "resident.ilfracombe@demo.invalid";
    for _ in 0..5 {
        let answer = visitor
            .post(
                "/api/sign_in",
                &[("email", email), ("password", "not my password at all")],
            )
            .await;
        assert_eq!(answer.status, 422);
    }
    let limited = visitor
        .post(
            "/api/sign_in",
            &[("email", email), ("password", &demo_password(email))],
        )
        .await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(limited.body.contains("RateLimited"), "{}", limited.body);
    let logged = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("sign-in.rate-limited"))
        .count(&app.db)
        .await
        .unwrap();
    assert!(logged >= 1);
    tokio::time::sleep(std::time::Duration::from_millis(3200)).await;
    let lifted = visitor
        .post(
            "/api/sign_in",
            &[("email", email), ("password", &demo_password(email))],
        )
        .await;
    assert_eq!(lifted.status, 200, "{}", lifted.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cve_2026_23891_script_in_a_display_name_is_shown_as_text() {
    let app = spawn_app().await;
    let name = "<script>alert('owned')</script>";
    let mut visitor = Visitor::signed_up(
        &app,
        name,
        "mallory@example.org",
        "gull harbour pasty lantern",
    )
    .await;
    let page = visitor.get("/account").await;
    assert!(
        !page.body.contains("<script>alert"),
        "the name must be escaped"
    );
    assert!(page.body.contains("&lt;script&gt;alert"));
    let admin = Visitor::signed_in(&app, "admin@demo.invalid").await;
    visitor
        .invited(&app, &admin, "mallory@example.org", "officer", "ilfracombe")
        .await;
    let roles = admin.get("/admin/roles").await;
    assert_eq!(roles.status, 200);
    assert!(!roles.body.contains("<script>alert"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cve_2026_40869_a_signed_in_resident_cannot_remove_someone_elses_role() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    let officer_grant = role_grant::Entity::find()
        .filter(role_grant::Column::Role.eq("officer"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let answer = resident
        .post(
            "/api/revoke_role",
            &[("grant", &officer_grant.id.to_string())],
        )
        .await;
    assert_eq!(answer.status, 403);
    assert!(role_grant::Entity::find_by_id(officer_grant.id)
        .one(&app.db)
        .await
        .unwrap()
        .is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_invites_an_officer_who_accepts_and_can_then_make_codes() {
    let app = spawn_app().await;
    let admin = Visitor::signed_in(&app, "admin@demo.invalid").await;
    let answer = admin
        .submit(
            "/admin/roles",
            "/api/invite_role",
            &[
                ("email", "newcomer@demo.invalid"),
                ("role", "officer"),
                ("neighbourhood", "castle-vale"),
            ],
        )
        .await;
    assert_eq!(answer.status, 302);
    let text = visible_text(&admin.get("/admin/roles").await.body);
    assert!(
        text.contains("We have emailed an invitation to newcomer@demo.invalid to be Council officer in Castle Vale"),
        "{text}"
    );
    assert!(
        text.contains("Invitations waiting to be accepted"),
        "{text}"
    );
    // Nothing is granted until the owner of the address accepts.
    let mut newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    assert_eq!(
        newcomer
            .get("/neighbourhoods/castle-vale/codes")
            .await
            .status,
        403
    );
    let link = app.link_to("newcomer@demo.invalid", "/invitations/").await;
    let page = visible_text(&newcomer.get(&link).await.body);
    assert!(
        page.contains("Alex Admin (demo) has invited newcomer@demo.invalid to be Council officer in Castle Vale"),
        "{page}"
    );
    newcomer.refresh_csrf().await;
    let token = link.rsplit('/').next().unwrap();
    let accepted = newcomer
        .submit(&link, "/api/accept_invitation", &[("token", token)])
        .await;
    assert_eq!(accepted.location.as_deref(), Some("/account"));
    let again = newcomer
        .post("/api/accept_invitation", &[("token", token)])
        .await;
    assert_eq!(again.status, 404, "an invitation is accepted once");

    assert_eq!(
        newcomer
            .get("/neighbourhoods/castle-vale/codes")
            .await
            .status,
        200
    );
    assert_eq!(
        newcomer
            .get("/neighbourhoods/ilfracombe/codes")
            .await
            .status,
        403
    );
    let logged = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("role.granted"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changing_the_password_needs_the_current_one_and_signs_other_devices_out() {
    let app = spawn_app().await;
    let email = "resident.castle-vale@demo.invalid";
    let phone = Visitor::signed_in(&app, email).await;
    let laptop = Visitor::signed_in(&app, email).await;
    let wrong = phone
        .post(
            "/api/change_password",
            &[
                ("current_password", "not it at all, sorry"),
                ("new_password", "brand new river walk"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("current password is not right"));
    let right = phone
        .post(
            "/api/change_password",
            &[
                ("current_password", &demo_password(email)),
                ("new_password", "brand new river walk"),
            ],
        )
        .await;
    assert_eq!(right.status, 200, "{}", right.body);
    assert_eq!(phone.get("/account").await.status, 200);
    assert_eq!(laptop.get("/account").await.status, 401);
}

/// Moves every session's last request `minutes` into the past, as if the browser had
/// been left alone that long.
async fn idle_for(app: &crate::helpers::TestApp, minutes: i64) {
    use app::backend::entities::session;
    use sea_orm::sea_query::Expr;
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(minutes)),
        )
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_left_idle_for_thirty_minutes_is_signed_out_but_a_resident_is_not() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    idle_for(&app, 29).await;
    assert_eq!(
        officer.get("/neighbourhoods/ilfracombe/codes").await.status,
        200
    );
    idle_for(&app, 31).await;
    assert_eq!(
        officer.get("/neighbourhoods/ilfracombe/codes").await.status,
        401
    );
    assert_eq!(resident.get("/account").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn we_write_to_people_in_the_language_they_chose_and_keep_it_until_they_change_it() {
    use app::backend::entities::user;
    let app = spawn_app().await;
    let language_of = |email: &'static str| {
        let db = app.db.clone();
        async move {
            user::Entity::find()
                .filter(user::Column::Email.eq(email))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .language
        }
    };
    let mut visitor = Visitor::new(&app).await;
    assert_eq!(visitor.choose_language("cy", "/sign-up").await.status, 303);
    visitor.refresh_csrf().await;
    let answer = visitor
        .post(
            "/api/sign_up",
            &[
                ("display_name", "Eleri Pugh"),
                ("email", "eleri@example.org"),
                ("password", &demo_password("eleri@example.org")),
            ],
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(language_of("eleri@example.org").await, "cy");
    let page = visible_text(&visitor.get("/account").await.body);
    assert!(page.contains("E-byst gennym ni Cymraeg"), "{page}");

    // Signing in elsewhere without choosing keeps it; choosing English while signed in
    // changes it.
    // A new phone that has chosen nothing reads the pages in Welsh once she signs in.
    let elsewhere = Visitor::signed_in(&app, "eleri@example.org").await;
    assert_eq!(language_of("eleri@example.org").await, "cy");
    let page = visible_text(&elsewhere.get("/account").await.body);
    assert!(page.contains("E-byst gennym ni Cymraeg"), "{page}");
    assert_eq!(elsewhere.choose_language("en", "/").await.status, 303);
    assert_eq!(language_of("eleri@example.org").await, "en");
    // An unknown language changes nothing.
    assert_eq!(elsewhere.choose_language("xx", "/").await.status, 404);
    assert_eq!(language_of("eleri@example.org").await, "en");
    // Following a link (a prefetcher, an image on another site) changes nothing, and
    // neither does a post without this browser's form token.
    assert_eq!(elsewhere.get("/language/cy?back=/").await.status, 404);
    let forged = elsewhere
        .post_raw("/language", &[("code", "cy"), ("back", "/")])
        .await;
    assert_eq!(forged.status, 403, "{}", forged.body);
    assert_eq!(language_of("eleri@example.org").await, "en");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_changes_the_name_others_see_and_a_disguised_name_is_refused() {
    use app::backend::entities::user;
    let app = spawn_app().await;
    let gwen = Visitor::signed_in(&app, "group.ilfracombe@demo.invalid").await;

    // With JavaScript off: the problem by the field, what was typed kept.
    let refused = gwen
        .submit(
            "/account",
            "/api/change_display_name",
            &[("display_name", "Olu\u{200B} Officer")],
        )
        .await;
    assert_eq!(refused.status, 302);
    let page = gwen.get("/account").await;
    let text = visible_text(&page.body);
    assert!(text.contains("cannot hold invisible characters"), "{text}");
    assert!(page.body.contains("href=\"#display_name\""));
    let stored = |app: &crate::helpers::TestApp| {
        let db = app.db.clone();
        async move {
            user::Entity::find()
                .filter(user::Column::Email.eq("group.ilfracombe@demo.invalid"))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
        }
    };
    assert_eq!(
        stored(&app).await.display_name,
        "Gwen of the Sea Cadets (demo)"
    );

    let changed = gwen
        .submit(
            "/account",
            "/api/change_display_name",
            &[("display_name", "  Gwen   Harbour ")],
        )
        .await;
    assert_eq!(changed.status, 302);
    let page = visible_text(&gwen.get("/account").await.body);
    assert!(
        page.contains("Your name is now shown as Gwen Harbour."),
        "{page}"
    );
    let gwen_now = stored(&app).await;
    assert_eq!(gwen_now.display_name, "Gwen Harbour");
    // Shown to others under the new name: the group page lists its administrators.
    let group = visible_text(&app.get("/groups/ilfracombe-sea-cadets").await.1);
    assert!(group.contains("Gwen Harbour"), "{group}");
    let logged = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("name.changed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
    assert!(
        !logged[0].detail.contains("Gwen"),
        "names stay out of the log"
    );

    // Nobody else's name: the account changed is always the one signed in.
    let signed_out = Visitor::new(&app).await;
    let answer = signed_out
        .post("/api/change_display_name", &[("display_name", "Mallory")])
        .await;
    assert_eq!(answer.status, 401);
}
